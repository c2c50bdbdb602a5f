import { OutboxRelay } from '@chorus/db';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

/**
 * Every second: relays new outbox events to their consumers (points for `share.published`)
 * and lets each consumer handle its due deliveries. Runs in every worker: on PostgreSQL each
 * delivery is claimed by one of them (`FOR UPDATE SKIP LOCKED`).
 */
@Injectable()
export class OutboxRelayTick implements OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private running: Promise<void> | null = null;

  constructor(private readonly relay: OutboxRelay) {}

  @Interval('outbox-relay', 1000)
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        for (const [consumer, { delivered, failed }] of await this.relay.run()) {
          if (failed > 0) this.logger.warn(`Consumer "${consumer}" handled ${delivered} event(s); ${failed} will be retried.`);
        }
      } catch (error) {
        this.logger.error(`Relaying outbox events failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.running;
  }
}
