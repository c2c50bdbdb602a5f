import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Correlation } from './correlation';
import { JobKey, JobPayloads, nextRetryDelayMs, QUEUE_SETTINGS, QueueName, queueOf } from './job-definitions';
import { JobContext } from './job-handler';
import { EnqueueOptions, JobQueue } from './job-queue';

export type JobRunner = (key: JobKey, payload: unknown, context: JobContext) => Promise<void>;

interface PendingJob {
  id: string;
  key: JobKey;
  payload: unknown;
  attempt: number;
  requestId?: string;
}

/** Failed job ids are remembered like BullMQ's kept failed jobs, so re-adding them is a no-op. */
const KEPT_FAILED_IDS = 1000;

/**
 * Embedded mode's queue: jobs run in this process with the same attempts, backoff,
 * concurrency and job-id deduplication as the BullMQ adapter. Nothing here is durable,
 * which is why the database, not the queue, holds every schedule.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('InProcessJobs');
  private runner: JobRunner | null = null;
  private readonly known = new Set<string>();
  private readonly failed: string[] = [];
  private readonly waitingForRunner: PendingJob[] = [];
  private readonly queued = new Map<QueueName, PendingJob[]>();
  private readonly active = new Map<QueueName, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly idleWaiters: (() => void)[] = [];
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  /** Called by the worker side once its handlers are known. */
  attach(runner: JobRunner): void {
    this.runner = runner;
    for (const job of this.waitingForRunner.splice(0)) this.enqueue(job);
  }

  async add<K extends JobKey>(key: K, payload: JobPayloads[K], options: EnqueueOptions = {}): Promise<void> {
    if (this.stopped) return;
    const id = options.jobId ?? randomUUID();
    if (this.known.has(id) || this.failed.includes(id)) return;
    this.known.add(id);
    // A copy, as a serialised queue would hold: the producer may mutate its object later.
    const job: PendingJob = { id, key, payload: structuredClone(payload), attempt: 1, requestId: Correlation.id() };
    this.later(job, options.delayMs ?? 0);
  }

  /** Resolves once nothing is queued, delayed or running. For tests and graceful stops. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queued.clear();
    this.waitingForRunner.length = 0;
    await this.whenRunningDone();
  }

  private later(job: PendingJob, delayMs: number): void {
    if (delayMs <= 0) return this.enqueue(job);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.enqueue(job);
    }, delayMs);
    this.timers.add(timer);
  }

  private enqueue(job: PendingJob): void {
    if (this.stopped) return;
    if (!this.runner) {
      this.waitingForRunner.push(job);
      return;
    }
    const queue = queueOf(job.key);
    const list = this.queued.get(queue) ?? [];
    list.push(job);
    this.queued.set(queue, list);
    this.pump(queue);
  }

  private pump(queue: QueueName): void {
    const list = this.queued.get(queue) ?? [];
    while (list.length > 0 && (this.active.get(queue) ?? 0) < QUEUE_SETTINGS[queue].concurrency) {
      const job = list.shift()!;
      this.active.set(queue, (this.active.get(queue) ?? 0) + 1);
      void this.execute(queue, job);
    }
  }

  private async execute(queue: QueueName, job: PendingJob): Promise<void> {
    try {
      // Each job starts on a turn of its own: on SQLite a handler never waits for real I/O, so
      // a burst of jobs (a large import's welcomes) would otherwise run back to back and
      // keep every request waiting.
      await nextTurn();
      await this.runner!(job.key, job.payload, { jobId: job.id, attempt: job.attempt, requestId: job.requestId });
      this.known.delete(job.id);
    } catch (error) {
      const attempts = QUEUE_SETTINGS[queue].attempts;
      if (error instanceof UnrecoverableError || job.attempt >= attempts) {
        this.logger.error({ msg: `Job "${job.key}" failed for good after ${job.attempt} attempt(s): ${(error as Error).message}`, jobId: job.id, jobKey: job.key, requestId: job.requestId });
        this.known.delete(job.id);
        this.failed.push(job.id);
        if (this.failed.length > KEPT_FAILED_IDS) this.failed.shift();
      } else {
        this.later({ ...job, attempt: job.attempt + 1 }, nextRetryDelayMs(this.config.jobs.retryBaseDelayMs, job.attempt, error));
      }
    } finally {
      this.active.set(queue, (this.active.get(queue) ?? 1) - 1);
      this.pump(queue);
      if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private isIdle(): boolean {
    const running = [...this.active.values()].reduce((sum, n) => sum + n, 0);
    const queued = [...this.queued.values()].reduce((sum, list) => sum + list.length, 0);
    return running === 0 && queued === 0 && this.timers.size === 0 && this.waitingForRunner.length === 0;
  }

  private async whenRunningDone(): Promise<void> {
    while ([...this.active.values()].some((n) => n > 0)) await new Promise((r) => setTimeout(r, 10));
  }
}
