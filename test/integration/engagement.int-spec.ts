import { OutboxRelay } from '@chorus/db';
import { ENGAGEMENT_POINTS_CONSUMER, PointEvent, SharePointsService } from '@chorus/gamification';
import { Organization } from '@chorus/identity';
import { DEFAULT_SANDBOX_CLIENT } from '@chorus/linkedin-sandbox';
import { ENGAGEMENT_READ_OFFSETS_MS, ENGAGEMENT_TRACKING_CONSUMER, EngagementService, EngagementSnapshot, EngagementTracking, SocialConnection } from '@chorus/publishing';
import { EngagementTick } from '../../apps/worker/src/ticks/engagement.tick';
import { connectThroughSandbox, publishingEnv, RunningLinkedinSandbox, startSandbox } from '../support/sandbox';
import { eventually, Http, TestApp } from '../support/test-app';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SCOPES = 'openid profile email w_member_social r_member_social r_member_postAnalytics';

interface SandboxEngagement {
  likeCount: number;
  commentCount: number;
  reshareCount: number;
  impressionCount: number;
}

/**
 * Engagement reads through the real LinkedIn sandbox over HTTP: the sandbox shares the app's
 * movable clock, so its engagement grows as the test moves time, and the worker's engagement
 * tick reads on the schedule.
 */
