import { JobKey, JobPayloads } from './job-definitions';

export interface EnqueueOptions {
  /** Same id, same job: a second add while the first is known is dropped. */
  jobId?: string;
  delayMs?: number;
}

/** The producer port. BullMQ on Redis in distributed mode, in-process otherwise. */
export abstract class JobQueue {
  abstract add<K extends JobKey>(key: K, payload: JobPayloads[K], options?: EnqueueOptions): Promise<void>;
}
