import { DEMO_PAST_CAMPAIGN, DEMO_PAST_POSTS } from './demo-content';
import { DEMO_HISTORY_DAYS, localDay, planDemoHistory } from './demo-history';
import { DEMO_USERS } from './demo-seed.service';

const TZ = 'Asia/Jakarta';
const DAILY_SHARE_LIMIT = 3;

describe('planDemoHistory', () => {
  // 15:30 in Jakarta: the history ends at the start of this day, 00:00 local.
  const now = new Date('2026-12-05T08:30:00Z');
  const plan = planDemoHistory(now, TZ);

  it('is the same plan every time for the same day, whatever the hour, and another with another seed', () => {
    expect(planDemoHistory(now, TZ)).toEqual(plan);
    expect(planDemoHistory(new Date('2026-12-04T17:00:00Z'), TZ)).toEqual(plan);
    expect(planDemoHistory(new Date('2026-12-05T16:59:59Z'), TZ)).toEqual(plan);
    expect(planDemoHistory(now, TZ, 7)).not.toEqual(plan);
    expect(planDemoHistory(new Date('2026-12-06T08:30:00Z'), TZ).end).toEqual(new Date('2026-12-05T17:00:00Z'));
  });

  it('happens within the four weeks before the day it is seeded on, nothing on that day', () => {
    expect(plan.end).toEqual(new Date('2026-12-04T17:00:00Z'));
    const earliest = plan.end.getTime() - DEMO_HISTORY_DAYS * 24 * 3600 * 1000;
    const instants = [
      ...plan.postsPublishedAt,
      ...plan.shares.flatMap((s) => [s.createdAt, s.approvedAt, s.publishedAt, ...s.clicks, ...s.snapshots.map((r) => r.capturedAt)]),
      ...plan.conversions.map((c) => c.at),
    ];
    for (const at of instants) {
      expect(at.getTime()).toBeLessThan(plan.end.getTime());
      expect(at.getTime()).toBeGreaterThanOrEqual(earliest);
    }
    expect(localDay(plan.campaign.startsAt, TZ)).toBe('2026-11-13');
    expect(plan.campaign.endsAt.getTime() - plan.campaign.startsAt.getTime()).toBe((DEMO_PAST_CAMPAIGN.startsDaysAgo - DEMO_PAST_CAMPAIGN.endsDaysAgo) * 24 * 3600 * 1000);
  });

  it('has each sharer share only posts they can see, once each, after the post came out and within the daily limit', () => {
    const people = new Map(DEMO_USERS.map((user) => [user.email.split('@')[0], user]));
    const perDay = new Map<string, number>();
    const seen = new Set<string>();
    for (const share of plan.shares) {
      const post = DEMO_PAST_POSTS[share.post];
      const person = people.get(share.sharer)!;
      expect(person.roles).toContain('employee');
      if (post.team) expect(person.teams).toContain(post.team);
      expect(seen.has(`${share.sharer}:${share.post}`)).toBe(false);
      seen.add(`${share.sharer}:${share.post}`);
      expect(share.commentary).toBe(post.sharedBy[share.sharer]);
      expect(share.commentary).not.toBe(post.suggestedCommentary);
      expect(plan.postsPublishedAt[share.post].getTime()).toBeLessThan(share.createdAt.getTime());
      expect(share.createdAt.getTime()).toBeLessThan(share.approvedAt.getTime());
      expect(share.approvedAt.getTime()).toBeLessThan(share.publishedAt.getTime());
      const day = `${share.sharer}:${localDay(share.publishedAt, TZ)}`;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(DAILY_SHARE_LIMIT);
    expect(new Set(plan.shares.map((s) => s.sharer))).toEqual(new Set(['manager', 'ana', 'budi', 'citra']));
    expect(plan.shares.length).toBe(DEMO_PAST_POSTS.reduce((sum, post) => sum + Object.keys(post.sharedBy).length, 0));
  });

  it('gives clicks after publishing, and engagement that only grows, read at the engagement schedule’s slots', () => {
    for (const share of plan.shares) {
      expect(share.clicks.length).toBeGreaterThan(0);
      expect(share.clicks.every((at, i) => at >= share.publishedAt && (i === 0 || at >= share.clicks[i - 1]))).toBe(true);
      expect(share.snapshots.length).toBeGreaterThan(2);
      expect(share.snapshots[0].capturedAt).toEqual(new Date(share.publishedAt.getTime() + 15 * 60_000));
      for (const [i, read] of share.snapshots.entries()) {
        if (i === 0) continue;
        const previous = share.snapshots[i - 1];
        expect(read.capturedAt.getTime()).toBeGreaterThan(previous.capturedAt.getTime());
        for (const field of ['impressions', 'reactions', 'comments', 'reshares'] as const) expect(read[field]).toBeGreaterThanOrEqual(previous[field]);
      }
      expect(share.snapshots.at(-1)!.reactions).toBeGreaterThan(0);
    }
  });

  it('reports a few conversions, each after a visit to the share it names', () => {
    expect(plan.conversions.length).toBeGreaterThanOrEqual(3);
    expect(plan.conversions.length).toBeLessThan(plan.shares.reduce((sum, s) => sum + s.clicks.length, 0) / 10);
    for (const conversion of plan.conversions) {
      const share = plan.shares[conversion.share];
      expect(share.clicks.some((click) => click < conversion.at)).toBe(true);
      expect(conversion.kind).toBe(DEMO_PAST_POSTS[share.post].conversionKind);
      expect(conversion.valueMinor === null).toBe(conversion.kind !== 'lead');
    }
  });
});