describe('engagement tracking through the sandbox', () => {
  let sandbox: RunningLinkedinSandbox;
  let t: TestApp;
  let curator: Http;
  let postId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({
      clients: [{ ...DEFAULT_SANDBOX_CLIENT, scopes: SCOPES.split(' ') }],
      // The app's clock, once it exists: posts are created and read at the app's "now".
      clock: () => (t ? t.clock.now() : new Date()),
    });
    t = await TestApp.start({
      ...publishingEnv(sandbox),
      LINKEDIN_SCOPES: SCOPES,
      // The test runs the engagement tick itself.
      ENGAGEMENT_INTERVAL_MS: '3600000',
      ENGAGEMENT_RETRY_BASE_DELAY_MS: '60000',
    });
    curator = await t.as('curator@demo.chorus');
    await (await t.as('admin@demo.chorus')).patch('/api/v1/points-rules').send({ perEngagement: 1, engagementDailyCapPerShare: 6 }).expect(200);
    const post = await curator.post('/api/v1/posts').send({ title: 'Engagement', url: 'https://example.com/engage', suggestedCommentary: 'Read this.' }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    postId = post.body.id;
  });

  afterAll(async () => {
    await t?.close();
    await sandbox?.close();
  });

  const engagement = () => t.app.get(EngagementService);
  const tick = () => t.app.get(EngagementTick).tick();
  const relay = (consumer: string) => t.app.get(OutboxRelay).run({ consumers: [consumer] });

  async function sandboxEngagement(externalId: string): Promise<SandboxEngagement> {
    return (await (await fetch(`${sandbox.url}/__sandbox/posts/${encodeURIComponent(externalId)}/engagement`)).json()) as SandboxEngagement;
  }

  async function setFaults(faults: Record<string, number> | null): Promise<void> {
    await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: faults ? 'POST' : 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: faults ? JSON.stringify(faults) : undefined,
    });
  }

  /** Connects the member, publishes a share through the sandbox and starts its tracking. */
  async function publishAs(email: string, commentary: string) {
    await (await t.as(email)).post('/api/v1/policies/current/acknowledge').expect(200);
    expect((await connectThroughSandbox(t, sandbox, email)).status).toBe(302);
    const http = await t.as(email);
    const [connection] = (await http.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const draft = await http.post('/api/v1/shares').send({ postId, connectionId: connection.id, commentary }).expect(201);
    await http.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    await http.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(t.clock.now().getTime() + 1500).toISOString() }).expect(200);
    const share = await eventually(
      async () => (await http.get(`/api/v1/shares/${draft.body.id}`).expect(200)).body as { id: string; status: string; externalId: string; organizationId?: string },
      (s) => s.status === 'published',
      20_000,
    );
    expect(share.status).toBe('published');
    await relay(ENGAGEMENT_TRACKING_CONSUMER);
    // The app's own relay tick may have taken the event a moment before: wait for its commit.
    const tracking = (await eventually(
      async () => {
        await relay(ENGAGEMENT_TRACKING_CONSUMER);
        return t.dataSource.getRepository(EngagementTracking).findOneBy({ shareId: share.id });
      },
      (row) => row !== null,
      10_000,
    ))!;
    return { share, tracking, connectionId: connection.id };
  }

  /** Moves the app's (and the sandbox's) clock to `publishedAt + offsetMs`. */
  function moveTo(publishedAt: Date, offsetMs: number): void {
    t.clock.advance(publishedAt.getTime() + offsetMs - t.clock.now().getTime());
  }

  const snapshotsOf = (shareId: string) => t.dataSource.getRepository(EngagementSnapshot).find({ where: { shareId }, order: { capturedAt: 'ASC' } });
  const trackingOf = (shareId: string) => t.dataSource.getRepository(EngagementTracking).findOneByOrFail({ shareId });

  it('reads on the schedule, stores every read, retries sandbox faults later, awards capped points once, and stops after 30 days', async () => {
    const { share, tracking } = await publishAs('ana@demo.chorus', 'Engagement grows over time.');
    const publishedAt = tracking.publishedAt;
    expect(tracking).toMatchObject({ status: 'tracking', network: 'linkedin', externalId: share.externalId });
    expect(tracking.nextReadAt).toEqual(new Date(publishedAt.getTime() + 15 * MINUTE));

    // Nothing is due before the first slot.
    moveTo(publishedAt, 14 * MINUTE);
    await tick();
    expect(await snapshotsOf(share.id)).toHaveLength(0);

    // The first six slots: +15 min, 1 h, 3 h, 6 h, 12 h, 24 h. Each read stores what the sandbox says.
    for (const offset of ENGAGEMENT_READ_OFFSETS_MS.slice(0, 6)) {
      moveTo(publishedAt, offset + 1000);
      await tick();
      const latest = (await snapshotsOf(share.id)).at(-1)!;
      const truth = await sandboxEngagement(share.externalId);
      expect(latest).toMatchObject({ network: 'linkedin', reactions: truth.likeCount, comments: truth.commentCount, reshares: truth.reshareCount, impressions: truth.impressionCount });
      // A second tick in the same slot reads nothing more.
      await tick();
    }
    let snapshots = await snapshotsOf(share.id);
    expect(snapshots).toHaveLength(6);
    expect(snapshots.map((s) => Math.round((s.capturedAt.getTime() - publishedAt.getTime()) / MINUTE))).toEqual([15, 60, 180, 360, 720, 1440]);
    const totals = snapshots.map((s) => s.reactions + s.comments + s.reshares);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);
    expect(totals.at(-1)!).toBeGreaterThan(totals[0]);
    expect(snapshots.at(-1)!.impressions!).toBeGreaterThan(snapshots[0].impressions!);
    expect((await trackingOf(share.id)).nextReadAt).toEqual(new Date(publishedAt.getTime() + 2 * DAY));

    // Day 2: the sandbox answers 5xx, then 429 with Retry-After; the read is retried later, the slot kept.
    await setFaults({ readRate5xx: 1 });
    moveTo(publishedAt, 2 * DAY + 1000);
    await tick();
    let retrying = await trackingOf(share.id);
    expect(retrying).toMatchObject({ status: 'tracking', failures: 1, slotAt: new Date(publishedAt.getTime() + 2 * DAY) });
    expect(retrying.lastError).toMatch(/server error \(50[03]\)/);
    expect(retrying.nextReadAt.getTime() - t.clock.now().getTime()).toBeGreaterThan(50_000);
    expect(retrying.nextReadAt.getTime() - t.clock.now().getTime()).toBeLessThanOrEqual(60_000);
    await setFaults({ readRate429: 1 });
    moveTo(publishedAt, 2 * DAY + 2 * MINUTE);
    await tick();
    retrying = await trackingOf(share.id);
    expect(retrying).toMatchObject({ failures: 2, slotAt: new Date(publishedAt.getTime() + 2 * DAY) });
    expect(retrying.lastError).toMatch(/429/);
    // Backoff doubled to 2 minutes (more than the sandbox's Retry-After of 60 s).
    expect(retrying.nextReadAt.getTime() - t.clock.now().getTime()).toBeGreaterThan(110_000);
    expect(await snapshotsOf(share.id)).toHaveLength(6);
    await setFaults(null);
    moveTo(publishedAt, 2 * DAY + 5 * MINUTE);
    await tick();
    expect(await snapshotsOf(share.id)).toHaveLength(7);
    expect(await trackingOf(share.id)).toMatchObject({ failures: 0, lastError: null, nextReadAt: new Date(publishedAt.getTime() + 3 * DAY) });

    // Daily to day 30, then nothing more.
    for (let days = 3; days <= 30; days += 1) {
      moveTo(publishedAt, days * DAY + 1000);
      await tick();
    }
    snapshots = await snapshotsOf(share.id);
    expect(snapshots).toHaveLength(ENGAGEMENT_READ_OFFSETS_MS.length);
    expect(await trackingOf(share.id)).toMatchObject({ status: 'done' });
    moveTo(publishedAt, 31 * DAY);
    await tick();
    moveTo(publishedAt, 45 * DAY);
    await tick();
    expect(await snapshotsOf(share.id)).toHaveLength(ENGAGEMENT_READ_OFFSETS_MS.length);
    // Engagement points: per new reaction, comment and reshare, capped per share per local day, once per snapshot.
    await relay(ENGAGEMENT_POINTS_CONSUMER);
    const pointsOf = () => t.dataSource.getRepository(PointEvent).find({ where: { shareId: share.id, kind: 'engagement' }, order: { occurredAt: 'ASC' } });
    const awarded = await pointsOf();
    const organization = await t.dataSource.getRepository(Organization).findOneByOrFail({ id: tracking.organizationId });
    const day = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: organization.timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
    // What the rules say (1 point each, at most 6 per share per day), worked out from the snapshots.
    const expected: { source: string; points: number }[] = [];
    const earnedOn = new Map<string, number>();
    let highest = 0;
    for (const snapshot of await snapshotsOf(share.id)) {
      const units = snapshot.reactions + snapshot.comments + snapshot.reshares - highest;
      highest = Math.max(highest, snapshot.reactions + snapshot.comments + snapshot.reshares);
      const room = 6 - (earnedOn.get(day(snapshot.capturedAt)) ?? 0);
      const points = Math.min(units, room);
      if (units <= 0 || points <= 0) continue;
      earnedOn.set(day(snapshot.capturedAt), 6 - room + points);
      expected.push({ source: `engagement:${snapshot.id}`, points });
    }
    expect(awarded.map((e) => ({ source: e.source, points: e.points }))).toEqual(expected);
    expect(Math.max(...earnedOn.values())).toBe(6);
    // Later days grow by less than the cap: those points are the growth itself.
    expect(expected.some((award) => award.points < 6)).toBe(true);
    const earned = awarded.reduce((sum, e) => sum + e.points, 0);
    // Every snapshot's source is awarded at most once: relaying and awarding again add nothing.
    await relay(ENGAGEMENT_POINTS_CONSUMER);
    const again = await t.app.get(SharePointsService).awardInteraction({
      organizationId: tracking.organizationId,
      shareId: share.id,
      kind: 'engagement',
      sourceId: awarded[0].source.replace(/^engagement:/, ''),
      units: 5,
      occurredAt: awarded[0].occurredAt,
    });
    expect(again).toBe(0);
    expect((await pointsOf()).reduce((sum, e) => sum + e.points, 0)).toBe(earned);

    const stats = (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as { responses: Record<string, Record<string, number>> };
    expect(Object.keys(stats.responses).some((route) => route.includes('memberCreatorPostAnalytics'))).toBe(true);
  });

  it('reads the counts without impressions when the connection lacks post analytics, and skips reads LinkedIn refuses', async () => {
    t.clock.reset();
    const { share, tracking, connectionId } = await publishAs('budi@demo.chorus', 'Counted without analytics.');
    await t.dataSource.getRepository(SocialConnection).update({ id: connectionId }, { scopes: 'openid profile email w_member_social r_member_social' });
    moveTo(tracking.publishedAt, 15 * MINUTE + 1000);
    // Two workers at once: the read is claimed by one of them, and made once.
    const runs = await Promise.all([engagement().runDue(), engagement().runDue(), engagement().runDue()]);
    expect(runs.reduce((sum, run) => sum + run.read, 0)).toBe(1);
    expect(await snapshotsOf(share.id)).toHaveLength(1);
    const [first] = await snapshotsOf(share.id);
    const truth = await sandboxEngagement(share.externalId);
    expect(first).toMatchObject({ reactions: truth.likeCount, comments: truth.commentCount, reshares: 0, impressions: null });

    // LinkedIn stops accepting the token: the read is skipped (not retried), the schedule goes on.
    await fetch(`${sandbox.url}/__sandbox/tokens/expire`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ member: 'budi@demo.chorus' }) });
    moveTo(tracking.publishedAt, HOUR + 1000);
    await tick();
    expect(await snapshotsOf(share.id)).toHaveLength(1);
    const skipped = await trackingOf(share.id);
    expect(skipped).toMatchObject({ status: 'tracking', failures: 0, nextReadAt: new Date(tracking.publishedAt.getTime() + 3 * HOUR) });
    expect(skipped.lastError).toMatch(/Reconnect LinkedIn/);

    // Without r_member_social either, LinkedIn tells nothing: tracking ends without a request.
    await t.dataSource.getRepository(SocialConnection).update({ id: connectionId }, { scopes: 'openid profile email w_member_social' });
    moveTo(tracking.publishedAt, 3 * HOUR + 1000);
    await tick();
    expect(await trackingOf(share.id)).toMatchObject({ status: 'unsupported' });
    expect(await snapshotsOf(share.id)).toHaveLength(1);
  });

  it('reads at most a batch per run, oldest due first, and leaves the rest for the next run', async () => {
    t.clock.reset();
    const first = await publishAs('citra@demo.chorus', 'First in the queue.');
    const second = await publishAs('manager@demo.chorus', 'Second in the queue.');
    moveTo(second.tracking.publishedAt, 15 * MINUTE + 1000);
    expect(await engagement().runDue(1)).toMatchObject({ read: 1 });
    expect(await snapshotsOf(first.share.id)).toHaveLength(1);
    expect(await snapshotsOf(second.share.id)).toHaveLength(0);
    expect(await engagement().runDue(1)).toMatchObject({ read: 1 });
    expect(await snapshotsOf(second.share.id)).toHaveLength(1);
    expect(await engagement().runDue(1)).toMatchObject({ read: 0 });
  });
});
