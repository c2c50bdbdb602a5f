import { OutboxRelay } from '@chorus/db';
import { Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Every second: relays new outbox events to their consumers (points for `share.published`)
 * and lets each consumer handle its due deliveries. Runs in every worker: on PostgreSQL each
 * delivery is claimed by one of them (`FOR UPDATE SKIP LOCKED`).
 */
@Injectable()
export class OutboxRelayTick extends Tick {
  constructor(private readonly relay: OutboxRelay) {
    super('Outbox', 1000);
  }

  protected async run(): Promise<void> {
    for (const [consumer, { delivered, failed }] of await this.relay.run()) {
      if (failed > 0) this.logger.warn(`Consumer "${consumer}" handled ${delivered} event(s); ${failed} will be retried.`);
    }
  }
}
