/**
 * Every queue and job in one place. A job key is `<queue>.<job name>`; its payload type is
 * declared here so producers and handlers agree.
 */
export enum QueueName {
  Notifications = 'notifications',
  Publishing = 'publishing',
  Chat = 'chat',
  Mail = 'mail',
}

export interface QueueSettings {
  /** Total tries, the first included. */
  attempts: number;
  concurrency: number;
}

export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  [QueueName.Notifications]: { attempts: 5, concurrency: 4 },
  // Publishing retries live in the database (backoff, reconciliation); the queue only
  // retries a handler that crashed outright.
  [QueueName.Publishing]: { attempts: 3, concurrency: 8 },
  // Slack and Teams answer 429 and 5xx at times; a delivery retries about an hour at most.
  [QueueName.Chat]: { attempts: 8, concurrency: 4 },
  // SMTP relays defer at times; after these tries the mail tick queues the mail again later.
  [QueueName.Mail]: { attempts: 6, concurrency: 4 },
};

export interface JobPayloads {
  'notifications.welcome': { organizationId: string; userId: string };
  'publishing.publish': { shareId: string; attemptId: string };
  /** Ids only: the tokens wait, encrypted, in the database (TokenRevocationService). */
  'publishing.revoke-tokens': { connectionId: string };
  /** One message to one Slack or Teams webhook; the URL stays encrypted in the database. */
  'chat.deliver': { webhookId: string; title: string; lines: string[]; url: string; linkLabel: string };
  /** One stored mail (mail_messages); its content stays in the database. */
  'mail.send': { mailId: string };
}

export type JobKey = keyof JobPayloads;

export function queueOf(key: JobKey): QueueName {
  return key.slice(0, key.indexOf('.')) as QueueName;
}

export function jobNameOf(key: JobKey): string {
  return key.slice(key.indexOf('.') + 1);
}

/** Exponential backoff shared by both adapters: base, 2×base, 4×base, … */
export function retryDelayMs(baseDelayMs: number, attemptsMade: number): number {
  return baseDelayMs * 2 ** Math.max(0, attemptsMade - 1);
}

/** Longest wait a handler may ask for (a Retry-After far in the future is capped). */
export const MAX_RETRY_AFTER_MS = 3600_000;

/**
 * Thrown by a handler to be retried after a given delay rather than the usual backoff (the
 * other side said when, e.g. with Retry-After). Both adapters honour it; it counts as an attempt.
 */
export class RetryLaterError extends Error {
  readonly delayMs: number;

  constructor(message: string, delayMs: number) {
    super(message);
    this.name = 'RetryLaterError';
    this.delayMs = Math.min(Math.max(0, Math.round(delayMs)), MAX_RETRY_AFTER_MS);
  }
}

/** The delay before the next try of a job that failed with `error` after `attemptsMade` tries. */
export function nextRetryDelayMs(baseDelayMs: number, attemptsMade: number, error: unknown): number {
  return error instanceof RetryLaterError ? error.delayMs : retryDelayMs(baseDelayMs, attemptsMade);
}

/** The BullMQ backoff type whose strategy (the worker's `backoffStrategy`) is `nextRetryDelayMs`. */
export const CHORUS_BACKOFF = 'chorus';
