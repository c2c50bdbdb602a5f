import { AppConfig } from '@chorus/config';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, Type } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Job } from 'bullmq';
import { CORRELATION_KEY } from './correlation';
import { nextRetryDelayMs, QUEUE_SETTINGS, QueueName } from './job-definitions';
import { JobHandlerRegistry } from './job-handler-registry';
import { redisConnectionOptions } from './redis-connection';
import { InProcessJobQueue } from './in-process-job-queue';

/** Connects the in-process queue to the handlers once the application has booted. */
@Injectable()
class InProcessJobWorker implements OnApplicationBootstrap {
  constructor(
    private readonly queue: InProcessJobQueue,
    private readonly registry: JobHandlerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.attach((key, payload, context) => this.registry.run(key, payload, context));
  }
}

/** One BullMQ consumer per queue; it hands each job to the handler of its name. */
function bullConsumerFor(queue: QueueName, config: AppConfig): Type<WorkerHost> {
  const settings = { backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) => nextRetryDelayMs(config.jobs.retryBaseDelayMs, attemptsMade, error) };
  // Consumers wait through a Redis outage (the producers' queues fail fast instead).
  @Processor(queue, { concurrency: QUEUE_SETTINGS[queue].concurrency, settings, connection: redisConnectionOptions(config.redis!.url) })
  class QueueConsumer extends WorkerHost {
    constructor(@Inject(JobHandlerRegistry) private readonly registry: JobHandlerRegistry) {
      super();
    }

    async process(job: Job): Promise<void> {
      const { [CORRELATION_KEY]: requestId, ...payload } = (job.data ?? {}) as Record<string, unknown>;
      await this.registry.run(`${queue}.${job.name}`, payload, {
        jobId: String(job.id),
        attempt: job.attemptsMade + 1,
        requestId: typeof requestId === 'string' ? requestId : undefined,
      });
    }
  }
  Object.defineProperty(QueueConsumer, 'name', { value: `${queue}QueueConsumer` });
  return QueueConsumer;
}

/** The consumer side, imported only by the worker (and by embedded mode's single process). */
@Module({})
export class JobsWorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    const consumers = config.redis ? Object.values(QueueName).map((queue) => bullConsumerFor(queue, config)) : [InProcessJobWorker];
    return {
      module: JobsWorkerModule,
      imports: [DiscoveryModule],
      providers: [JobHandlerRegistry, ...consumers],
    };
  }
}
