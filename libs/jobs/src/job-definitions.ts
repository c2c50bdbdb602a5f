/**
 * Every queue and job in one place. A job key is `<queue>.<job name>`; its payload type is
 * declared here so producers and handlers agree.
 */
export enum QueueName {
  Notifications = 'notifications',
  Publishing = 'publishing',
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
};

export interface JobPayloads {
  'notifications.welcome': { organizationId: string; userId: string };
  'publishing.publish': { shareId: string; attemptId: string };
  /** Ids only: the tokens wait, encrypted, in the database (TokenRevocationService). */
  'publishing.revoke-tokens': { connectionId: string };
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
