import { Conversion, type Figures as AnswerFigures } from '@chorus/analytics';
import { OutboxEvent, OutboxRelay } from '@chorus/db';
import { CLICK_POINTS_CONSUMER, ENGAGEMENT_POINTS_CONSUMER, POINTS_CONSUMER, PointEvent } from '@chorus/gamification';
import { Organization, TeamMembership } from '@chorus/identity';
import { ENGAGEMENT_TRACKING_CONSUMER, EngagementService, EngagementSnapshot, EngagementTracking, NetworkProviders, PublishingService } from '@chorus/publishing';
import { LinkClick, Share, ShareAuditEntry } from '@chorus/shares';
import { In, IsNull } from 'typeorm';
import { DEMO_HISTORY_DAYS } from '../../apps/api/src/demo/demo-history';
import { EngagementTick } from '../../apps/worker/src/ticks/engagement.tick';
import { connectEmployee, publishShare } from '../support/publishing';
import { setupPublishingApp } from '../support/sandbox';
import { eventually, Http, TestApp } from '../support/test-app';

const DAY = 24 * 3600 * 1000;
const CONSUMERS = [POINTS_CONSUMER, CLICK_POINTS_CONSUMER, ENGAGEMENT_POINTS_CONSUMER, ENGAGEMENT_TRACKING_CONSUMER];

/** What the results routes answer, as the server declares it. */
type Figures = AnswerFigures & { demoData: boolean };

/** Delivers every outbox event of the seed to the points and tracking consumers, as the worker's relay tick does. */
async function settle(t: TestApp): Promise<void> {
  const relay = t.app.get(OutboxRelay);
  const pending = async () => (await Promise.all(CONSUMERS.map((c) => relay.hasPendingBefore(c, new Date(8.64e15))))).some(Boolean);
  const deadline = Date.now() + 60_000;
  do {
    await relay.run({ consumers: CONSUMERS, maxEvents: 10_000 });
    if (Date.now() > deadline) throw new Error('the seed’s outbox events still wait after 60 s');
  } while (await pending());
}

/**
 * A first start with the demo's sample history (SEED_DEMO_HISTORY, off in other tests): four
 * weeks of shares, clicks, engagement reads and conversions, and the points the app's own
 * consumers award for them. Results add up to exactly the seeded rows and say they include demo
 * data; nothing reaches a network for a demo share; the same day seeds the same figures; and
 * the demo users' own shares still go out and are read as usual.
 */
