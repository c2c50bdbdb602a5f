import { dayOf, dayRange, earnedMediaValue, engagementByDay, ratio, utcOffsets } from './measures';

describe('measures of results', () => {
  it('counts days in the organisation’s calendar, both ends included', () => {
    const range = dayRange('2026-11-30', '2026-12-02', 'Asia/Jakarta');
    expect(range.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02']);
    expect(range.start.toISOString()).toBe('2026-11-29T17:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-12-02T17:00:00.000Z');
    // 23:30 UTC is already the next morning in Jakarta.
    expect(dayOf(new Date('2026-11-30T23:30:00Z'), 'Asia/Jakarta')).toBe('2026-12-01');
  });

  it('splits a range at its clock changes, so each piece’s days are UTC dates after one offset', () => {
    expect(utcOffsets(dayRange('2026-11-01', '2026-11-30', 'Asia/Jakarta'))).toEqual([{ offsetMinutes: 420, until: null }]);
    // Berlin leaves summer time at 03:00 local (01:00 UTC) on 25 October 2026 and begins it on 28 March 2027.
    const autumn = utcOffsets(dayRange('2026-10-20', '2026-10-31', 'Europe/Berlin'));
    expect(autumn).toEqual([{ offsetMinutes: 120, until: new Date('2026-10-25T01:00:00Z') }, { offsetMinutes: 60, until: null }]);
    const year = utcOffsets(dayRange('2026-10-01', '2027-09-30', 'Europe/Berlin'));
    expect(year.map((piece) => [piece.offsetMinutes, piece.until?.toISOString() ?? null])).toEqual([
      [120, '2026-10-25T01:00:00.000Z'],
      [60, '2027-03-28T01:00:00.000Z'],
      [120, null],
    ]);
    // A change at midnight (Santiago's clocks go from 24:00 to 23:00 on 5 April 2026) and half-hour offsets.
    const range = dayRange('2026-04-01', '2026-04-10', 'America/Santiago');
    for (const at of ['2026-04-05T02:59:59Z', '2026-04-05T03:00:00Z', '2026-04-05T04:30:00Z']) {
      const piece = utcOffsets(range).find((p) => !p.until || new Date(at) < p.until)!;
      expect(new Date(new Date(at).getTime() + piece.offsetMinutes * 60_000).toISOString().slice(0, 10)).toBe(dayOf(new Date(at), 'America/Santiago'));
    }
    expect(utcOffsets(dayRange('2026-11-01', '2026-11-02', 'Asia/Kolkata'))).toEqual([{ offsetMinutes: 330, until: null }]);
  });

  it('values reach at the organisation’s rates, part by part, in its currency', () => {
    const rates = { currency: 'IDR', cpmMinor: 5_000_000, cpcMinor: 250_000, perReactionMinor: 10_000, perCommentMinor: 50_000, perReshareMinor: 100_000 };
    const emv = earnedMediaValue({ impressions: 12_345, clicks: 7, reactions: 30, comments: 4, reshares: 2 }, rates);
    expect(emv.parts).toEqual({ impressions: 617_250, clicks: 17_500, reactions: 3_000, comments: 2_000, reshares: 2_000 });
    expect(emv.amount).toBe(641_750);
    expect(emv.currency).toBe('IDR');
  });

  it('divides only by something', () => {
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(1, 3)).toBe(0.3333);
  });

  it('credits engagement growth to the day it was read, after the baseline before the range', () => {
    const at = (iso: string) => new Date(iso);
    const snap = (shareId: string, iso: string, reactions: number, impressions = reactions * 10) => ({ shareId, capturedAt: at(iso), reactions, comments: 0, reshares: 0, impressions });
    const byDay = engagementByDay(
      [snap('a', '2026-11-29T10:00:00Z', 5)],
      [snap('a', '2026-11-30T10:00:00Z', 8), snap('a', '2026-11-30T12:00:00Z', 12), snap('b', '2026-12-01T10:00:00Z', 3), snap('a', '2026-12-01T11:00:00Z', 11)],
      'UTC',
    );
    expect(byDay.get('2026-11-30')?.get('a')).toEqual({ reactions: 7, comments: 0, reshares: 0, impressions: 70 });
    // A counter that went down (12 → 11) credits nothing and the high-water mark stays.
    expect(byDay.get('2026-12-01')?.get('a')).toEqual({ reactions: 0, comments: 0, reshares: 0, impressions: 0 });
    expect(byDay.get('2026-12-01')?.get('b')).toEqual({ reactions: 3, comments: 0, reshares: 0, impressions: 30 });
  });
});
