import { TokenRevocationService } from '@chorus/publishing';
import { tickOf } from './tick';

/**
 * Every DISPATCH_INTERVAL_MS: revokes at the networks the tokens of connections disconnected
 * by deactivation, and retries revocations that failed or whose job was lost. Runs in every
 * worker: each revocation is claimed with a lease, so only one worker sends it.
 */
export const TokenRevocationTick = tickOf({
  name: 'TokenRevocation',
  every: (config) => config.publishing.dispatchIntervalMs,
  uses: [TokenRevocationService],
  run: async ([revocations]) => {
    await revocations.runDue();
  },
});
