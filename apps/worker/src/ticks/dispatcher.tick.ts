import { APP_CONFIG, AppConfig } from '@chorus/config';
import { PublishingService } from '@chorus/publishing';
import { Inject, Injectable } from '@nestjs/common';
import { Tick } from './tick';

/**
 * Claims due shares every DISPATCH_INTERVAL_MS. Runs in every worker: claims are row-locked
 * (PostgreSQL `FOR UPDATE SKIP LOCKED`), so workers never take the same share.
 */
@Injectable()
export class DispatcherTick extends Tick {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly publishing: PublishingService,
  ) {
    super('Dispatcher', config.publishing.dispatchIntervalMs);
  }

  protected async run(): Promise<void> {
    // Drain a backlog quickly instead of one batch per interval.
    while ((await this.publishing.dispatch()) > 0);
  }
}
