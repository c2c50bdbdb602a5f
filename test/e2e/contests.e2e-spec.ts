import { Clock } from '@chorus/config';
import { ContestsService, PointEvent } from '@chorus/gamification';
import { DateTime } from 'luxon';
import { ContestClosingTick } from '../../apps/worker/src/ticks/contest-closing.tick';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { Http, setupTestApp, teamIds } from '../support/test-app';

const JAKARTA = 'Asia/Jakarta';

describe(`contests (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  const t = setupTestApp();
  let admin: Http;
  let ana: Http;
  let citra: Http;
  let manager: Http;
  let ids: Record<string, string>;
  let teams: Record<string, string>;
  let today: DateTime;

  beforeAll(async () => {
    [admin, ana, citra, manager] = await t.asDemo('admin', 'ana', 'citra', 'manager');
    ids = await t.userIds();
    teams = await teamIds(admin);
    today = DateTime.fromJSDate(t.app.get(Clock).now(), { zone: JAKARTA });
  });

  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;

  it('shows the demo’s running contest of the month', async () => {
    const contests = (await ana.get('/api/v1/contests').expect(200)).body as { name: string; status: string; startsOn: string; endsOn: string; prizes: unknown[] }[];
    const monthly = contests.find((c) => c.name.startsWith('Sharer of the month'))!;
    expect(monthly).toMatchObject({ status: 'open', startsOn: today.startOf('month').toISODate(), endsOn: today.endOf('month').toISODate(), minPoints: 20 });
    expect(monthly.prizes).toEqual([
      { rank: 1, title: 'Lunch with the CEO', points: 100 },
      { rank: 2, title: 'Company t-shirt', points: 50 },
      { rank: 3, title: 'Coffee voucher', points: 25 },
    ]);
  });

  it('runs a contest: earlier points of its period count, standings update live, and it closes exactly once', async () => {
    const [p30, p20, p10] = await Promise.all([pointsPost(t, 'Contest thirty', 30), pointsPost(t, 'Contest twenty', 20), pointsPost(t, 'Contest ten', 10)]);
    const now = t.app.get(Clock).now().getTime();
    // Earned before the contest was created, inside its period: counted.
    await publishedShare(t, { email: 'ana@demo.chorus', postId: p30.id, publishedAt: new Date(now - 3600_000) });
    await awardPendingPoints(t);

    const created = await admin
      .post('/api/v1/contests')
      .send({ name: 'Three-day sprint', description: 'Share the launch.', startsOn: day(-2), endsOn: day(0), minPoints: 15, prizes: [{ title: 'Lunch', points: 200 }, { title: 'Mug' }] })
      .expect(201);
    const contest = created.body;
    expect(contest).toMatchObject({
      status: 'open',
      scope: 'organization',
      teamId: null,
      timezone: JAKARTA,
      startsAt: today.plus({ days: -2 }).startOf('day').toUTC().toISO(),
      endsAt: today.plus({ days: 1 }).startOf('day').toUTC().toISO(),
      prizes: [
        { rank: 1, title: 'Lunch', points: 200 },
        { rank: 2, title: 'Mug', points: 50 },
      ],
      results: null,
    });

    await publishedShare(t, { email: 'budi@demo.chorus', postId: p30.id, publishedAt: new Date(now - 1800_000) });
    await publishedShare(t, { email: 'manager@demo.chorus', postId: p20.id });
    await publishedShare(t, { email: 'citra@demo.chorus', postId: p10.id });
    await awardPendingPoints(t);

    const live = (await citra.get(`/api/v1/contests/${contest.id}`).expect(200)).body;
    expect(live.standings.entries.map((e: { name: string; rank: number; points: number }) => [e.name, e.rank, e.points])).toEqual([
      ['Ana Wijaya', 1, 30],
      ['Budi Santoso', 1, 30],
      ['Maya Manager', 3, 20],
      ['Citra Lestari', 4, 10],
    ]);
    expect(live.standings.me).toEqual({ rank: 4, points: 10 });

    // Maya opts out of leaderboards: she appears in no standings and cannot win.
    await manager.patch('/api/v1/me').send({ leaderboardOptOut: true }).expect(200);
    const withoutMaya = (await ana.get(`/api/v1/contests/${contest.id}`).expect(200)).body;
    expect(withoutMaya.standings.entries.map((e: { name: string }) => e.name)).toEqual(['Ana Wijaya', 'Budi Santoso', 'Citra Lestari']);
    expect((await manager.get(`/api/v1/contests/${contest.id}`).expect(200)).body.standings.me).toEqual({ rank: null, points: 20 });

    // Not over yet: nothing closes.
    const contests = t.app.get(ContestsService);
    await contests.closeDue();
    expect((await ana.get(`/api/v1/contests/${contest.id}`).expect(200)).body.status).toBe('open');

    // After the end (Jakarta midnight), the job runs twice at once and once more later.
    t.clock.advance(2 * 24 * 3600_000);
    const runs = await Promise.all([contests.closeDue(), contests.closeDue(), contests.closeDue()]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    await Promise.all([t.app.get(ContestClosingTick).tick(), contests.closeDue()]);

    const closed = (await citra.get(`/api/v1/contests/${contest.id}`).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(closed.standings).toBeUndefined();
    // Ana and Budi tie for first and share its prize; nobody is second; Citra is under the minimum.
    expect(closed.results).toEqual({
      participants: 3,
      qualified: 2,
      winners: [
        { rank: 1, userId: ids.ana, name: 'Ana Wijaya', points: 30, prize: 'Lunch', bonusPoints: 200 },
        { rank: 1, userId: ids.budi, name: 'Budi Santoso', points: 30, prize: 'Lunch', bonusPoints: 200 },
      ],
    });
    const bonuses = await t.dataSource.getRepository(PointEvent).findBy({ kind: 'contest_bonus', source: `contest:${contest.id}` });
    expect(bonuses.map((b) => [b.userId, b.points]).sort()).toEqual([
      [ids.ana, 200],
      [ids.budi, 200],
    ].sort());
    const mine = (await ana.get('/api/v1/me/points').expect(200)).body;
    expect(mine.balance).toBe(230);
    expect(mine.events[0]).toMatchObject({
      kind: 'contest_bonus',
      description: 'Contest “Three-day sprint”: place 1',
      points: 200,
      detail: expect.objectContaining({ contestName: 'Three-day sprint', rank: 1 }),
    });
    await manager.patch('/api/v1/me').send({ leaderboardOptOut: false }).expect(200);
    t.clock.reset();
  });

  it('scopes a team contest to its members', async () => {
    const contest = (
      await admin.post('/api/v1/contests').send({ name: 'Engineering week', startsOn: day(1), endsOn: day(7), scope: 'team', teamId: teams.Engineering }).expect(201)
    ).body;
    const post = await pointsPost(t, 'Engineering post', 5);
    const tomorrow = today.plus({ days: 1 }).set({ hour: 12 }).toJSDate();
    await publishedShare(t, { email: 'citra@demo.chorus', postId: post.id, publishedAt: tomorrow });
    await publishedShare(t, { email: 'ana@demo.chorus', postId: post.id, publishedAt: tomorrow });
    await awardPendingPoints(t);
    const live = (await ana.get(`/api/v1/contests/${contest.id}`).expect(200)).body;
    expect(live.standings.entries.map((e: { name: string }) => e.name)).toEqual(['Citra Lestari']);
    expect(live.standings.me).toEqual({ rank: null, points: 5 });
  });

  it('answers bad contest input with 400 naming the field; only admins create contests', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: day(0), endsOn: day(1) }, 'name must be a string'],
      [{ name: 'X', startsOn: '1 April', endsOn: day(1) }, 'startsOn must be a date such as 2026-04-01'],
      [{ name: 'X', startsOn: '2026-02-30', endsOn: day(1) }, 'startsOn: 2026-02-30 is not a date'],
      [{ name: 'X', startsOn: day(2), endsOn: day(1) }, 'endsOn must be on or after startsOn'],
      [{ name: 'X', startsOn: day(-10), endsOn: day(-3) }, `endsOn: ${day(-3)} is over in Asia/Jakarta; a contest must end in the future`],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), scope: 'team' }, 'teamId is required when scope is team'],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), teamId: teams.Sales }, 'teamId applies only when scope is team'],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), scope: 'team', teamId: '00000000-0000-4000-8000-000000000000' }, 'teamId: no team with id 00000000-0000-4000-8000-000000000000 in your organisation'],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), scope: 'galaxy' }, 'scope must be organization or team'],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), minPoints: -5 }, 'minPoints must not be negative'],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), prizes: [{ title: '' }] }, 'prizes.0.title must not be empty'],
      [{ name: 'X', startsOn: day(0), endsOn: day(1), prizes: 'a t-shirt' }, 'prizes must be a list, first place first'],
    ];
    for (const [body, message] of cases) {
      const response = await admin.post('/api/v1/contests').send(body).expect(400);
      expect([body, [response.body.message].flat()]).toEqual([body, expect.arrayContaining([message])]);
    }
    await ana.post('/api/v1/contests').send({ name: 'Mine', startsOn: day(0), endsOn: day(1) }).expect(403);
    await ana.get('/api/v1/contests/not-a-uuid').expect(404);
    await ana.get('/api/v1/contests/00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('keeps each organisation’s contests to itself', async () => {
    const { admin: outsider } = await t.otherOrganization('Contest Co', { email: 'root@contest.test', name: 'Contest Root', password: 'contest-co-password' });
    const demo = (await ana.get('/api/v1/contests').expect(200)).body as { id: string }[];
    expect((await outsider.get('/api/v1/contests').expect(200)).body).toEqual([]);
    for (const contest of demo) await outsider.get(`/api/v1/contests/${contest.id}`).expect(404);
    const theirs = (await outsider.post('/api/v1/contests').send({ name: 'Theirs', startsOn: day(0), endsOn: day(3) }).expect(201)).body as { id: string };
    await ana.get(`/api/v1/contests/${theirs.id}`).expect(404);
  });
});