describe('the demo organisation’s sample history', () => {
  const { sandbox, t } = setupPublishingApp({ SEED_DEMO_HISTORY: 'true', ENGAGEMENT_INTERVAL_MS: '3600000' });
  let curator: Http;
  let ana: Http;
  let organizationId: string;
  let demoShares: Share[];

  beforeAll(async () => {
    [curator, ana] = await t.asDemo('curator', 'ana');
    organizationId = (await t.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'demo' })).id;
    await settle(t);
    demoShares = await t.dataSource.getRepository(Share).findBy({ organizationId, demo: true });
  });

  /** What the seeded rows add up to, for the shares `keep` selects. */
  async function seededSums(keep: (share: Share) => boolean): Promise<Omit<Figures, 'demoData'>> {
    const shares = demoShares.filter(keep);
    const ids = shares.map((s) => s.id);
    const snapshots = await t.dataSource.getRepository(EngagementSnapshot).findBy({ shareId: In(ids) });
    // Lifetime totals that only grow, from nothing: each share's growth is its last read.
    const last = new Map<string, EngagementSnapshot>();
    for (const snapshot of snapshots) if (!last.has(snapshot.shareId) || last.get(snapshot.shareId)!.capturedAt < snapshot.capturedAt) last.set(snapshot.shareId, snapshot);
    const sum = (pick: (s: EngagementSnapshot) => number) => [...last.values()].reduce((total, s) => total + pick(s), 0);
    return {
      shares: shares.length,
      sharers: new Set(shares.map((s) => s.userId)).size,
      clicks: await t.dataSource.getRepository(LinkClick).countBy({ shareId: In(ids) }),
      impressions: sum((s) => s.impressions ?? 0),
      reactions: sum((s) => s.reactions),
      comments: sum((s) => s.comments),
      reshares: sum((s) => s.reshares),
      conversions: await t.dataSource.getRepository(Conversion).countBy({ shareId: In(ids) }),
    };
  }

  it('seeds published shares by several employees over the past four weeks, none today, each through the lifecycle', async () => {
    const now = t.clock.now();
    const today = new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10); // Asia/Jakarta
    const startOfToday = new Date(`${today}T00:00:00+07:00`);
    expect(demoShares.length).toBeGreaterThanOrEqual(15);
    expect(new Set(demoShares.map((s) => s.userId)).size).toBeGreaterThanOrEqual(4);
    for (const share of demoShares) {
      expect(share).toMatchObject({ status: 'published', approvedById: share.userId, trackingCode: expect.any(String) });
      expect(share.publishedAt!.getTime()).toBeLessThan(startOfToday.getTime());
      expect(share.publishedAt!.getTime()).toBeGreaterThan(startOfToday.getTime() - DEMO_HISTORY_DAYS * DAY);
    }
    const trail = await t.dataSource.getRepository(ShareAuditEntry).find({ where: { shareId: demoShares[0].id }, order: { createdAt: 'ASC' } });
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'approve', 'schedule', 'claim', 'publish_succeeded']);
    // Clicks as the recorder keeps them: a visitor hash, never an address.
    const click = await t.dataSource.getRepository(LinkClick).findOneByOrFail({ organizationId });
    expect(Object.keys(click).sort()).toEqual(['clickedAt', 'id', 'organizationId', 'shareId', 'visitorHash']);
    expect(click.visitorHash).toMatch(/^[0-9a-f]{64}$/);
    // A demo share links to no post on a network, and its tracked link still leads on.
    const own = (await ana.get('/api/v1/shares?status=published').expect(200)).body as { id: string; postUrl: string | null; trackedUrl: string; clicks: number }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((share) => share.postUrl)).toEqual(own.map(() => null));
    expect(own.reduce((sum, share) => sum + share.clicks, 0)).toBe(await t.dataSource.getRepository(LinkClick).countBy({ shareId: In(own.map((share) => share.id)) }));
    const redirect = await t.http.get(new URL(own[0].trackedUrl).pathname).expect(302);
    expect(redirect.headers.location).toMatch(/^https:\/\/example\.com\/.*utm_medium=employee_advocacy/);
  });

  it('shows the organisation’s, a team’s and a campaign’s results as the sums of the seeded rows, marked as demo data', async () => {
    const summary = (await curator.get('/api/v1/analytics/summary').expect(200)).body as Figures;
    const all = await seededSums(() => true);
    expect(all.clicks).toBeGreaterThan(0);
    expect(all.reactions).toBeGreaterThan(0);
    expect(all.conversions).toBeGreaterThan(0);
    expect(summary).toMatchObject({ ...all, demoData: true });

    const teams = (await curator.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[];
    for (const team of teams.filter((candidate) => candidate.name !== 'Marketing')) {
      const members = (await t.dataSource.getRepository(TeamMembership).findBy({ teamId: team.id })).map((m) => m.userId);
      const figures = (await curator.get(`/api/v1/analytics/summary?teamId=${team.id}`).expect(200)).body as Figures;
      expect(figures).toMatchObject({ ...(await seededSums((share) => members.includes(share.userId))), demoData: true });
    }

    const campaign = ((await curator.get('/api/v1/campaigns').expect(200)).body as { id: string; name: string }[]).find((c) => c.name === 'Jakarta Tech Week')!;
    const campaignPosts = ((await curator.get('/api/v1/posts').expect(200)).body as { id: string; campaignId: string | null }[]).filter((p) => p.campaignId === campaign.id).map((p) => p.id);
    const report = (await curator.get(`/api/v1/analytics/campaigns/${campaign.id}/report?from=${daysAgo(DEMO_HISTORY_DAYS)}&to=${daysAgo(0)}`).expect(200)).body as { summary: Figures; progress: { achieved: number } };
    expect(report.summary).toMatchObject({ ...(await seededSums((share) => campaignPosts.includes(share.postId))), demoData: true });
    expect(report.progress.achieved).toBeGreaterThan(0);

    // A range before the history has no demo figures, and says so.
    const before = (await curator.get(`/api/v1/analytics/summary?from=${daysAgo(90)}&to=${daysAgo(60)}`).expect(200)).body as Figures;
    expect(before).toMatchObject({ shares: 0, clicks: 0, demoData: false });
  });

  it('shows an employee their own impact and the points the outbox consumers awarded for it', async () => {
    const anaId = (await t.userIds()).ana;
    const mine = (await ana.get('/api/v1/me/analytics').expect(200)).body as Figures & { points: number };
    expect(mine).toMatchObject({ ...(await seededSums((share) => share.userId === anaId)), demoData: true });
    const events = await t.dataSource.getRepository(PointEvent).findBy({ userId: anaId });
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ['share_published', 'own_commentary', 'click', 'engagement']) expect(kinds).toContain(kind);
    expect(mine.points).toBe(events.filter((e) => e.points > 0).reduce((sum, e) => sum + e.points, 0));
    // One share award per seeded share: each is a first share of its post.
    expect(events.filter((e) => e.kind === 'share_published').map((e) => e.shareId).sort()).toEqual(demoShares.filter((s) => s.userId === anaId).map((s) => s.id).sort());
    const board = (await ana.get('/api/v1/leaderboards?period=all').expect(200)).body as { entries: { name: string; points: number }[] };
    expect(board.entries.length).toBeGreaterThanOrEqual(4);
    expect(board.entries.find((e) => e.name === 'Ana Wijaya')?.points).toBe((await ana.get('/api/v1/me/points').expect(200)).body.balance);
  });

  it('never calls a network for a demo share: no engagement schedule, nothing to dispatch', async () => {
    const provider = t.app.get(NetworkProviders).get('linkedin');
    const read = jest.spyOn(provider, 'readEngagement');
    const publish = jest.spyOn(provider, 'publish');
    try {
      expect(await t.dataSource.getRepository(EngagementTracking).countBy({ shareId: In(demoShares.map((s) => s.id)) })).toBe(0);
      // Days later, when every read of a real share published with them would be due.
      t.clock.advance(2 * DAY);
      await t.app.get(EngagementTick).tick();
      expect(await t.app.get(EngagementService).runDue()).toEqual({ read: 0, retried: 0, skipped: 0, unsupported: 0 });
      expect(await t.app.get(PublishingService).dispatch()).toBe(0);
      expect(read).not.toHaveBeenCalled();
      expect(publish).not.toHaveBeenCalled();
    } finally {
      t.clock.reset();
      read.mockRestore();
      publish.mockRestore();
    }
  });

  it('lets a demo user share a post with demo history today, and reads only that real share’s engagement', async () => {
    const connectionId = await connectEmployee(t, sandbox, ana, 'ana@demo.chorus');
    const feed = (await ana.get('/api/v1/feed?limit=50').expect(200)).body as { items: { id: string; title: string; sharedByMe: boolean }[] };
    // Ana shared it in the history: it is marked, and she may share it again.
    const withHistory = feed.items.find((item) => item.title.startsWith('Our support team'))!;
    expect(withHistory).toMatchObject({ sharedByMe: true });
    const share = await publishShare<{ id: string; status: string; externalId: string }>(ana, { postId: withHistory.id, connectionId, commentary: 'Support around the clock, in our own language. Still proud of this.' });
    await settle(t);
    expect(await t.dataSource.getRepository(EngagementTracking).findBy({ organizationId })).toEqual([expect.objectContaining({ shareId: share.id })]);
    const read = jest.spyOn(t.app.get(NetworkProviders).get('linkedin'), 'readEngagement');
    try {
      t.clock.advance(20 * 60_000);
      await eventually(() => t.app.get(EngagementService).runDue(), (counts) => counts.read === 1);
      expect(read.mock.calls.map(([, externalId]) => externalId)).toEqual([share.externalId]);
    } finally {
      t.clock.reset();
      read.mockRestore();
    }
    expect(await t.dataSource.getRepository(OutboxEvent).countBy({ organizationId, consumedAt: IsNull(), type: 'share.published' })).toBe(0);
  });

  function daysAgo(days: number): string {
    return new Date(t.clock.now().getTime() + 7 * 3600 * 1000 - days * DAY).toISOString().slice(0, 10);
  }
});

/** The same day seeds the same figures: a second first start answers exactly as the first. */
describe('the sample history is the same on every first start of a day', () => {
  it('gives two fresh installations the same results and points', async () => {
    const answers: unknown[] = [];
    for (let run = 0; run < 2; run++) {
      const app = await TestApp.start({ SEED_DEMO_HISTORY: 'true' });
      try {
        await settle(app);
        const [curator, ana] = await app.asDemo('curator', 'ana');
        const summary = (await curator.get('/api/v1/analytics/summary').expect(200)).body as Record<string, unknown>;
        const mine = (await ana.get('/api/v1/me/analytics').expect(200)).body as Record<string, unknown>;
        const board = (await ana.get('/api/v1/leaderboards?period=all').expect(200)).body as { entries: { name: string; points: number }[] };
        answers.push({ summary, mine, board: board.entries.map((e) => [e.name, e.points]) });
      } finally {
        await app.close();
      }
    }
    expect((answers[0] as { summary: { shares: number } }).summary.shares).toBeGreaterThan(0);
    expect(answers[1]).toEqual(answers[0]);
    // Two first starts, each seeding four weeks through the real lifecycle and outbox: minutes on a busy machine.
  }, 240_000);
});
