import { TokenExpiryService } from '@chorus/publishing';
import { tickOf } from './tick';

/** Hourly: refresh, warn about or expire connections whose tokens run out. */
export const TokenExpiryTick = tickOf({
  name: 'TokenExpiry',
  every: 3600_000,
  uses: [TokenExpiryService],
  run: async ([expiry], logger) => {
    const { refreshed, warned, expired, needsReconnect } = await expiry.run();
    if (refreshed + warned + expired + needsReconnect > 0) {
      logger.log(`Connections: ${refreshed} refreshed, ${warned} warned, ${expired} expired, ${needsReconnect} need reconnecting.`);
    }
  },
});
