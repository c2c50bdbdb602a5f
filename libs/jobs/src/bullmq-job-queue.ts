import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { CORRELATION_KEY, Correlation } from './correlation';
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
    const requestId = Correlation.id();
    const data = requestId ? { ...payload, [CORRELATION_KEY]: requestId } : payload;
    await queue.add(jobNameOf(key), data, { jobId: options.jobId, delay: options.delayMs });
  }
}
