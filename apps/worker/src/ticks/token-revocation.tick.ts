import { APP_CONFIG, AppConfig } from '@chorus/config';
import { TokenRevocationService } from '@chorus/publishing';
import { Inject, Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Every DISPATCH_INTERVAL_MS: revokes at the networks the tokens of connections disconnected
 * by deactivation, and retries revocations that failed or whose job was lost. Runs in every
 * worker: each revocation is claimed with a lease, so only one worker sends it.
 */
@Injectable()
export class TokenRevocationTick extends Tick {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly revocations: TokenRevocationService,
  ) {
    super('TokenRevocation', config.publishing.dispatchIntervalMs);
  }

  protected async run(): Promise<void> {
    await this.revocations.runDue();
  }
}
