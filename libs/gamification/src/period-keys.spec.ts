import {
  endOfLocalDate,
  isValidPeriodKey,
  localDayRange,
  monthKey,
  periodKeysAt,
  periodRange,
  previousPeriodKey,
  quarterKey,
  startOfLocalDate,
  weekNumber,
  weekStart,
} from './period-keys';

const JAKARTA = 'Asia/Jakarta';

describe('period keys in the organisation’s timezone', () => {
  it('puts 2026-03-31T18:00Z in April and Q2 in Jakarta (UTC+7), and in March and Q1 in UTC', () => {
    const at = new Date('2026-03-31T18:00:00Z');
    expect(periodKeysAt(at, JAKARTA)).toEqual({ all: 'all', month: '2026-04', quarter: '2026-Q2' });
    expect(periodKeysAt(at, 'UTC')).toEqual({ all: 'all', month: '2026-03', quarter: '2026-Q1' });
  });

  it('switches at local midnight, to the millisecond', () => {
    expect(monthKey(new Date('2026-03-31T16:59:59.999Z'), JAKARTA)).toBe('2026-03');
    expect(monthKey(new Date('2026-03-31T17:00:00.000Z'), JAKARTA)).toBe('2026-04');
    expect(quarterKey(new Date('2026-12-31T16:59:59.999Z'), JAKARTA)).toBe('2026-Q4');
    expect(quarterKey(new Date('2026-12-31T17:00:00.000Z'), JAKARTA)).toBe('2027-Q1');
  });

  it('maps every month to its quarter', () => {
    const quarters = Array.from({ length: 12 }, (_, m) => quarterKey(new Date(Date.UTC(2026, m, 15)), 'UTC'));
    expect(quarters).toEqual(['Q1', 'Q1', 'Q1', 'Q2', 'Q2', 'Q2', 'Q3', 'Q3', 'Q3', 'Q4', 'Q4', 'Q4'].map((q) => `2026-${q}`));
  });

  it('gives the instants a month and a quarter cover, also across a daylight-saving change', () => {
    expect(periodRange('month', '2026-04', JAKARTA)).toEqual({ startsAt: new Date('2026-03-31T17:00:00Z'), endsAt: new Date('2026-04-30T17:00:00Z') });
    expect(periodRange('quarter', '2026-Q2', JAKARTA)).toEqual({ startsAt: new Date('2026-03-31T17:00:00Z'), endsAt: new Date('2026-06-30T17:00:00Z') });
    // Berlin moves from +01:00 to +02:00 on 29 March 2026.
    expect(periodRange('month', '2026-03', 'Europe/Berlin')).toEqual({ startsAt: new Date('2026-02-28T23:00:00Z'), endsAt: new Date('2026-03-31T22:00:00Z') });
    expect(periodRange('all', 'all', JAKARTA)).toBeNull();
    expect(() => periodRange('month', '2026-13', JAKARTA)).toThrow(RangeError);
  });

  it('validates keys and steps back a period across a year', () => {
    expect(isValidPeriodKey('month', '2026-04')).toBe(true);
    expect(isValidPeriodKey('month', '2026-Q2')).toBe(false);
    expect(isValidPeriodKey('quarter', '2026-Q2')).toBe(true);
    expect(isValidPeriodKey('quarter', '2026-Q5')).toBe(false);
    expect(isValidPeriodKey('all', 'all')).toBe(true);
    expect(previousPeriodKey('month', '2026-01')).toBe('2025-12');
    expect(previousPeriodKey('quarter', '2026-Q1')).toBe('2025-Q4');
    expect(previousPeriodKey('month', '2026-04')).toBe('2026-03');
  });

  it('counts a day in the organisation’s timezone', () => {
    expect(localDayRange(new Date('2026-04-01T16:59:00Z'), JAKARTA)).toEqual({
      day: '2026-04-01',
      startsAt: new Date('2026-03-31T17:00:00Z'),
      endsAt: new Date('2026-04-01T17:00:00Z'),
    });
    expect(localDayRange(new Date('2026-04-01T17:00:00Z'), JAKARTA).day).toBe('2026-04-02');
  });

  it('turns local dates into instants and refuses dates that do not exist', () => {
    expect(startOfLocalDate('2026-04-01', JAKARTA)).toEqual(new Date('2026-03-31T17:00:00Z'));
    expect(endOfLocalDate('2026-04-30', JAKARTA)).toEqual(new Date('2026-04-30T17:00:00Z'));
    expect(startOfLocalDate('2026-02-30', JAKARTA)).toBeNull();
    expect(startOfLocalDate('1 April', JAKARTA)).toBeNull();
    expect(endOfLocalDate('2026-13-01', JAKARTA)).toBeNull();
  });

  it('numbers ISO weeks so that consecutive weeks differ by one, across a year end', () => {
    const monday = new Date('2026-12-27T17:00:00Z'); // Monday 28 Dec 2026, 00:00 in Jakarta
    const sunday = new Date('2026-12-27T16:59:59Z'); // Sunday 27 Dec, 23:59:59 in Jakarta
    expect(weekNumber(monday, JAKARTA) - weekNumber(sunday, JAKARTA)).toBe(1);
    expect(weekNumber(new Date('2027-01-04T17:00:00Z'), JAKARTA) - weekNumber(monday, JAKARTA)).toBe(1);
    expect(weekStart(weekNumber(monday, JAKARTA), JAKARTA)).toEqual(monday);
  });
});
