import { EngagementService } from '@chorus/publishing';
import { tickOf } from './tick';

/**
 * Every ENGAGEMENT_INTERVAL_MS: reads the engagement of published shares whose next read is
 * due, at most ENGAGEMENT_BATCH_SIZE per worker and tick, so a burst of posts stays within
 * the network's rate limits. Each read is claimed with a lease, so several workers never make
 * the same one.
 */
export const EngagementTick = tickOf({
  name: 'Engagement',
  every: (config) => config.engagement.intervalMs,
  uses: [EngagementService],
  run: async ([engagement]) => {
    await engagement.runDue();
  },
});
