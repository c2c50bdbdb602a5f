/**
 * When a published share's engagement is read: often at first, then daily, for 30 days
 * (docs/architecture.md, "Engagement"). Pure functions of the publish time, so a late or failed
 * read never shifts the reads after it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long engagement is followed after publishing. */
export const ENGAGEMENT_TRACKING_DAYS = 30;

/** Offsets from the publish time: +15 min, +1 h, +3 h, +6 h, +12 h, +24 h, then every day to day 30. */
export const ENGAGEMENT_READ_OFFSETS_MS: readonly number[] = [
  15 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  ...Array.from({ length: ENGAGEMENT_TRACKING_DAYS - 1 }, (_, i) => (i + 2) * DAY),
];

/** A failed read is retried until the next slot; the last one for at most this long. */
export const LAST_READ_RETRY_WINDOW_MS = DAY;

/** Longest wait between two tries of one read. */
export const MAX_RETRY_DELAY_MS = HOUR;

/** The first read: 15 minutes after publishing. */
export function firstReadAt(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + ENGAGEMENT_READ_OFFSETS_MS[0]);
}

/** The first scheduled read strictly after `at`; null once the 30 days are over. */
export function nextSlotAfter(publishedAt: Date, at: Date): Date | null {
  for (const offset of ENGAGEMENT_READ_OFFSETS_MS) {
    const slot = publishedAt.getTime() + offset;
    if (slot > at.getTime()) return new Date(slot);
  }
  return null;
}

/**
 * When to try a failed read again: exponential backoff from `baseDelayMs` (at least what the
 * network asked for), capped at an hour. When that is not before the next slot, the next slot
 * takes over (`retry: false`); after the last slot, retries stop a day later (`null`: done).
 */
export function retryAfterFailure(
  publishedAt: Date,
  slotAt: Date,
  now: Date,
  failures: number,
  baseDelayMs: number,
  retryAfterMs: number | null,
): { at: Date; retry: boolean } | null {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, baseDelayMs * 2 ** Math.max(0, failures - 1));
  const at = new Date(now.getTime() + Math.max(backoff, retryAfterMs ?? 0));
  const next = nextSlotAfter(publishedAt, slotAt);
  if (next) return at < next ? { at, retry: true } : { at: next, retry: false };
  return at.getTime() <= slotAt.getTime() + LAST_READ_RETRY_WINDOW_MS ? { at, retry: true } : null;
}
