import { TokenExpiryService } from '@chorus/publishing';
import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';

/** Hourly: refresh, warn about or expire connections whose tokens run out. */
@Injectable()
export class TokenExpiryTick {
  private readonly logger = new Logger('TokenExpiry');

  constructor(private readonly expiry: TokenExpiryService) {}

  @Interval('token-expiry', 3600_000)
  async tick(): Promise<void> {
    const { refreshed, warned, expired } = await this.expiry.run();
    if (refreshed + warned + expired > 0) this.logger.log(`Connections: ${refreshed} refreshed, ${warned} warned, ${expired} expired.`);
  }
}
