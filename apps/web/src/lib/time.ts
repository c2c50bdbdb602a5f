import { DateTime } from 'luxon';

/**
 * Times are UTC everywhere except at the edges: what a person types into a date-time field
 * and what the week calendar shows are in that person's own timezone.
 */

const INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

/** A UTC instant as the value of an `<input type="datetime-local">` in the given zone. */
export function toLocalInput(iso: string | Date | null | undefined, zone: string, withSeconds = false): string {
  if (!iso) return '';
  const value = typeof iso === 'string' ? DateTime.fromISO(iso) : DateTime.fromJSDate(iso);
  const local = value.setZone(zone);
  if (!local.isValid) return '';
  return local.toFormat(withSeconds ? INPUT_FORMAT : "yyyy-MM-dd'T'HH:mm");
}

/** The value of a `datetime-local` field, read in the given zone, as a UTC ISO string; null if empty or invalid. */
export function fromLocalInput(value: string, zone: string): string | null {
  if (value.trim() === '') return null;
  const local = DateTime.fromISO(value, { zone });
  return local.isValid ? local.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

/** Monday 00:00 of the week holding `at`, in the zone. */
export function startOfWeek(at: Date, zone: string): DateTime {
  return DateTime.fromJSDate(at).setZone(zone).startOf('week');
}

export function addWeeks(week: DateTime, weeks: number): DateTime {
  return week.plus({ weeks });
}

/** The seven days of the week starting at `week` (Monday first). */
export function daysOf(week: DateTime): DateTime[] {
  return Array.from({ length: 7 }, (_, index) => week.plus({ days: index }));
}

export function sameLocalDay(iso: string, day: DateTime): boolean {
  return DateTime.fromISO(iso).setZone(day.zone).hasSame(day, 'day');
}

export function daysUntil(iso: string, now: Date = new Date()): number {
  return Math.floor((Date.parse(iso) - now.getTime()) / 86_400_000);
}

/** Every IANA zone the browser knows; the user's own first if the list lacks it. */
export function timeZones(current?: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = ['UTC', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Singapore', 'Europe/London'];
  }
  if (!zones.includes('UTC')) zones = ['UTC', ...zones];
  if (current && !zones.includes(current)) zones = [current, ...zones];
  return zones;
}
