import { PublishingService } from '@chorus/publishing';
import { tickOf } from './tick';

/**
 * Claims due shares every DISPATCH_INTERVAL_MS. Runs in every worker: claims are row-locked
 * (PostgreSQL `FOR UPDATE SKIP LOCKED`), so workers never take the same share.
 */
export const DispatcherTick = tickOf({
  name: 'Dispatcher',
  every: (config) => config.publishing.dispatchIntervalMs,
  uses: [PublishingService],
  run: async ([publishing]) => {
    // Drain a backlog quickly instead of one batch per interval.
    while ((await publishing.dispatch()) > 0);
  },
});
