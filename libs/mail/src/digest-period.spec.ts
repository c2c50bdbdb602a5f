import { latestPeriod } from './digest.service';

describe('digest periods', () => {
  const at = (iso: string) => new Date(iso);

  it('ends a daily period at the digest hour in the reader’s timezone', () => {
    // 08:30 in Jakarta (UTC+7) on 2 December: the period of 2 December has just ended.
    const period = latestPeriod(at('2026-12-02T01:30:00Z'), 'Asia/Jakarta', 'daily', 8);
    expect(period).toEqual({ frequency: 'daily', key: 'daily:2026-12-02', from: at('2026-12-01T01:00:00Z'), to: at('2026-12-02T01:00:00Z') });
    // 07:59 in Jakarta: still yesterday's period, so nothing new goes out before 08:00.
    expect(latestPeriod(at('2026-12-02T00:59:00Z'), 'Asia/Jakarta', 'daily', 8).key).toBe('daily:2026-12-01');
  });

  it('names one period for every moment between two digest hours (so two workers claim the same one)', () => {
    const keys = new Set(['2026-12-02T01:00:00Z', '2026-12-02T12:00:00Z', '2026-12-03T00:59:59Z'].map((iso) => latestPeriod(at(iso), 'Asia/Jakarta', 'daily', 8).key));
    expect([...keys]).toEqual(['daily:2026-12-02']);
  });

  it('ends a weekly period on the chosen weekday at the digest hour', () => {
    // Wednesday 2 December 2026, 09:00 in Berlin; Mondays (1) at 08:00: the period ended on Monday 30 November.
    const monday = latestPeriod(at('2026-12-02T08:00:00Z'), 'Europe/Berlin', 'weekly', 8, 1);
    expect(monday).toEqual({ frequency: 'weekly', key: 'weekly:2026-11-30', from: at('2026-11-23T07:00:00Z'), to: at('2026-11-30T07:00:00Z') });
    // Wednesdays (3): today's 08:00 has passed.
    expect(latestPeriod(at('2026-12-02T08:00:00Z'), 'Europe/Berlin', 'weekly', 8, 3).key).toBe('weekly:2026-12-02');
    // Thursdays (4): last week's Thursday.
    expect(latestPeriod(at('2026-12-02T08:00:00Z'), 'Europe/Berlin', 'weekly', 8, 4).key).toBe('weekly:2026-11-26');
  });

  it('keeps 24 hours of local time across a daylight-saving change', () => {
    // Berlin leaves summer time on 25 October 2026: that day's period is 25 hours long in UTC.
    const period = latestPeriod(at('2026-10-25T08:00:00Z'), 'Europe/Berlin', 'daily', 8);
    expect(period.key).toBe('daily:2026-10-25');
    expect(period.to.getTime() - period.from.getTime()).toBe(25 * 3600_000);
  });

  it('falls back to UTC for a timezone it does not know', () => {
    expect(latestPeriod(at('2026-12-02T09:00:00Z'), 'Mars/Olympus', 'daily', 8).to).toEqual(at('2026-12-02T08:00:00Z'));
  });
});
