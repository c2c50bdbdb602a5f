import { SharesService } from '@chorus/shares';
import { tickOf } from './tick';

/**
 * Expired posts leave feeds by themselves (the feed query filters them); this tick cancels
 * their shares that never went out and tells the owners why. Safe with several workers: each
 * cancellation is a conditional transition, so a share is cancelled once.
 */
export const PostExpiryTick = tickOf({
  name: 'PostExpiry',
  every: 60_000,
  uses: [SharesService],
  run: async ([shares], logger) => {
    const cancelled = await shares.cancelSharesOfExpiredPosts();
    if (cancelled > 0) logger.log(`Cancelled ${cancelled} share(s) of expired posts.`);
  },
});
