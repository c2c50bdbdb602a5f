import { DateTime } from 'luxon';
import { Period } from './entities/point-total.entity';

/**
 * Calendar periods in the organisation's timezone. A point belongs to the month and quarter
 * in which it was earned *there*: in Asia/Jakarta (UTC+7), 2026-03-31T18:00Z is 1 April, so
 * April and Q2. Keys are fixed when the points are recorded; changing the organisation's
 * timezone later does not move points already counted.
 */

export const ALL_TIME_KEY = 'all';
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface PeriodKeys {
  all: string;
  month: string;
  quarter: string;
}

export interface TimeRange {
  startsAt: Date;
  /** Exclusive. */
  endsAt: Date;
}

function local(at: Date, timezone: string): DateTime {
  const value = DateTime.fromJSDate(at, { zone: timezone });
  if (!value.isValid) throw new RangeError(`"${timezone}" is not a known IANA timezone.`);
  return value;
}

export function monthKey(at: Date, timezone: string): string {
  return local(at, timezone).toFormat('yyyy-MM');
}

export function quarterKey(at: Date, timezone: string): string {
  const value = local(at, timezone);
  return `${value.toFormat('yyyy')}-Q${value.quarter}`;
}

export function periodKeysAt(at: Date, timezone: string): PeriodKeys {
  return { all: ALL_TIME_KEY, month: monthKey(at, timezone), quarter: quarterKey(at, timezone) };
}

export function periodKeyAt(period: Period, at: Date, timezone: string): string {
  return periodKeysAt(at, timezone)[period];
}

export function isValidPeriodKey(period: Period, key: string): boolean {
  if (period === 'all') return key === ALL_TIME_KEY;
  return (period === 'month' ? MONTH_KEY : QUARTER_KEY).test(key);
}

/** The instants a month or quarter covers in `timezone`; null for all time. */
export function periodRange(period: Period, key: string, timezone: string): TimeRange | null {
  if (period === 'all') return null;
  const match = (period === 'month' ? MONTH_KEY : QUARTER_KEY).exec(key);
  if (!match) throw new RangeError(`"${key}" is not a ${period} key such as ${period === 'month' ? '2026-04' : '2026-Q2'}.`);
  const year = Number(match[1]);
  const firstMonth = period === 'month' ? Number(match[2]) : (Number(match[2]) - 1) * 3 + 1;
  const start = DateTime.fromObject({ year, month: firstMonth, day: 1 }, { zone: timezone }).startOf('day');
  const end = start.plus({ months: period === 'month' ? 1 : 3 }).startOf('day');
  return { startsAt: start.toJSDate(), endsAt: end.toJSDate() };
}

/** The month or quarter before `key`. */
export function previousPeriodKey(period: 'month' | 'quarter', key: string): string {
  const range = periodRange(period, key, 'UTC')!;
  return periodKeyAt(period, new Date(range.startsAt.getTime() - 1), 'UTC');
}

/** The local day around `at` in `timezone` (daily caps count in the organisation's day). */
export function localDayRange(at: Date, timezone: string): TimeRange & { day: string } {
  const start = local(at, timezone).startOf('day');
  return { day: start.toISODate()!, startsAt: start.toJSDate(), endsAt: start.plus({ days: 1 }).startOf('day').toJSDate() };
}

/** Midnight starting a local date (YYYY-MM-DD) in `timezone`, or null when the date does not exist. */
export function startOfLocalDate(date: string, timezone: string): Date | null {
  if (!LOCAL_DATE.test(date)) return null;
  const value = DateTime.fromISO(date, { zone: timezone });
  return value.isValid && value.toISODate() === date ? value.startOf('day').toJSDate() : null;
}

/** The midnight that ends a local date (the start of the next day), or null when the date does not exist. */
export function endOfLocalDate(date: string, timezone: string): Date | null {
  if (!startOfLocalDate(date, timezone)) return null;
  return DateTime.fromISO(date, { zone: timezone }).plus({ days: 1 }).startOf('day').toJSDate();
}

export function localDate(at: Date, timezone: string): string {
  return local(at, timezone).toISODate()!;
}

/** ISO weeks (Monday first) counted from a fixed Monday, so consecutive weeks differ by one across years. */
export function weekNumber(at: Date, timezone: string): number {
  const monday = local(at, timezone).startOf('week');
  const days = Date.UTC(monday.year, monday.month - 1, monday.day) / 86_400_000;
  // 1970-01-05 was a Monday: day 4 since the epoch.
  return Math.floor((days - 4) / 7);
}

/** The instant a week number starts in `timezone`. */
export function weekStart(week: number, timezone: string): Date {
  const utcMonday = new Date((week * 7 + 4) * 86_400_000);
  return DateTime.fromObject({ year: utcMonday.getUTCFullYear(), month: utcMonday.getUTCMonth() + 1, day: utcMonday.getUTCDate() }, { zone: timezone })
    .startOf('day')
    .toJSDate();
}
