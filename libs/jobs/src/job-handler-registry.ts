import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { UnrecoverableError } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Correlation } from './correlation';
import { JobKey } from './job-definitions';
import { JOB_HANDLER_METADATA, JobContext, JobHandler, JobHandlerMetadata } from './job-handler';

interface RegisteredHandler {
  metadata: JobHandlerMetadata;
  instance: JobHandler<JobKey>;
}

/** Finds the `@HandlesJob` providers and runs a job through the right one. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger('Jobs');
  private readonly handlers = new Map<JobKey, RegisteredHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const metadata = this.reflector.get<JobHandlerMetadata | undefined>(JOB_HANDLER_METADATA, wrapper.metatype);
      if (!metadata) continue;
      if (this.handlers.has(metadata.key)) throw new Error(`Two handlers for job "${metadata.key}".`);
      this.handlers.set(metadata.key, { metadata, instance: wrapper.instance as JobHandler<JobKey> });
    }
  }

  keys(): JobKey[] {
    return [...this.handlers.keys()];
  }

  /** Runs under the enqueuing request's id (or the job's own), so its log lines carry it. */
  run(key: string, payload: unknown, context: JobContext): Promise<void> {
    return Correlation.run(context.requestId ?? `job:${context.jobId}`, () => this.runHandler(key, payload, context));
  }

  private async runHandler(key: string, payload: unknown, context: JobContext): Promise<void> {
    const handler = this.handlers.get(key as JobKey);
    if (!handler) throw new UnrecoverableError(`No handler for job "${key}".`);
    // Payloads are validated again here: a producer in another process may be older or buggy.
    const typed = plainToInstance(handler.metadata.payloadType, payload);
    const errors = await validate(typed, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      const reasons = errors.flatMap((e) => Object.values(e.constraints ?? {}));
      throw new UnrecoverableError(`Job "${key}" has an invalid payload: ${reasons.join('; ')}`);
    }
    const started = Date.now();
    try {
      await handler.instance.handle(typed as never, context);
      this.logger.debug({ msg: `Job "${key}" done`, jobId: context.jobId, jobKey: key, attempt: context.attempt, ms: Date.now() - started });
    } catch (error) {
      this.logger.warn({ msg: `Job "${key}" attempt ${context.attempt} failed: ${(error as Error).message}`, jobId: context.jobId, jobKey: key });
      throw error;
    }
  }
}
