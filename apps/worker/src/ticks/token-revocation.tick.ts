import { APP_CONFIG, AppConfig } from '@chorus/config';
import { TokenRevocationService } from '@chorus/publishing';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * Every DISPATCH_INTERVAL_MS: revokes at the networks the tokens of connections disconnected
 * by deactivation, and retries revocations that failed or whose job was lost. Runs in every
 * worker: each revocation is claimed with a lease, so only one worker sends it.
 */
@Injectable()
export class TokenRevocationTick implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TokenRevocation');
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly revocations: TokenRevocationService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.addInterval('token-revocation', setInterval(() => void this.tick(), this.config.publishing.dispatchIntervalMs));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', 'token-revocation')) this.scheduler.deleteInterval('token-revocation');
    await this.running;
  }

  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        await this.revocations.runDue();
      } catch (error) {
        this.logger.error(`Revoking tokens failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
