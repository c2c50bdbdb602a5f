import { Clock } from '@chorus/config';
import { OutboxDelivery, OutboxEvent, Transactions } from '@chorus/db';
import {
  BadgesService,
  EARNING_KINDS,
  periodKeysAt,
  PointBalance,
  PointEvent,
  PointScoreCount,
  PointsLedger,
  PointTotal,
  POINTS_CONSUMER,
  SharePointsService,
  UserBadge,
} from '@chorus/gamification';
import { Organization, User, UsersService } from '@chorus/identity';
import { DateTime } from 'luxon';
import { In } from 'typeorm';
import { awardPendingPoints, publishedShare, pointsPost } from '../support/gamification';
import { TestApp } from '../support/test-app';

const JAKARTA_APRIL = new Date('2026-03-31T18:00:00Z'); // 1 April, 01:00 in Jakarta

/**
 * The ledger and what is derived from it, against the real database (SQLite in `npm test`,
 * PostgreSQL in `npm run test:services`). The app runs without its worker here, so the tests
 * decide when points are awarded and how many consumers race.
 */
describe(`points ledger (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let t: TestApp;
  let organization: Organization;
  let users: Record<'ana' | 'budi' | 'citra' | 'manager', User>;

  beforeAll(async () => {
    t = await TestApp.start({}, { role: 'api' });
    organization = await t.dataSource.getRepository(Organization).findOneByOrFail({ slug: 'demo' });
    const byEmail = async (email: string) => t.dataSource.getRepository(User).findOneByOrFail({ email });
    users = { ana: await byEmail('ana@demo.chorus'), budi: await byEmail('budi@demo.chorus'), citra: await byEmail('citra@demo.chorus'), manager: await byEmail('manager@demo.chorus') };
  });
  afterAll(() => t.close());

  async function eventsOf(userId: string, kind?: string): Promise<PointEvent[]> {
    return t.dataSource.getRepository(PointEvent).findBy(kind ? { userId, kind: kind as PointEvent['kind'] } : { userId });
  }

  /** Every derived number equals a recount from the ledger. */
  async function assertDerivedMatchLedger(): Promise<void> {
    const events = await t.dataSource.getRepository(PointEvent).find();
    const balances = await t.dataSource.getRepository(PointBalance).find();
    const expectedBalance = new Map<string, number>();
    const expectedTotals = new Map<string, number>();
    for (const event of events) {
      expectedBalance.set(event.userId, (expectedBalance.get(event.userId) ?? 0) + event.points);
      if (!(EARNING_KINDS as readonly string[]).includes(event.kind) || event.points <= 0) continue;
      const keys = periodKeysAt(event.occurredAt, organization.timezone);
      for (const [period, key] of Object.entries(keys)) {
        const id = `${event.userId} ${period} ${key}`;
        expectedTotals.set(id, (expectedTotals.get(id) ?? 0) + event.points);
      }
    }
    expect(new Map(balances.map((b) => [b.userId, b.balance]))).toEqual(expectedBalance);
    const totals = await t.dataSource.getRepository(PointTotal).find();
    expect(new Map(totals.map((r) => [`${r.userId} ${r.period} ${r.periodKey}`, r.points]))).toEqual(expectedTotals);
    // The score counts behind "my rank" count exactly the visible totals.
    const recount = new Map<string, number>();
    for (const row of totals.filter((r) => r.visible)) {
      const id = `${row.organizationId} ${row.period} ${row.periodKey} ${row.points}`;
      recount.set(id, (recount.get(id) ?? 0) + 1);
    }
    const counts = (await t.dataSource.getRepository(PointScoreCount).find()).filter((c) => c.users !== 0);
    expect(new Map(counts.map((c) => [`${c.organizationId} ${c.period} ${c.periodKey} ${c.points}`, c.users]))).toEqual(recount);
    expect(balances.every((b) => b.balance >= 0)).toBe(true);
  }

  /** Events the points consumer has yet to handle (other consumers of the same events, e.g. engagement tracking, keep their own pace). */
  async function pendingForPoints(): Promise<number> {
    const unrelayed = await t.dataSource.getRepository(OutboxEvent).createQueryBuilder('e').where('e.relayedAt IS NULL').getCount();
    const undelivered = await t.dataSource.getRepository(OutboxDelivery).createQueryBuilder('d').where('d.consumer = :consumer AND d.deliveredAt IS NULL', { consumer: POINTS_CONSUMER }).getCount();
    return unrelayed + undelivered;
  }

  it('awards each published share once, with several consumers racing over the same events', async () => {
    const posts = await Promise.all(Array.from({ length: 10 }, (_, i) => pointsPost(t, `Race ${i}`, 10 + i)));
    const shares = [];
    for (const post of posts) for (const email of ['ana@demo.chorus', 'budi@demo.chorus', 'citra@demo.chorus']) shares.push(await publishedShare(t, { email, postId: post.id }));
    const service = t.app.get(SharePointsService);
    await Promise.all(Array.from({ length: 4 }, () => service.consumePublished()));

    const awarded = await t.dataSource.getRepository(PointEvent).findBy({ shareId: In(shares.map((s) => s.id)), kind: 'share_published' });
    expect(awarded).toHaveLength(30);
    expect(new Set(awarded.map((e) => e.shareId)).size).toBe(30);
    expect(await pendingForPoints()).toBe(0);
    const anaTotal = await t.dataSource.getRepository(PointTotal).findOneByOrFail({ userId: users.ana.id, period: 'all', periodKey: 'all' });
    expect(anaTotal.points).toBe(posts.reduce((sum, p) => sum + p.points!, 0));
    await assertDerivedMatchLedger();
  });

  it('changes nothing when the same event is awarded again, even concurrently', async () => {
    const post = await pointsPost(t, 'Twice', 7);
    const share = await publishedShare(t, { email: 'manager@demo.chorus', postId: post.id });
    const event = await t.dataSource.getRepository(OutboxEvent).findOneByOrFail({ dedupeKey: share.id });
    const service = t.app.get(SharePointsService);
    const transactions = t.app.get(Transactions);
    const results = await Promise.all(Array.from({ length: 6 }, () => transactions.run((m) => service.awardPublishedShare(m, event))));
    expect(results.filter((written) => written.length > 0)).toHaveLength(1);
    expect(await eventsOf(users.manager.id, 'share_published')).toHaveLength(1);
    const total = await t.dataSource.getRepository(PointTotal).findOneByOrFail({ userId: users.manager.id, period: 'all', periodKey: 'all' });
    expect(total.points).toBe(7);
    // Sharing the same post to the same network again earns nothing more.
    await publishedShare(t, { email: 'manager@demo.chorus', postId: post.id, commentary: 'Another go at the same post, in other words.' });
    await awardPendingPoints(t);
    expect(await eventsOf(users.manager.id, 'share_published')).toHaveLength(1);
    await assertDerivedMatchLedger();
  });

  it('gives nothing for a share that is not published, whatever event claims it', async () => {
    const post = await pointsPost(t, 'Not really published', 50);
    const before = (await eventsOf(users.citra.id)).length;
    for (const status of ['failed', 'cancelled', 'draft', 'approved', 'scheduled']) {
      await publishedShare(t, { email: 'citra@demo.chorus', postId: post.id, status });
    }
    await awardPendingPoints(t);
    expect((await eventsOf(users.citra.id)).length).toBe(before);
    expect(await pendingForPoints()).toBe(0);
  });

  it('counts points in the month and quarter of the organisation’s timezone (Asia/Jakarta)', async () => {
    expect(organization.timezone).toBe('Asia/Jakarta');
    const post = await pointsPost(t, 'Boundaries', 3);
    const other = await pointsPost(t, 'Boundaries 2', 4);
    const third = await pointsPost(t, 'Boundaries 3', 5);
    await publishedShare(t, { email: 'budi@demo.chorus', postId: post.id, publishedAt: JAKARTA_APRIL });
    await publishedShare(t, { email: 'budi@demo.chorus', postId: other.id, publishedAt: new Date('2026-03-31T16:59:59Z') }); // 23:59:59 on 31 March
    await publishedShare(t, { email: 'budi@demo.chorus', postId: third.id, publishedAt: new Date('2026-06-30T17:00:00Z') }); // 00:00 on 1 July
    await awardPendingPoints(t);
    const totals = await t.dataSource.getRepository(PointTotal).findBy({ userId: users.budi.id, period: In(['month', 'quarter']) });
    const byKey = Object.fromEntries(totals.map((r) => [r.periodKey, r.points]));
    expect(byKey).toMatchObject({ '2026-03': 4, '2026-Q1': 4, '2026-04': 3, '2026-Q2': 3, '2026-07': 5, '2026-Q3': 5 });
    await assertDerivedMatchLedger();
  });

  it('caps click and engagement points per share and local day, also when clicks arrive together', async () => {
    const post = await pointsPost(t, 'Clicks', 1);
    const share = await publishedShare(t, { email: 'ana@demo.chorus', postId: post.id });
    await awardPendingPoints(t);
    const service = t.app.get(SharePointsService);
    const day = new Date('2026-05-04T03:00:00Z'); // 10:00 in Jakarta
    const clicks = await Promise.all(
      Array.from({ length: 30 }, (_, i) => service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'click', sourceId: `c${i}`, units: 1, occurredAt: day })),
    );
    expect(clicks.reduce((a, b) => a + b, 0)).toBe(20);
    expect(await service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'click', sourceId: 'c0', units: 1, occurredAt: day })).toBe(0);
    // 17:00Z is midnight in Jakarta: a new day, a new cap.
    const nextDay = new Date('2026-05-04T17:00:00Z');
    expect(await service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'click', sourceId: 'late', units: 1, occurredAt: nextDay })).toBe(1);
    expect(await service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'engagement', sourceId: 'sync-1', units: 4, occurredAt: day })).toBe(8);
    expect(await service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'engagement', sourceId: 'sync-2', units: 10, occurredAt: day })).toBe(12);
    expect(await service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'engagement', sourceId: 'sync-1', units: 4, occurredAt: day })).toBe(0);
    // A share of another organisation, or one not published, earns nothing.
    const draft = await publishedShare(t, { email: 'ana@demo.chorus', postId: post.id, status: 'failed' });
    expect(await service.awardInteraction({ organizationId: organization.id, shareId: draft.id, kind: 'click', sourceId: 'x', units: 1, occurredAt: day })).toBe(0);
    await expect(service.awardInteraction({ organizationId: organization.id, shareId: share.id, kind: 'click', sourceId: 'y', units: 0, occurredAt: day })).rejects.toThrow(RangeError);
    await awardPendingPoints(t);
    await assertDerivedMatchLedger();
  });

  it('takes a user off the board and back with their settings, keeping score counts exact', async () => {
    const users$ = t.app.get(UsersService);
    const actor = { id: users.citra.id, organizationId: organization.id, email: users.citra.email, name: users.citra.name, roles: users.citra.roles };
    const post = await pointsPost(t, 'Visibility', 11);
    await publishedShare(t, { email: 'citra@demo.chorus', postId: post.id });
    await awardPendingPoints(t);
    await users$.updateMe(actor, { leaderboardOptOut: true });
    expect((await t.dataSource.getRepository(PointTotal).findBy({ userId: users.citra.id })).every((r) => !r.visible)).toBe(true);
    await assertDerivedMatchLedger();
    // Points earned while opted out still count for the balance, and stay off the board.
    const later = await pointsPost(t, 'Visibility 2', 6);
    await publishedShare(t, { email: 'citra@demo.chorus', postId: later.id, publishedAt: JAKARTA_APRIL });
    await awardPendingPoints(t);
    expect((await t.dataSource.getRepository(PointTotal).findBy({ userId: users.citra.id })).every((r) => !r.visible)).toBe(true);
    await assertDerivedMatchLedger();
    await users$.updateMe(actor, { leaderboardOptOut: false });
    expect((await t.dataSource.getRepository(PointTotal).findBy({ userId: users.citra.id })).every((r) => r.visible)).toBe(true);
    await assertDerivedMatchLedger();
  });

  it('awards badges once, from the ledger: first share, ten shares, a four-week streak', async () => {
    const weeks = ['2026-08-03T03:00:00Z', '2026-08-12T03:00:00Z', '2026-08-17T03:00:00Z', '2026-08-28T03:00:00Z'];
    const posts = await Promise.all(Array.from({ length: 10 }, (_, i) => pointsPost(t, `Badge ${i}`, 1)));
    // Out of order on purpose: the fourth week arrives first.
    for (const [i, at] of [...weeks].reverse().entries()) await publishedShare(t, { email: 'manager@demo.chorus', postId: posts[i].id, publishedAt: new Date(at) });
    await awardPendingPoints(t);
    const badges = async () => (await t.dataSource.getRepository(UserBadge).findBy({ userId: users.manager.id })).map((b) => b.badge).sort();
    expect(await badges()).toEqual(['first_share', 'four_week_streak']);
    for (const post of posts.slice(4)) await publishedShare(t, { email: 'manager@demo.chorus', postId: post.id });
    await awardPendingPoints(t);
    expect(await badges()).toEqual(['first_share', 'four_week_streak', 'ten_shares']);
    expect(await t.dataSource.getRepository(UserBadge).countBy({ userId: users.manager.id })).toBe(3);
  });

  it('finds a four-week streak among awards recorded together, however far apart they are', async () => {
    const curator = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'curator@demo.chorus' });
    const weeks = ['2026-09-08T03:00:00Z', '2026-09-15T03:00:00Z', '2026-09-22T03:00:00Z', '2026-09-29T03:00:00Z', '2026-12-22T03:00:00Z'];
    // One batch of the points consumer writes them in one ledger call, the latest being months later.
    await t.app.get(Transactions).run((m) =>
      t.app.get(PointsLedger).record(
        m,
        organization,
        weeks.map((at, i) => ({ organizationId: organization.id, userId: curator.id, kind: 'share_published' as const, source: `post:streak-${i}:linkedin`, points: 1, occurredAt: new Date(at) })),
      ),
    );
    const badges = (await t.dataSource.getRepository(UserBadge).findBy({ userId: curator.id })).map((b) => b.badge).sort();
    expect(badges).toEqual(['first_share', 'four_week_streak']);
    await assertDerivedMatchLedger();
  });

  it('closes the organisation’s previous month once: its top 10, ties included, get the monthly badge', async () => {
    // The organisation existed last month (Chorus only closes months it lived through).
    await t.dataSource.getRepository(Organization).update({ id: organization.id }, { createdAt: new Date('2026-01-01T00:00:00Z') });
    const lastMonth = DateTime.fromJSDate(t.app.get(Clock).now(), { zone: organization.timezone }).minus({ months: 1 }).set({ day: 10, hour: 12 });
    const post = await pointsPost(t, 'Last month', 8);
    for (const email of ['ana@demo.chorus', 'budi@demo.chorus']) await publishedShare(t, { email, postId: post.id, publishedAt: lastMonth.toJSDate() });
    await awardPendingPoints(t);
    const badges = t.app.get(BadgesService);
    const closed = await Promise.all([badges.closeMonths(), badges.closeMonths(), badges.closeMonths()]);
    expect(closed.reduce((a, b) => a + b, 0)).toBe(1);
    const monthly = await t.dataSource.getRepository(UserBadge).findBy({ badge: 'monthly_top_10' });
    // Fewer than ten people earned points that month, so everyone on its board gets the badge.
    const onBoard = await t.dataSource.getRepository(PointTotal).findBy({ period: 'month', periodKey: lastMonth.toFormat('yyyy-MM'), visible: true });
    expect(monthly.map((b) => b.userId).sort()).toEqual(onBoard.map((r) => r.userId).sort());
    expect(monthly.map((b) => b.userId)).toEqual(expect.arrayContaining([users.ana.id, users.budi.id]));
    expect(monthly.find((b) => b.userId === users.ana.id)!.detail).toMatchObject({ month: lastMonth.toFormat('yyyy-MM'), rank: expect.any(Number) });
    expect(await badges.closeMonths()).toBe(0);
  });

  it('refuses a debit the balance cannot cover and rolls the whole transaction back', async () => {
    const ledger = t.app.get(PointsLedger);
    const before = await t.dataSource.getRepository(PointBalance).findOneByOrFail({ userId: users.budi.id });
    await expect(
      t.app.get(Transactions).run((m) =>
        ledger.record(m, organization, [
          { organizationId: organization.id, userId: users.budi.id, kind: 'redemption', source: 'redemption:too-much', points: -(before.balance + 1), occurredAt: new Date() },
        ]),
      ),
    ).rejects.toThrow(/does not cover/);
    expect((await t.dataSource.getRepository(PointBalance).findOneByOrFail({ userId: users.budi.id })).balance).toBe(before.balance);
    expect(await t.dataSource.getRepository(PointEvent).countBy({ source: 'redemption:too-much' })).toBe(0);
  });
});
