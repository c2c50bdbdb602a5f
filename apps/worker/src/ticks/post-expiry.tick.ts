import { SharesService } from '@chorus/shares';
import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

/**
 * Expired posts leave feeds by themselves (the feed query filters them); this tick cancels
 * their shares that never went out and tells the owners why. Safe with several workers: each
 * cancellation is a conditional update, so a share is cancelled once.
 */
@Injectable()
export class PostExpiryTick {
  private readonly logger = new Logger('PostExpiry');
  private running = false;

  constructor(private readonly shares: SharesService) {}

  @Interval('post-expiry', 60_000)
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const cancelled = await this.shares.cancelSharesOfExpiredPosts();
      if (cancelled > 0) this.logger.log(`Cancelled ${cancelled} share(s) of expired posts.`);
    } finally {
      this.running = false;
    }
  }
}
