import { Injectable, SetMetadata, Type, applyDecorators } from '@nestjs/common';
import { JobKey, JobPayloads } from './job-definitions';

export const JOB_HANDLER_METADATA = 'chorus:job-handler';

export interface JobContext {
  jobId: string;
  /** 1 for the first try. */
  attempt: number;
  /** The id of the request that enqueued the job, when one did. */
  requestId?: string;
}

export interface JobHandlerMetadata {
  key: JobKey;
  /** class-validator DTO the payload is checked against before the handler runs. */
  payloadType: Type<object>;
}

/** A handler does the work of one job key. It lets errors throw so the queue retries. */
export interface JobHandler<K extends JobKey> {
  handle(payload: JobPayloads[K], context: JobContext): Promise<void>;
}

/** Marks a provider as the handler of one job key; only the worker side provides handlers. */
export function HandlesJob(key: JobKey, payloadType: Type<object>): ClassDecorator {
  return applyDecorators(Injectable(), SetMetadata(JOB_HANDLER_METADATA, { key, payloadType } satisfies JobHandlerMetadata));
}
