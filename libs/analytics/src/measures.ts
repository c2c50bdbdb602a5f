import { DateTime } from 'luxon';

/**
 * The measures of results, as pure functions of the rows behind them, so every figure can be
 * reconciled with its events (docs/architecture.md, "Results"). Days are the organisation's
 * calendar days; a range names its first and last day, both included.
 */

export interface DayRange {
  /** First day, `YYYY-MM-DD` in the organisation's timezone. */
  from: string;
  /** Last day, included. */
  to: string;
  timezone: string;
  /** The instants the range covers: [start, end). */
  start: Date;
  end: Date;
  days: string[];
}

export function dayRange(from: string, to: string, timezone: string): DayRange {
  const first = DateTime.fromISO(from, { zone: timezone }).startOf('day');
  const last = DateTime.fromISO(to, { zone: timezone }).startOf('day');
  const days: string[] = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) days.push(day.toISODate()!);
  return { from, to, timezone, start: first.toJSDate(), end: last.plus({ days: 1 }).toJSDate(), days };
}

/** A stretch of a range with one UTC offset: from the previous piece's `until` (or the range's start) to its own (the last piece: to the range's end). */
export interface OffsetPiece {
  offsetMinutes: number;
  until: Date | null;
}

/**
 * The organisation's UTC offsets over a range, piece by piece (one piece unless a clock change
 * falls inside it). Within a piece an instant's day is the UTC date of the instant plus the
 * offset, which the database can compute while it groups rows by day. Clocks change at most a
 * few times a year, never twice within a day, so each day is looked at once and a change is
 * searched for within it.
 */
export function utcOffsets(range: DayRange): OffsetPiece[] {
  const offsetAt = (ms: number) => Math.round(DateTime.fromMillis(ms, { zone: range.timezone }).offset);
  const end = range.end.getTime();
  const pieces: OffsetPiece[] = [];
  let current = offsetAt(range.start.getTime());
  let from = range.start.getTime();
  while (from < end) {
    const offset = offsetAt(from);
    if (offset !== current) {
      pieces.push({ offsetMinutes: current, until: new Date(from) });
      current = offset;
    }
    const to = Math.min(end, from + 86_400_000);
    if (offsetAt(to - 1) === current) {
      from = to;
      continue;
    }
    // The first millisecond of the new offset: offsetAt(low) is the current offset, offsetAt(high) is not.
    let low = from;
    let high = to - 1;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(middle) === current) low = middle;
      else high = middle;
    }
    from = high;
  }
  pieces.push({ offsetMinutes: current, until: null });
  return pieces;
}

/** The organisation's calendar day of an instant. */
export function dayOf(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}

export interface EngagementCounts {
  impressions: number;
  reactions: number;
  comments: number;
  reshares: number;
}

export interface Rates {
  currency: string;
  cpmMinor: number;
  cpcMinor: number;
  perReactionMinor: number;
  perCommentMinor: number;
  perReshareMinor: number;
}

export interface EarnedMediaValue {
  /** In the currency's units, rounded to hundredths. */
  amount: number;
  currency: string;
  /** Each part of the amount, so the figure can be checked. */
  parts: { impressions: number; clicks: number; reactions: number; comments: number; reshares: number };
}

/** Impressions at the CPM, clicks at the CPC, and each reaction, comment and reshare at its value. */
export function earnedMediaValue(counts: EngagementCounts & { clicks: number }, rates: Rates): EarnedMediaValue {
  const minor = {
    impressions: (counts.impressions * rates.cpmMinor) / 1000,
    clicks: counts.clicks * rates.cpcMinor,
    reactions: counts.reactions * rates.perReactionMinor,
    comments: counts.comments * rates.perCommentMinor,
    reshares: counts.reshares * rates.perReshareMinor,
  };
  const units = (value: number) => Math.round(value) / 100;
  const total = minor.impressions + minor.clicks + minor.reactions + minor.comments + minor.reshares;
  return {
    amount: units(total),
    currency: rates.currency,
    parts: { impressions: units(minor.impressions), clicks: units(minor.clicks), reactions: units(minor.reactions), comments: units(minor.comments), reshares: units(minor.reshares) },
  };
}

/** a / b, or null when there is nothing to divide by (never NaN or Infinity). */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null;
}

export interface Snapshot extends EngagementCounts {
  shareId: string;
  capturedAt: Date;
}

/**
 * Engagement gained per share and day from cumulative snapshots: each snapshot's growth over
 * the share's previous one is credited to the day it was read. `before` holds each share's last
 * snapshot before the range (the baseline), so growth from earlier days is not counted again.
 * Counters never go down (a network that lowers one, e.g. a deleted reaction, credits nothing).
 */
export function engagementByDay(before: Snapshot[], inRange: Snapshot[], timezone: string): Map<string, Map<string, EngagementCounts>> {
  const last = new Map(before.map((s) => [s.shareId, s]));
  const byDay = new Map<string, Map<string, EngagementCounts>>();
  for (const snapshot of [...inRange].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime())) {
    const previous = last.get(snapshot.shareId);
    const grow = (key: keyof EngagementCounts) => Math.max(0, snapshot[key] - (previous?.[key] ?? 0));
    const day = dayOf(snapshot.capturedAt, timezone);
    const shares = byDay.get(day) ?? new Map<string, EngagementCounts>();
    const sum = shares.get(snapshot.shareId) ?? { impressions: 0, reactions: 0, comments: 0, reshares: 0 };
    sum.impressions += grow('impressions');
    sum.reactions += grow('reactions');
    sum.comments += grow('comments');
    sum.reshares += grow('reshares');
    shares.set(snapshot.shareId, sum);
    byDay.set(day, shares);
    last.set(snapshot.shareId, {
      ...snapshot,
      impressions: Math.max(snapshot.impressions, previous?.impressions ?? 0),
      reactions: Math.max(snapshot.reactions, previous?.reactions ?? 0),
      comments: Math.max(snapshot.comments, previous?.comments ?? 0),
      reshares: Math.max(snapshot.reshares, previous?.reshares ?? 0),
    });
  }
  return byDay;
}
