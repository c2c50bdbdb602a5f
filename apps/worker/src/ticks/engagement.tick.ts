import { APP_CONFIG, AppConfig } from '@chorus/config';
import { EngagementService } from '@chorus/publishing';
import { Inject, Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Every ENGAGEMENT_INTERVAL_MS: reads the engagement of published shares whose next read is
 * due, at most ENGAGEMENT_BATCH_SIZE per worker and tick, so a burst of posts stays within
 * the network's rate limits. Each read is claimed with a lease, so several workers never make
 * the same one.
 */
@Injectable()
export class EngagementTick extends Tick {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly engagement: EngagementService,
  ) {
    super('Engagement', config.engagement.intervalMs);
  }

  protected async run(): Promise<void> {
    await this.engagement.runDue();
  }
}
