import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<string>();

/**
 * The id that follows one piece of work: an HTTP request's id, carried into every job it
 * enqueues so that the request's and the jobs' log lines can be read together. The logger adds
 * it to every line (libs/platform's logging module).
 */
export const Correlation = {
  /** The current request's (or job's) id, if any. */
  id(): string | undefined {
    return storage.getStore();
  },
  run<T>(id: string, work: () => T): T {
    return storage.run(id, work);
  },
};

/** Where a BullMQ job's data carries the id beside its payload (removed before validation). */
export const CORRELATION_KEY = '$requestId';
