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
  switch (status) {
    case 'draft':
      return 'This share is a draft';
    case 'in_review':
      return 'This share is waiting for a compliance review';
    case 'approved':
      return 'This share is approved';
    case 'scheduled':
      return 'This share is scheduled';
    case 'publishing':
      return 'This share is being published';
    case 'published':
      return 'This share is published';
    case 'failed':
      return 'This share failed to publish';
    case 'needs_reconnect':
      return 'This share is waiting for its account to be reconnected';
    case 'cancelled':
      return 'This share is cancelled';
  }
}
