import { describePointEvent, mapBadges } from './gamification-responses';

describe('point event descriptions', () => {
  it('says what earned or spent the points', () => {
    expect(describePointEvent({ kind: 'share_published', detail: { postTitle: 'Q3 results', network: 'linkedin' } })).toBe('Shared “Q3 results” on LinkedIn');
    expect(describePointEvent({ kind: 'own_commentary', detail: { postTitle: 'Q3 results' } })).toBe('Your own words on “Q3 results”');
    expect(describePointEvent({ kind: 'click', detail: { units: 1 } })).toBe('A click on your share');
    expect(describePointEvent({ kind: 'engagement', detail: { units: 4 } })).toBe('4 reactions, comments or reshares of your share');
    expect(describePointEvent({ kind: 'contest_bonus', detail: { contestName: 'Sprint', rank: 2 } })).toBe('Contest “Sprint”: place 2');
    expect(describePointEvent({ kind: 'redemption', detail: { rewardName: 'Mug' } })).toBe('Redeemed Mug');
    expect(describePointEvent({ kind: 'redemption_refund', detail: null })).toBe('Refund for a reward');
  });

  it('lists every badge, earned or not', () => {
    const badges = mapBadges([{ id: 'b', organizationId: 'o', userId: 'u', badge: 'ten_shares', awardedAt: new Date('2026-04-01T00:00:00Z'), detail: null }]);
    expect(badges.map((b) => [b.code, b.awardedAt])).toEqual([
      ['first_share', null],
      ['ten_shares', '2026-04-01T00:00:00.000Z'],
      ['four_week_streak', null],
      ['monthly_top_10', null],
    ]);
  });
});
