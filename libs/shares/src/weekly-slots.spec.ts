import { DateTime } from 'luxon';
import {
  assertValidWeeklySlots,
  InvalidTimezoneError,
  InvalidWeeklySlotsError,
  isValidTimezone,
  MAX_WEEKLY_SLOTS,
  nextFreeSlot,
  upcomingOccurrences,
  validateWeeklySlots,
  WeeklySlot,
  zonedTimeToDate,
} from './weekly-slots';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const at = (value: string) => new Date(value);

describe('validateWeeklySlots', () => {
  it('accepts valid slots, including none', () => {
    expect(validateWeeklySlots([])).toEqual([]);
    expect(validateWeeklySlots([{ weekday: 1, time: '00:00' }, { weekday: 7, time: '23:59' }, { weekday: 2, time: '09:00' }])).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['weekday 0', [{ weekday: 0, time: '09:00' }], 'Slot 1 has weekday 0; use a whole number from 1 (Monday) to 7 (Sunday).'],
    ['weekday 8', [{ weekday: 2, time: '09:00' }, { weekday: 8, time: '09:00' }], 'Slot 2 has weekday 8; use a whole number from 1 (Monday) to 7 (Sunday).'],
    ['fractional weekday', [{ weekday: 2.5, time: '09:00' }], 'Slot 1 has weekday 2.5; use a whole number from 1 (Monday) to 7 (Sunday).'],
    ['weekday as text', [{ weekday: 'tuesday', time: '09:00' }], 'Slot 1 has weekday "tuesday"; use a whole number from 1 (Monday) to 7 (Sunday).'],
    ['missing weekday', [{ time: '09:00' }], 'Slot 1 has weekday missing; use a whole number from 1 (Monday) to 7 (Sunday).'],
    ['hour 24', [{ weekday: 2, time: '24:00' }], 'Slot 1 has time "24:00"; use HH:mm on a 24-hour clock, such as "09:00".'],
    ['single-digit hour', [{ weekday: 2, time: '9:00' }], 'Slot 1 has time "9:00"; use HH:mm on a 24-hour clock, such as "09:00".'],
    ['minute 60', [{ weekday: 2, time: '09:60' }], 'Slot 1 has time "09:60"; use HH:mm on a 24-hour clock, such as "09:00".'],
    ['seconds', [{ weekday: 2, time: '09:00:00' }], 'Slot 1 has time "09:00:00"; use HH:mm on a 24-hour clock, such as "09:00".'],
    ['am/pm', [{ weekday: 2, time: '9am' }], 'Slot 1 has time "9am"; use HH:mm on a 24-hour clock, such as "09:00".'],
    ['numeric time', [{ weekday: 2, time: 900 }], 'Slot 1 has time 900; use HH:mm on a 24-hour clock, such as "09:00".'],
    ['not an object', [null], 'Slot 1 must be an entry like {"weekday": 2, "time": "09:00"}.'],
    ['not a list', { weekday: 2, time: '09:00' }, 'Weekly slots must be a list of entries like {"weekday": 2, "time": "09:00"}.'],
    [
      'duplicate',
      [{ weekday: 2, time: '09:00' }, { weekday: 4, time: '09:00' }, { weekday: 2, time: '09:00' }],
      'Slot 3 (Tuesday 09:00) repeats slot 1.',
    ],
  ])('names the bad entry: %s', (_name, slots, sentence) => {
    expect(validateWeeklySlots(slots)).toEqual([sentence]);
  });

  it('reports every problem, one sentence each', () => {
    expect(validateWeeklySlots([{ weekday: 9, time: '25:00' }, { weekday: 1, time: '08:00' }])).toHaveLength(2);
  });

  it(`allows at most ${MAX_WEEKLY_SLOTS} slots`, () => {
    const slots = Array.from({ length: 22 }, (_, i) => ({ weekday: (i % 7) + 1, time: `${String(8 + Math.floor(i / 7)).padStart(2, '0')}:00` }));
    expect(validateWeeklySlots(slots.slice(0, 21))).toEqual([]);
    expect(validateWeeklySlots(slots)).toEqual(['There are 22 weekly slots; at most 21 are allowed.']);
  });

  it('assertValidWeeklySlots throws the sentences', () => {
    expect(() => assertValidWeeklySlots([{ weekday: 8, time: '09:00' }])).toThrow(InvalidWeeklySlotsError);
    expect(() => assertValidWeeklySlots([{ weekday: 8, time: '09:00' }])).toThrow('Slot 1 has weekday 8');
  });
});

