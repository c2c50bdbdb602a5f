import { AppConfig } from '@chorus/config';
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { BullMqJobQueue } from './bullmq-job-queue';
import { CHORUS_BACKOFF, QUEUE_SETTINGS, QueueName } from './job-definitions';
import { JobQueue } from './job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { producerConnectionOptions, redisConnectionOptions } from './redis-connection';

/** The producer side: gives every module a `JobQueue`. Consumers live in the worker. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.redis) {
      return {
        module: JobsModule,
        providers: [InProcessJobQueue, { provide: JobQueue, useExisting: InProcessJobQueue }],
        exports: [JobQueue, InProcessJobQueue],
      };
    }
    const queues = BullModule.registerQueue(
      ...Object.values(QueueName).map((name) => ({
        name,
        connection: producerConnectionOptions(config.redis!.url),
        defaultJobOptions: {
          attempts: QUEUE_SETTINGS[name].attempts,
          // Exponential like BullMQ's own, except where a handler asked for a delay (RetryLaterError).
          backoff: { type: CHORUS_BACKOFF, delay: config.jobs.retryBaseDelayMs },
          removeOnComplete: true,
          removeOnFail: { count: 1000 },
        },
      })),
    );
    return {
      module: JobsModule,
      imports: [BullModule.forRoot({ connection: redisConnectionOptions(config.redis.url), prefix: config.redis.prefix }), queues],
      providers: [BullMqJobQueue, { provide: JobQueue, useExisting: BullMqJobQueue }],
      exports: [JobQueue, queues],
    };
  }
}
