import { AppConfig } from '@chorus/config';
import { JobsWorkerModule } from '@chorus/jobs';
import { NotificationsWorkerModule } from '@chorus/notifications';
import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';

/** Queue processors and scheduled ticks. Never serves the API. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ScheduleModule.forRoot(), JobsWorkerModule.forRoot(config), NotificationsWorkerModule],
    };
  }
}