describe('timezones', () => {
  it('knows IANA zones and refuses others with a sentence', () => {
    expect(isValidTimezone('Asia/Jakarta')).toBe(true);
    expect(isValidTimezone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
    expect(isValidTimezone(undefined)).toBe(false);
    expect(() => nextFreeSlot({ slots: [{ weekday: 1, time: '09:00' }], timezone: 'Mars/Olympus_Mons', after: new Date() })).toThrow(
      new InvalidTimezoneError('Mars/Olympus_Mons'),
    );
    expect(new InvalidTimezoneError('Mars/Olympus_Mons').message).toBe(
      '"Mars/Olympus_Mons" is not a known IANA timezone, such as "Asia/Jakarta" or "Europe/Berlin".',
    );
  });
});

describe('zonedTimeToDate', () => {
  it.each<[string, string, string]>([
    ['Asia/Jakarta', '2025-01-07 09:00', '2025-01-07T02:00:00.000Z'],
    ['America/New_York', '2025-03-09 01:59', '2025-03-09T06:59:00.000Z'],
    ['America/New_York', '2025-03-09 02:00', '2025-03-09T07:00:00.000Z'], // gap start -> 03:00 EDT
    ['America/New_York', '2025-03-09 02:30', '2025-03-09T07:00:00.000Z'], // in the gap -> 03:00 EDT
    ['America/New_York', '2025-03-09 03:00', '2025-03-09T07:00:00.000Z'],
    ['America/New_York', '2025-11-02 01:30', '2025-11-02T05:30:00.000Z'], // twice: the EDT one
    ['Europe/Berlin', '2025-03-30 02:30', '2025-03-30T01:00:00.000Z'], // in the gap -> 03:00 CEST
    ['Europe/Berlin', '2025-10-26 02:30', '2025-10-26T00:30:00.000Z'], // twice: the CEST one
    ['Australia/Lord_Howe', '2025-10-05 02:15', '2025-10-04T15:30:00.000Z'], // a 30-minute gap -> 02:30
  ])('%s %s is %s', (zone, local, expected) => {
    const [date, time] = local.split(' ');
    const [year, month, day] = date.split('-').map(Number);
    const [hour, minute] = time.split(':').map(Number);
    expect(zonedTimeToDate(zone, { year, month, day, hour, minute }).toISOString()).toBe(expected);
  });
});

describe('upcomingOccurrences', () => {
  it('America/New_York: 09:00 stays 09:00 local across spring forward', () => {
    const list = upcomingOccurrences({ slots: [{ weekday: 7, time: '09:00' }], timezone: 'America/New_York', after: at('2025-03-01T00:00:00Z'), limit: 3 });
    expect(iso(list)).toEqual(['2025-03-02T14:00:00.000Z', '2025-03-09T13:00:00.000Z', '2025-03-16T13:00:00.000Z']);
  });

  it('America/New_York: 09:00 stays 09:00 local across fall back', () => {
    const list = upcomingOccurrences({ slots: [{ weekday: 7, time: '09:00' }], timezone: 'America/New_York', after: at('2025-10-20T00:00:00Z'), limit: 2 });
    expect(iso(list)).toEqual(['2025-10-26T13:00:00.000Z', '2025-11-02T14:00:00.000Z']);
  });

  it('America/New_York: 02:30 on the spring-forward Sunday moves to 03:00 EDT', () => {
    const list = upcomingOccurrences({ slots: [{ weekday: 7, time: '02:30' }], timezone: 'America/New_York', after: at('2025-03-01T00:00:00Z'), limit: 3 });
    expect(iso(list)).toEqual(['2025-03-02T07:30:00.000Z', '2025-03-09T07:00:00.000Z', '2025-03-16T06:30:00.000Z']);
  });

  it('America/New_York: a gap slot and a 03:00 slot on the change day give one instant', () => {
    const slots: WeeklySlot[] = [{ weekday: 7, time: '02:30' }, { weekday: 7, time: '03:00' }];
    const list = upcomingOccurrences({ slots, timezone: 'America/New_York', after: at('2025-03-08T12:00:00Z'), limit: 3 });
    expect(iso(list)).toEqual(['2025-03-09T07:00:00.000Z', '2025-03-16T06:30:00.000Z', '2025-03-16T07:00:00.000Z']);
  });

  it('America/New_York: 01:30 on the fall-back Sunday happens once, at the earlier instant', () => {
    const slots: WeeklySlot[] = [{ weekday: 7, time: '01:30' }];
    const list = upcomingOccurrences({ slots, timezone: 'America/New_York', after: at('2025-10-30T00:00:00Z'), limit: 2 });
    expect(iso(list)).toEqual(['2025-11-02T05:30:00.000Z', '2025-11-09T06:30:00.000Z']);
  });

  it('Europe/Berlin: Tuesday 09:00 either side of spring forward, and 02:30 in the gap', () => {
    const slots: WeeklySlot[] = [{ weekday: 2, time: '09:00' }, { weekday: 7, time: '02:30' }];
    const list = upcomingOccurrences({ slots, timezone: 'Europe/Berlin', after: at('2025-03-24T00:00:00Z'), limit: 4 });
    expect(iso(list)).toEqual([
      '2025-03-25T08:00:00.000Z', // Tue 09:00 CET
      '2025-03-30T01:00:00.000Z', // Sun 02:30 does not exist -> 03:00 CEST
      '2025-04-01T07:00:00.000Z', // Tue 09:00 CEST
      '2025-04-06T00:30:00.000Z', // Sun 02:30 CEST
    ]);
  });

  it('Europe/Berlin: 02:30 on the fall-back Sunday is the CEST one', () => {
    const slots: WeeklySlot[] = [{ weekday: 7, time: '02:30' }, { weekday: 2, time: '09:00' }];
    const list = upcomingOccurrences({ slots, timezone: 'Europe/Berlin', after: at('2025-10-20T00:00:00Z'), limit: 4 });
    expect(iso(list)).toEqual([
      '2025-10-21T07:00:00.000Z',
      '2025-10-26T00:30:00.000Z',
      '2025-10-28T08:00:00.000Z',
      '2025-11-02T01:30:00.000Z',
    ]);
  });

  it('Asia/Jakarta (UTC+7, no DST): the local day decides, not the UTC day', () => {
    // 2025-01-06T20:00Z is already Tuesday 03:00 in Jakarta.
    const list = upcomingOccurrences({ slots: [{ weekday: 2, time: '09:00' }], timezone: 'Asia/Jakarta', after: at('2025-01-06T20:00:00Z'), limit: 2 });
    expect(iso(list)).toEqual(['2025-01-07T02:00:00.000Z', '2025-01-14T02:00:00.000Z']);
  });

  it('lists the whole horizon in order, strictly after "after" and at most horizonWeeks ahead', () => {
    const slots: WeeklySlot[] = [{ weekday: 4, time: '09:00' }, { weekday: 2, time: '09:00' }];
    const after = at('2025-01-07T02:00:00Z'); // exactly Tuesday 09:00 in Jakarta
    const list = upcomingOccurrences({ slots, timezone: 'Asia/Jakarta', after, horizonWeeks: 2 });
    expect(iso(list)).toEqual([
      '2025-01-09T02:00:00.000Z',
      '2025-01-14T02:00:00.000Z',
      '2025-01-16T02:00:00.000Z',
      '2025-01-21T02:00:00.000Z', // exactly two weeks after: included
    ]);
  });

  it('every occurrence in a year is at the slot time, or at the end of a gap on the same day', () => {
    const slots: WeeklySlot[] = [
      { weekday: 1, time: '00:00' },
      { weekday: 2, time: '09:00' },
      { weekday: 7, time: '01:30' },
      { weekday: 7, time: '02:30' },
      { weekday: 6, time: '23:59' },
    ];
    for (const timezone of ['America/New_York', 'Europe/Berlin', 'Asia/Jakarta', 'Australia/Lord_Howe', 'America/Santiago']) {
      const list = upcomingOccurrences({ slots, timezone, after: at('2025-01-01T00:00:00Z'), horizonWeeks: 52 });
      expect(list.length).toBeGreaterThanOrEqual(52 * slots.length - 3);
      for (const occurrence of list) {
        const local = DateTime.fromJSDate(occurrence, { zone: timezone });
        const exact = slots.some((s) => s.weekday === local.weekday && s.time === local.toFormat('HH:mm'));
        if (!exact) {
          // Moved out of a gap: the minute before it had a different offset.
          const minuteBefore = DateTime.fromMillis(occurrence.getTime() - 60_000, { zone: timezone });
          expect({ timezone, at: occurrence.toISOString(), changed: minuteBefore.offset !== local.offset }).toEqual({
            timezone,
            at: occurrence.toISOString(),
            changed: true,
          });
        }
      }
      expect(new Set(iso(list)).size).toBe(list.length);
      expect([...list].sort((a, b) => a.getTime() - b.getTime())).toEqual(list);
    }
  });

  it('refuses bad slots, horizons, limits and dates', () => {
    const base = { slots: [{ weekday: 1, time: '09:00' }], timezone: 'Asia/Jakarta', after: at('2025-01-01T00:00:00Z') };
    expect(() => upcomingOccurrences({ ...base, slots: [{ weekday: 1, time: '9:00' }] })).toThrow(InvalidWeeklySlotsError);
    expect(() => upcomingOccurrences({ ...base, horizonWeeks: 0 })).toThrow('The horizon must be a whole number of weeks from 1 to 520; got 0.');
    expect(() => upcomingOccurrences({ ...base, horizonWeeks: 1.5 })).toThrow(RangeError);
    expect(() => upcomingOccurrences({ ...base, limit: 0 })).toThrow(RangeError);
    expect(() => upcomingOccurrences({ ...base, after: new Date('nonsense') })).toThrow('"after" must be a valid date.');
  });
});

describe('nextFreeSlot', () => {
  const tuesdayAndThursday: WeeklySlot[] = [{ weekday: 2, time: '09:00' }, { weekday: 4, time: '09:00' }];

  it('returns the earliest occurrence after "after"', () => {
    const next = nextFreeSlot({ slots: tuesdayAndThursday, timezone: 'Asia/Jakarta', after: at('2025-01-06T00:00:00Z'), taken: [] });
    expect(next?.toISOString()).toBe('2025-01-07T02:00:00.000Z');
  });

  it('is strictly after: an occurrence at exactly "after" is skipped, one a millisecond later is not', () => {
    const slot = at('2025-01-07T02:00:00Z');
    expect(nextFreeSlot({ slots: tuesdayAndThursday, timezone: 'Asia/Jakarta', after: slot })?.toISOString()).toBe('2025-01-09T02:00:00.000Z');
    const justBefore = new Date(slot.getTime() - 1);
    expect(nextFreeSlot({ slots: tuesdayAndThursday, timezone: 'Asia/Jakarta', after: justBefore })?.toISOString()).toBe(slot.toISOString());
  });

  it('skips occurrences already taken, matching on the exact instant', () => {
    const taken = [at('2025-01-07T02:00:00Z'), at('2025-01-09T02:00:01Z')];
    const next = nextFreeSlot({ slots: tuesdayAndThursday, timezone: 'Asia/Jakarta', after: at('2025-01-06T00:00:00Z'), taken });
    expect(next?.toISOString()).toBe('2025-01-09T02:00:00.000Z');
  });

  it('skips a taken gap instant on the New York spring-forward day', () => {
    const slots: WeeklySlot[] = [{ weekday: 7, time: '02:30' }];
    const next = nextFreeSlot({ slots, timezone: 'America/New_York', after: at('2025-03-08T00:00:00Z'), taken: [at('2025-03-09T07:00:00Z')] });
    expect(next?.toISOString()).toBe('2025-03-16T06:30:00.000Z');
  });

  it('returns null for no slots', () => {
    expect(nextFreeSlot({ slots: [], timezone: 'Asia/Jakarta', after: at('2025-01-06T00:00:00Z') })).toBeNull();
  });

  it('returns null when every occurrence in the horizon is taken, and finds one with a longer horizon', () => {
    const slots: WeeklySlot[] = [{ weekday: 2, time: '09:00' }];
    const after = at('2025-01-06T00:00:00Z');
    const taken = upcomingOccurrences({ slots, timezone: 'Asia/Jakarta', after });
    expect(taken).toHaveLength(8);
    expect(nextFreeSlot({ slots, timezone: 'Asia/Jakarta', after, taken })).toBeNull();
    expect(nextFreeSlot({ slots, timezone: 'Asia/Jakarta', after, taken, horizonWeeks: 9 })?.toISOString()).toBe('2025-03-04T02:00:00.000Z');
  });

  it('refuses an invalid timezone even with no slots', () => {
    expect(() => nextFreeSlot({ slots: [], timezone: 'Nowhere/Special', after: at('2025-01-06T00:00:00Z') })).toThrow(InvalidTimezoneError);
  });
});
