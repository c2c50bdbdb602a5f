import { Clock } from '@chorus/config';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { Http, setupTestApp, teamIds } from '../support/test-app';

interface Board {
  period: string;
  periodKey: string;
  entries: { rank: number; userId: string; name: string; points: number }[];
  me: { rank: number | null; points: number };
}

describe('leaderboards, points and badges over HTTP', () => {
  const t = setupTestApp();
  let admin: Http;
  let manager: Http;
  let ana: Http;
  let budi: Http;
  let citra: Http;
  let ids: Record<string, string>;
  let teams: Record<string, string>;

  beforeAll(async () => {
    [admin, manager, ana, budi, citra] = await t.asDemo('admin', 'manager', 'ana', 'budi', 'citra');
    ids = await t.userIds();
    teams = await teamIds(admin);

    // Ana and Budi tie at 30 (Ana got there first), Citra has 20, Maya (manager) 10.
    const now = t.app.get(Clock).now().getTime();
    const minutesAgo = (m: number) => new Date(now - m * 60_000);
    const [p30, p20, p10] = await Promise.all([pointsPost(t, 'Thirty', 30), pointsPost(t, 'Twenty', 20), pointsPost(t, 'Ten', 10)]);
    await publishedShare(t, { email: 'ana@demo.chorus', postId: p30.id, publishedAt: minutesAgo(50) });
    await publishedShare(t, { email: 'budi@demo.chorus', postId: p30.id, publishedAt: minutesAgo(40) });
    await publishedShare(t, { email: 'citra@demo.chorus', postId: p20.id, publishedAt: minutesAgo(30) });
    await publishedShare(t, { email: 'manager@demo.chorus', postId: p10.id, publishedAt: minutesAgo(20) });
    await awardPendingPoints(t);
  });

  async function board(http: Http, query = ''): Promise<Board> {
    return (await http.get(`/api/v1/leaderboards${query}`).expect(200)).body as Board;
  }
  const ranks = (b: Board) => b.entries.map((e) => [e.name, e.rank, e.points]);

  it('ranks the organisation’s month: ties share a rank, the next rank skips, who got there first is listed first', async () => {
    const month = await board(ana, '?period=month');
    expect(month.period).toBe('month');
    expect(ranks(month)).toEqual([
      ['Ana Wijaya', 1, 30],
      ['Budi Santoso', 1, 30],
      ['Citra Lestari', 3, 20],
      ['Maya Manager', 4, 10],
    ]);
    expect(month.me).toEqual({ rank: 1, points: 30 });
    expect(month.entries[0]).toEqual({ rank: 1, userId: ids.ana, name: 'Ana Wijaya', points: 30 });
    // The same order on every read, and on the quarter and all-time boards.
    expect(await board(ana, '?period=month')).toEqual(month);
    expect(ranks(await board(ana, '?period=quarter'))).toEqual(ranks(month));
    expect(ranks(await board(ana, '?period=all'))).toEqual(ranks(month));
    expect(ranks(await board(ana))).toEqual(ranks(month));
  });

  it('gives the caller’s own rank and points outside the top N, consistent with the ranks shown', async () => {
    const top2 = await board(citra, '?limit=2');
    expect(ranks(top2)).toEqual([
      ['Ana Wijaya', 1, 30],
      ['Budi Santoso', 1, 30],
    ]);
    expect(top2.me).toEqual({ rank: 3, points: 20 });
    expect((await board(manager, '?period=all&limit=1')).me).toEqual({ rank: 4, points: 10 });
    // Budi is tied with the last entry shown but not listed: he still ranks 1.
    expect((await board(budi, '?limit=1')).me).toEqual({ rank: 1, points: 30 });
    // No points in the period: on no board yet.
    expect((await board(admin)).me).toEqual({ rank: null, points: 0 });
  });

  it('files points under the month and quarter of the organisation’s timezone (Asia/Jakarta)', async () => {
    const post = await pointsPost(t, 'April in Jakarta', 9);
    await publishedShare(t, { email: 'citra@demo.chorus', postId: post.id, publishedAt: new Date('2026-03-31T18:00:00Z') });
    await awardPendingPoints(t);
    const april = await board(citra, '?period=month&periodKey=2026-04');
    expect(april).toMatchObject({ periodKey: '2026-04', startsAt: '2026-03-31T17:00:00.000Z', endsAt: '2026-04-30T17:00:00.000Z', me: { rank: 1, points: 9 } });
    expect(ranks(april)).toEqual([['Citra Lestari', 1, 9]]);
    expect((await board(citra, '?period=month&periodKey=2026-03')).entries).toEqual([]);
    expect(ranks(await board(citra, '?period=quarter&periodKey=2026-Q2'))).toEqual([['Citra Lestari', 1, 9]]);
    expect((await board(citra, '?period=quarter&periodKey=2026-Q1')).entries).toEqual([]);
  });

  it('leaves people who opted out, or whom an admin excluded, off every board; their points still count for rewards', async () => {
    await budi.patch('/api/v1/me').send({ leaderboardOptOut: true }).expect(200);
    await admin.patch(`/api/v1/users/${ids.citra}`).send({ leaderboardExcluded: true }).expect(200);
    for (const period of ['month', 'quarter', 'all']) {
      expect(ranks(await board(ana, `?period=${period}`))).toEqual([
        ['Ana Wijaya', 1, 30],
        ['Maya Manager', 2, 10],
      ]);
    }
    expect((await board(manager, `?teamId=${teams.Sales}`)).entries.map((e) => e.name)).toEqual(['Ana Wijaya', 'Maya Manager']);
    expect((await board(budi)).me).toEqual({ rank: null, points: 30 });
    expect((await board(citra, '?period=all')).me).toEqual({ rank: null, points: 29 });
    expect((await board(manager, '?limit=1')).me).toEqual({ rank: 2, points: 10 });
    expect((await budi.get('/api/v1/me/points').expect(200)).body.balance).toBe(30);
    expect((await budi.get('/api/v1/me').expect(200)).body.leaderboardOptOut).toBe(true);

    await budi.patch('/api/v1/me').send({ leaderboardOptOut: false }).expect(200);
    await admin.patch(`/api/v1/users/${ids.citra}`).send({ leaderboardExcluded: false }).expect(200);
    expect(ranks(await board(ana))).toEqual([
      ['Ana Wijaya', 1, 30],
      ['Budi Santoso', 1, 30],
      ['Citra Lestari', 3, 20],
      ['Maya Manager', 4, 10],
    ]);
  });

  it('shows team boards to the team’s manager and admins; employees see boards only when the admin allows it', async () => {
    const sales = await board(manager, `?teamId=${teams.Sales}`);
    expect(ranks(sales)).toEqual([
      ['Ana Wijaya', 1, 30],
      ['Budi Santoso', 1, 30],
      ['Maya Manager', 3, 10],
    ]);
    expect(sales.me).toEqual({ rank: 3, points: 10 });
    expect((await board(admin, `?teamId=${teams.Engineering}`)).entries.map((e) => e.name)).toEqual(['Citra Lestari']);
    const notHers = await manager.get(`/api/v1/leaderboards?teamId=${teams.Engineering}`).expect(403);
    expect(notHers.body.message).toMatch(/Engineering/);
    expect((await board(ana, `?teamId=${teams.Sales}&limit=1`)).me).toEqual({ rank: 1, points: 30 });
    await citra.get(`/api/v1/leaderboards?teamId=${teams.Sales}`).expect(403);

    await admin.patch('/api/v1/organization').send({ employeesSeeLeaderboard: false }).expect(200);
    const hidden = await ana.get('/api/v1/leaderboards').expect(403);
    expect(hidden.body.message).toMatch(/managers and admins/);
    await ana.get(`/api/v1/leaderboards?teamId=${teams.Sales}`).expect(403);
    await board(manager);
    await board(manager, `?teamId=${teams.Sales}`);
    await board(admin);
    await admin.patch('/api/v1/organization').send({ employeesSeeLeaderboard: true }).expect(200);
    await board(ana);
  });

  it('answers bad input with a 400 naming the field, and another organisation’s team with 404', async () => {
    const cases: [string, RegExp][] = [
      ['?period=year', /^period must be one of all, month, quarter$/],
      ['?limit=0', /^limit must be a whole number from 1 to 100$/],
      ['?limit=101', /^limit must be a whole number from 1 to 100$/],
      ['?limit=ten', /^limit must be a whole number/],
      ['?teamId=sales', /^teamId must be a team id \(UUID\)$/],
      ['?periodKey=April', /^periodKey must be a month such as 2026-04 or a quarter/],
      ['?period=quarter&periodKey=2026-04', /^periodKey must be a quarter such as 2026-Q2 when period is quarter$/],
      ['?period=all&periodKey=2026-04', /^periodKey applies to period=month or period=quarter only$/],
      ['?colour=red', /^property colour should not exist$/],
    ];
    for (const [query, message] of cases) {
      const response = await ana.get(`/api/v1/leaderboards${query}`).expect(400);
      expect([query, [response.body.message].flat().join(' ')]).toEqual([query, expect.stringMatching(message)]);
    }
    await ana.get('/api/v1/me/points?limit=0').expect(400);
    await t.http.get('/api/v1/leaderboards').expect(401);

    const { admin: outsider } = await t.otherOrganization('Board Co', { email: 'root@board.test', name: 'Board Root', password: 'board-co-password' });
    const theirTeam = (await outsider.post('/api/v1/teams').send({ name: 'Board Sales' }).expect(201)).body.id as string;
    const notFound = await admin.get(`/api/v1/leaderboards?teamId=${theirTeam}`).expect(404);
    expect(notFound.body.message).toBe('Team not found.');
    await outsider.get(`/api/v1/leaderboards?teamId=${teams.Sales}`).expect(404);
    const theirs = await outsider.get('/api/v1/leaderboards?period=all').expect(200);
    expect(theirs.body.entries).toEqual([]);
  });

  it('shows the caller’s balance, totals and recent point events, and their badges', async () => {
    const mine = (await ana.get('/api/v1/me/points').expect(200)).body;
    expect(mine).toMatchObject({ balance: 30, totals: { all: 30, month: 30, quarter: 30 }, periodKeys: { month: expect.stringMatching(/^\d{4}-\d{2}$/), quarter: expect.stringMatching(/^\d{4}-Q\d$/) } });
    expect(mine.events).toEqual([
      expect.objectContaining({
        kind: 'share_published',
        description: 'Shared “Thirty” on LinkedIn',
        points: 30,
        shareId: expect.any(String),
        detail: expect.objectContaining({ postTitle: 'Thirty', network: 'linkedin' }),
      }),
    ]);
    const badges = (await ana.get('/api/v1/me/badges').expect(200)).body as { code: string; awardedAt: string | null }[];
    expect(badges.map((b) => b.code)).toEqual(['first_share', 'ten_shares', 'four_week_streak', 'monthly_top_10']);
    expect(badges[0].awardedAt).toEqual(expect.any(String));
    expect(badges.slice(1).every((b) => b.awardedAt === null)).toBe(true);
    const none = (await admin.get('/api/v1/me/badges').expect(200)).body as { awardedAt: string | null }[];
    expect(none.every((b) => b.awardedAt === null)).toBe(true);
  });

  it('lets everyone read the points rules and only admins change them; changes apply to later points', async () => {
    const rules = (await ana.get('/api/v1/points-rules').expect(200)).body;
    expect(rules).toEqual({
      sharePublished: 10,
      ownCommentaryBonus: 5,
      perClick: 1,
      clickDailyCapPerShare: 20,
      perEngagement: 2,
      engagementDailyCapPerShare: 20,
      contestPrizePoints: [100, 50, 25],
      updatedAt: null,
    });
    const refused = await ana.patch('/api/v1/points-rules').send({ sharePublished: 1000 }).expect(403);
    expect(refused.body.message).toMatch(/admin/);
    const bad = await admin.patch('/api/v1/points-rules').send({ perClick: -1, sharePublished: 'ten', contestPrizePoints: [100, 'x'], bonus: 1 }).expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'property bonus should not exist',
        'perClick must not be negative',
        'sharePublished must be a whole number of points',
        'each value in contestPrizePoints must be a whole number of points',
      ]),
    );
    const changed = (await admin.patch('/api/v1/points-rules').send({ sharePublished: 12, ownCommentaryBonus: 0 }).expect(200)).body;
    expect(changed).toMatchObject({ sharePublished: 12, ownCommentaryBonus: 0, perClick: 1, updatedAt: expect.any(String) });
    expect((await ana.get('/api/v1/points-rules').expect(200)).body).toEqual(changed);

    const post = await pointsPost(t, 'Rule of twelve', null);
    await publishedShare(t, { email: 'ana@demo.chorus', postId: post.id, commentary: 'My own words on why our rule of twelve matters to customers in Surabaya.' });
    await awardPendingPoints(t);
    const after = (await ana.get('/api/v1/me/points').expect(200)).body;
    expect(after.balance).toBe(42);
    expect(after.events[0]).toMatchObject({ kind: 'share_published', points: 12 });
  });
});
