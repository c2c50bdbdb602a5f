import { BADGES, hasStreak, shareCountBadges } from './badges';

describe('badges', () => {
  it('has clear criteria for each badge', () => {
    expect(BADGES.map((b) => b.code)).toEqual(['first_share', 'ten_shares', 'four_week_streak', 'monthly_top_10']);
    for (const badge of BADGES) expect(badge.description.length).toBeGreaterThan(10);
  });

  it('counts shares', () => {
    expect(shareCountBadges(0)).toEqual([]);
    expect(shareCountBadges(1)).toEqual(['first_share']);
    expect(shareCountBadges(9)).toEqual(['first_share']);
    expect(shareCountBadges(10)).toEqual(['first_share', 'ten_shares']);
  });

  it('finds four weeks in a row, whatever the order and repeats', () => {
    expect(hasStreak([3, 1, 2, 2, 4])).toBe(true);
    expect(hasStreak([1, 2, 3, 5, 6, 7])).toBe(false);
    expect(hasStreak([10, 12, 11, 13, 20])).toBe(true);
    expect(hasStreak([])).toBe(false);
  });
});
