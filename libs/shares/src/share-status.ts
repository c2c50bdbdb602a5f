import { type MessageCode, userMessage } from '@chorus/messages';

/** Every state a share can be in; see docs/development.md, "The share lifecycle". */
export const SHARE_STATUSES = [
  'draft',
  'in_review',
  'approved',
  'scheduled',
  'publishing',
  'published',
  'failed',
  'needs_reconnect',
  'cancelled',
] as const;

export type ShareStatus = (typeof SHARE_STATUSES)[number];

/** Nothing moves a share out of these. */
export const FINAL_SHARE_STATUSES: readonly ShareStatus[] = ['published', 'cancelled'];

/** An attempt is in flight or over: the text is fixed from here on. */
export const LOCKED_SHARE_STATUSES: readonly ShareStatus[] = ['publishing', 'published', 'cancelled'];

export function isShareStatus(value: unknown): value is ShareStatus {
  return typeof value === 'string' && (SHARE_STATUSES as readonly string[]).includes(value);
}

export function isFinalShareStatus(status: ShareStatus): boolean {
  return FINAL_SHARE_STATUSES.includes(status);
}

/** "This share …" completed in words a person reads; error sentences start with it. */
export function describeShareStatus(status: ShareStatus): string {
  return userMessage(`share.status.${status.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase())}` as MessageCode).message;
}
