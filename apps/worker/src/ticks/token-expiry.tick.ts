import { TokenExpiryService } from '@chorus/publishing';
import { Injectable } from '@nestjs/common';
import { Tick } from './tick';

/** Hourly: refresh, warn about or expire connections whose tokens run out. */
@Injectable()
export class TokenExpiryTick extends Tick {
  constructor(private readonly expiry: TokenExpiryService) {
    super('TokenExpiry', 3600_000);
  }

  protected async run(): Promise<void> {
    const { refreshed, warned, expired, needsReconnect } = await this.expiry.run();
    if (refreshed + warned + expired + needsReconnect > 0) {
      this.logger.log(`Connections: ${refreshed} refreshed, ${warned} warned, ${expired} expired, ${needsReconnect} need reconnecting.`);
    }
  }
}
