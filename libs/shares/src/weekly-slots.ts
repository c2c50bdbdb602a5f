import { DateTime, IANAZone } from 'luxon';

/** An employee's recurring posting time, in their own timezone. */
export interface WeeklySlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:mm", 24-hour clock, local time. */
  time: string;
}

/** Three a day, every day: beyond that slots stop meaning "a few moments in my week". */
export const MAX_WEEKLY_SLOTS = 21;
export const DEFAULT_HORIZON_WEEKS = 8;
/** Keeps a mistaken horizon from turning one lookup into years of occurrences. */
export const MAX_HORIZON_WEEKS = 520;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const WEEK = 7 * DAY;

export class InvalidWeeklySlotsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'InvalidWeeklySlotsError';
  }
}

export class InvalidTimezoneError extends Error {
  constructor(readonly timezone: unknown) {
    super(`"${String(timezone)}" is not a known IANA timezone, such as "Asia/Jakarta" or "Europe/Berlin".`);
    this.name = 'InvalidTimezoneError';
  }
}

/** One sentence per problem, each naming the entry (1-based, as a person counts); empty when valid. */
export function validateWeeklySlots(slots: unknown): string[] {
  if (!Array.isArray(slots)) return ['Weekly slots must be a list of entries like {"weekday": 2, "time": "09:00"}.'];
  const problems: string[] = [];
  if (slots.length > MAX_WEEKLY_SLOTS) {
    problems.push(`There are ${slots.length} weekly slots; at most ${MAX_WEEKLY_SLOTS} are allowed.`);
  }
  const seen = new Map<string, number>();
  slots.forEach((slot: unknown, index) => {
    const label = `Slot ${index + 1}`;
    if (typeof slot !== 'object' || slot === null || Array.isArray(slot)) {
      problems.push(`${label} must be an entry like {"weekday": 2, "time": "09:00"}.`);
      return;
    }
    const { weekday, time } = slot as Record<string, unknown>;
    const weekdayOk = typeof weekday === 'number' && Number.isInteger(weekday) && weekday >= 1 && weekday <= 7;
    const timeOk = typeof time === 'string' && TIME_PATTERN.test(time);
    if (!weekdayOk) {
      problems.push(`${label} has weekday ${describeValue(weekday)}; use a whole number from 1 (Monday) to 7 (Sunday).`);
    }
    if (!timeOk) {
      problems.push(`${label} has time ${describeValue(time)}; use HH:mm on a 24-hour clock, such as "09:00".`);
    }
    if (weekdayOk && timeOk) {
      const key = `${weekday}@${time}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index + 1);
      else problems.push(`${label} (${WEEKDAY_NAMES[weekday - 1]} ${time}) repeats slot ${first}.`);
    }
  });
  return problems;
}

export function assertValidWeeklySlots(slots: unknown): asserts slots is WeeklySlot[] {
  const problems = validateWeeklySlots(slots);
  if (problems.length > 0) throw new InvalidWeeklySlotsError(problems);
}

export function isValidTimezone(timezone: unknown): timezone is string {
  return typeof timezone === 'string' && timezone.trim() !== '' && IANAZone.isValidZone(timezone);
}

export function assertValidTimezone(timezone: unknown): asserts timezone is string {
  if (!isValidTimezone(timezone)) throw new InvalidTimezoneError(timezone);
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant at which a wall-clock time happens in `timezone`, with the two daylight-saving
 * cases decided explicitly (luxon alone would pick 03:30 for a 02:30 that does not exist,
 * and the later of two 01:30s):
 * - the time falls in a spring-forward gap (02:30 when clocks jump from 02:00 to 03:00):
 *   the first instant after the gap, i.e. the moment of the change (03:00 local), so the
 *   post goes out as close as possible to the chosen time, and never earlier;
 * - the time happens twice in a fall-back overlap: the earlier instant, and only that one.
 */
export function zonedTimeToDate(timezone: string, local: LocalDateTime): Date {
  assertValidTimezone(timezone);
  return new Date(resolveWallTime(IANAZone.create(timezone), local));
}

function resolveWallTime(zone: IANAZone, { year, month, day, hour, minute }: LocalDateTime): number {
  // The wall time read as if it were UTC; the real instant is this minus the zone's offset.
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = zone.offset(wall - DAY);
  const offsetAfter = zone.offset(wall + DAY);
  const valid = [offsetBefore, offsetAfter]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => zone.offset(instant) * MINUTE === wall - instant);
  if (valid.length > 0) return Math.min(...valid);

  // A gap: the offset grows from offsetBefore to offsetAfter somewhere in [lo, hi].
  let lo = wall - offsetAfter * MINUTE;
  let hi = wall - offsetBefore * MINUTE;
  const before = zone.offset(lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

export interface UpcomingOccurrencesInput {
  slots: readonly WeeklySlot[];
  timezone: string;
  /** Occurrences strictly after this instant. */
  after: Date;
  /** How far ahead to look, counted from `after`. */
  horizonWeeks?: number;
  /** At most this many, earliest first. */
  limit?: number;
}

/** Every slot occurrence in (after, after + horizon], earliest first, each instant once. */
export function upcomingOccurrences(input: UpcomingOccurrencesInput): Date[] {
  const { slots, timezone, after } = input;
  const horizonWeeks = input.horizonWeeks ?? DEFAULT_HORIZON_WEEKS;
  assertValidTimezone(timezone);
  assertValidWeeklySlots(slots);
  if (!(after instanceof Date) || Number.isNaN(after.getTime())) {
    throw new RangeError('"after" must be a valid date.');
  }
  if (!Number.isInteger(horizonWeeks) || horizonWeeks < 1 || horizonWeeks > MAX_HORIZON_WEEKS) {
    throw new RangeError(`The horizon must be a whole number of weeks from 1 to ${MAX_HORIZON_WEEKS}; got ${horizonWeeks}.`);
  }
  if (input.limit !== undefined && (!Number.isInteger(input.limit) || input.limit < 1)) {
    throw new RangeError(`The limit must be a whole number of at least 1; got ${input.limit}.`);
  }
  if (slots.length === 0) return [];

  const zone = IANAZone.create(timezone);
  const byWeekday = new Map<number, { hour: number; minute: number }[]>();
  for (const slot of slots) {
    const [hour, minute] = slot.time.split(':').map(Number);
    byWeekday.set(slot.weekday, [...(byWeekday.get(slot.weekday) ?? []), { hour, minute }]);
  }

  const start = after.getTime();
  const end = start + horizonWeeks * WEEK;
  // Walk local calendar days, one day of margin either side: a time moved out of a gap may
  // cross midnight in zones that change at 00:00.
  const first = DateTime.fromMillis(start, { zone });
  const last = DateTime.fromMillis(end, { zone });
  const firstDay = Date.UTC(first.year, first.month - 1, first.day) - DAY;
  const lastDay = Date.UTC(last.year, last.month - 1, last.day) + DAY;

  const instants = new Set<number>();
  for (let dayStart = firstDay; dayStart <= lastDay; dayStart += DAY) {
    const date = new Date(dayStart);
    const isoWeekday = ((date.getUTCDay() + 6) % 7) + 1;
    for (const { hour, minute } of byWeekday.get(isoWeekday) ?? []) {
      const local = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour, minute };
      const instant = resolveWallTime(zone, local);
      if (instant > start && instant <= end) instants.add(instant);
    }
  }
  const sorted = [...instants].sort((a, b) => a - b);
  return (input.limit === undefined ? sorted : sorted.slice(0, input.limit)).map((instant) => new Date(instant));
}

export interface NextFreeSlotInput {
  slots: readonly WeeklySlot[];
  timezone: string;
  after: Date;
  /** Instants already used by the employee's scheduled shares. */
  taken?: readonly Date[];
  horizonWeeks?: number;
}

/**
 * The earliest slot occurrence strictly after `after` whose instant no scheduled share
 * already holds, or null when there are no slots or every one in the horizon is taken.
 */
export function nextFreeSlot(input: NextFreeSlotInput): Date | null {
  const taken = new Set((input.taken ?? []).map((date) => date.getTime()));
  const occurrences = upcomingOccurrences({
    slots: input.slots,
    timezone: input.timezone,
    after: input.after,
    horizonWeeks: input.horizonWeeks,
  });
  return occurrences.find((occurrence) => !taken.has(occurrence.getTime())) ?? null;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? String(value);
}
