import { ENGAGEMENT_READ_OFFSETS_MS, firstReadAt, nextSlotAfter, retryAfterFailure } from './engagement-schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const published = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(published.getTime() + ms);

describe('engagement read schedule', () => {
  it('reads at +15 min, 1 h, 3 h, 6 h, 12 h, 24 h, then daily to day 30', () => {
    expect(ENGAGEMENT_READ_OFFSETS_MS.slice(0, 7)).toEqual([15 * MINUTE, HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY]);
    expect(ENGAGEMENT_READ_OFFSETS_MS.at(-1)).toBe(30 * DAY);
    expect(ENGAGEMENT_READ_OFFSETS_MS).toHaveLength(35);
    expect(firstReadAt(published)).toEqual(at(15 * MINUTE));
  });

  it('takes the first slot after a read, skipping the ones a late read missed, and ends after day 30', () => {
    expect(nextSlotAfter(published, at(15 * MINUTE))).toEqual(at(HOUR));
    expect(nextSlotAfter(published, at(4 * HOUR))).toEqual(at(6 * HOUR));
    expect(nextSlotAfter(published, at(29 * DAY + HOUR))).toEqual(at(30 * DAY));
    expect(nextSlotAfter(published, at(30 * DAY))).toBeNull();
  });

  it('retries with doubling backoff within the slot, at least Retry-After, at most an hour', () => {
    const slot = at(HOUR);
    expect(retryAfterFailure(published, slot, slot, 1, MINUTE, null)).toEqual({ at: new Date(slot.getTime() + MINUTE), retry: true });
    expect(retryAfterFailure(published, slot, slot, 3, MINUTE, null)).toEqual({ at: new Date(slot.getTime() + 4 * MINUTE), retry: true });
    expect(retryAfterFailure(published, slot, slot, 2, MINUTE, 10 * MINUTE)).toEqual({ at: new Date(slot.getTime() + 10 * MINUTE), retry: true });
    const daily = at(5 * DAY);
    expect(retryAfterFailure(published, daily, daily, 20, MINUTE, null)).toEqual({ at: new Date(daily.getTime() + HOUR), retry: true });
  });

  it('lets the next slot take over when a retry would not come before it', () => {
    const slot = at(15 * MINUTE);
    expect(retryAfterFailure(published, slot, at(50 * MINUTE), 2, 10 * MINUTE, null)).toEqual({ at: at(HOUR), retry: false });
  });

  it('retries the last read for a day at most, then stops', () => {
    const last = at(30 * DAY);
    expect(retryAfterFailure(published, last, last, 1, MINUTE, null)).toEqual({ at: new Date(last.getTime() + MINUTE), retry: true });
    expect(retryAfterFailure(published, last, new Date(last.getTime() + DAY - 30 * MINUTE), 9, MINUTE, null)).toBeNull();
  });
});
