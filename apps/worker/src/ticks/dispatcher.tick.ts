import { APP_CONFIG, AppConfig } from '@chorus/config';
import { PublishingService } from '@chorus/publishing';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';

/**
 * Claims due shares every DISPATCH_INTERVAL_MS. Runs in every worker: claims are row-locked
 * (PostgreSQL `FOR UPDATE SKIP LOCKED`), so workers never take the same share.
 */
@Injectable()
export class DispatcherTick implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Dispatcher');
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publishing: PublishingService,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduler.addInterval('dispatcher', setInterval(() => void this.tick(), this.config.publishing.dispatchIntervalMs));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.scheduler.doesExist('interval', 'dispatcher')) this.scheduler.deleteInterval('dispatcher');
    await this.running;
  }

  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        // Drain a backlog quickly instead of one batch per interval.
        while ((await this.publishing.dispatch()) > 0);
      } catch (error) {
        this.logger.error(`Dispatching failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
