/** Badges and their criteria. Each is awarded once, from ledger events or a month's close. */
export const BADGES = [
  { code: 'first_share', name: 'First share', description: 'Published your first share.' },
  { code: 'ten_shares', name: 'Ten shares', description: 'Published shares of ten different posts.' },
  {
    code: 'four_week_streak',
    name: 'Four-week streak',
    description: 'Published at least one share in each of four weeks in a row (Monday to Sunday, in your organisation’s timezone).',
  },
  { code: 'monthly_top_10', name: 'Top 10 of the month', description: 'Finished a calendar month in the top 10 of your organisation’s leaderboard.' },
] as const;

export type BadgeCode = (typeof BADGES)[number]['code'];

export const STREAK_WEEKS = 4;
export const MONTHLY_TOP = 10;

/** Badges earned by having this many published-share events. */
export function shareCountBadges(count: number): BadgeCode[] {
  const earned: BadgeCode[] = [];
  if (count >= 1) earned.push('first_share');
  if (count >= 10) earned.push('ten_shares');
  return earned;
}

/** True when the week numbers contain `length` consecutive weeks. */
export function hasStreak(weeks: Iterable<number>, length = STREAK_WEEKS): boolean {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i] === sorted[i - 1] + 1 ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}
