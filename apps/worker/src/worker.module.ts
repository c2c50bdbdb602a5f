import { AppConfig } from '@chorus/config';
import { JobsWorkerModule } from '@chorus/jobs';
import { NotificationsWorkerModule } from '@chorus/notifications';
import { PublishingModule, PublishingWorkerModule } from '@chorus/publishing';
import { SharesModule } from '@chorus/shares';
import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { DispatcherTick } from './ticks/dispatcher.tick';
import { PostExpiryTick } from './ticks/post-expiry.tick';
import { TokenExpiryTick } from './ticks/token-expiry.tick';

/** Queue processors and scheduled ticks. Never serves the API. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ScheduleModule.forRoot(), JobsWorkerModule.forRoot(config), NotificationsWorkerModule, SharesModule, PublishingModule, PublishingWorkerModule],
      providers: [PostExpiryTick, TokenExpiryTick, DispatcherTick],
    };
  }
}
