import { SharesService } from '@chorus/shares';
import { Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Expired posts leave feeds by themselves (the feed query filters them); this tick cancels
 * their shares that never went out and tells the owners why. Safe with several workers: each
 * cancellation is a conditional transition, so a share is cancelled once.
 */
@Injectable()
export class PostExpiryTick extends Tick {
  constructor(private readonly shares: SharesService) {
    super('PostExpiry', 60_000);
  }

  protected async run(): Promise<void> {
    const cancelled = await this.shares.cancelSharesOfExpiredPosts();
    if (cancelled > 0) this.logger.log(`Cancelled ${cancelled} share(s) of expired posts.`);
  }
}
