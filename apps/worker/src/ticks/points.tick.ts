import { SharePointsService } from '@chorus/gamification';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

/**
 * Every second: turns `share.published` outbox events into points (ledger, period totals,
 * badges) and marks them consumed, one transaction per event. Runs in every worker: on
 * PostgreSQL each event is claimed by one of them (`FOR UPDATE SKIP LOCKED`), and a repeat
 * award is a no-op thanks to the ledger's unique key.
 */
@Injectable()
export class PointsTick implements OnApplicationShutdown {
  private readonly logger = new Logger('Points');
  private running: Promise<void> | null = null;

  constructor(private readonly sharePoints: SharePointsService) {}

  @Interval('points', 1000)
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        const { consumed, failed } = await this.sharePoints.consumePublished();
        if (failed > 0) this.logger.warn(`Awarded points for ${consumed} published share(s); ${failed} will be retried.`);
      } catch (error) {
        this.logger.error(`Awarding points failed: ${(error as Error).message}`);
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
