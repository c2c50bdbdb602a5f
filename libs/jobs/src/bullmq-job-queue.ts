import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { JobKey, JobPayloads, jobNameOf, queueOf } from './job-definitions';
import { EnqueueOptions, JobQueue } from './job-queue';

/** Distributed mode's queue: BullMQ on Redis. Retry settings are the queues' defaults. */
@Injectable()
export class BullMqJobQueue extends JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  async add<K extends JobKey>(key: K, payload: JobPayloads[K], options: EnqueueOptions = {}): Promise<void> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(queueOf(key)), { strict: false });
    await queue.add(jobNameOf(key), payload, { jobId: options.jobId, delay: options.delayMs });
  }
}
