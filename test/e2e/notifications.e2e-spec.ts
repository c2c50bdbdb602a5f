import { OutboxEvent, OutboxRelay } from '@chorus/db';
import { ContestsService } from '@chorus/gamification';
import { OrganizationsService, User } from '@chorus/identity';
import { Notification, NOTIFICATION_CREATED } from '@chorus/notifications';
import { DateTime } from 'luxon';
import { connectLinkedIn } from '../support/connections';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { TestApp } from '../support/test-app';

type Http = Awaited<ReturnType<TestApp['as']>>;
interface Item {
  id: string;
  kind: string;
  code: string | null;
  params: Record<string, string | number>;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}
interface List {
  items: Item[];
  unreadCount: number;
  nextCursor: string | null;
}

const PEOPLE = ['admin', 'curator', 'manager', 'ana', 'budi', 'citra'] as const;
type Person = (typeof PEOPLE)[number] | 'outsider';

describe(`the notification centre (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  let t: TestApp;
  let http: Record<Person, Http>;
  let teams: Record<string, string>;

  beforeAll(async () => {
    t = await TestApp.start();
    const created = await t.app.get(OrganizationsService).create({ name: 'Elsewhere', admin: { email: 'root@elsewhere.test', name: 'Else Root' } });
    await t.http
      .post('/api/v1/auth/accept-invite')
      .send({ token: new URL(created.inviteUrl).searchParams.get('token'), password: 'elsewhere-password' })
      .expect(200);
    await t.tokenFor('root@elsewhere.test', 'elsewhere-password');
    const entries = await Promise.all(PEOPLE.map(async (p) => [p, await t.as(`${p}@demo.chorus`)] as const));
    http = { ...Object.fromEntries(entries), outsider: await t.as('root@elsewhere.test') } as Record<Person, Http>;
    teams = Object.fromEntries(((await http.admin.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[]).map((team) => [team.name, team.id]));
  });
  afterAll(() => t.close());

  /** Runs the outbox relay now, twice: a second run must change nothing. */
  async function relay(): Promise<void> {
    await t.app.get(OutboxRelay).run();
    await t.app.get(OutboxRelay).run();
  }

  async function list(who: Person, query = ''): Promise<List> {
    return (await http[who].get(`/api/v1/me/notifications${query}`).expect(200)).body as List;
  }

  /** Who holds a notification of this kind whose parameters include `params`, and how many each. */
  async function recipients(kind: string, params: Record<string, string | number>): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const who of [...PEOPLE, 'outsider'] as Person[]) {
      const matching = (await list(who, '?limit=100')).items.filter((n) => n.kind === kind && Object.entries(params).every(([k, v]) => n.params[k] === v));
      if (matching.length > 0) counts[who] = matching.length;
    }
    return counts;
  }

  it('tells every active employee of the targeted teams about a featured post, once, with a link to its composer', async () => {
    const created = await http.curator
      .post('/api/v1/posts')
      .send({ title: 'Our new Bandung office', suggestedCommentary: 'We opened in Bandung.', featured: true, teamIds: [teams.Sales] })
      .expect(201);
    await http.curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
    await http.curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
    await relay();

    expect(await recipients('content.featured', { postId: created.body.id })).toEqual({ manager: 1, ana: 1, budi: 1 });
    const [note] = (await list('budi')).items.filter((n) => n.params.postId === created.body.id);
    expect(note).toMatchObject({
      code: 'notification.contentFeatured',
      params: { postTitle: 'Our new Bandung office' },
      title: 'New featured post: Our new Bandung office',
      link: `/feed/${created.body.id}/share`,
      readAt: null,
    });

    // A post that is not featured, or for everyone, is announced only when featured.
    const plain = await http.curator.post('/api/v1/posts').send({ title: 'Plain news', suggestedCommentary: 'Some news.' }).expect(201);
    await http.curator.post(`/api/v1/posts/${plain.body.id}/publish`).expect(200);
    const everyone = await http.curator.post('/api/v1/posts').send({ title: 'For everyone', suggestedCommentary: 'All of us.', featured: true }).expect(201);
    await http.curator.post(`/api/v1/posts/${everyone.body.id}/publish`).expect(200);
    await relay();
    expect(await recipients('content.featured', { postId: plain.body.id })).toEqual({});
    expect(await recipients('content.featured', { postId: everyone.body.id })).toEqual({ manager: 1, ana: 1, budi: 1, citra: 1 });
  });

  it('writes one notification.created event per notification row, in the same transaction', async () => {
    await relay();
    const rows = await t.dataSource.getRepository(Notification).find();
    const events = await t.dataSource.getRepository(OutboxEvent).findBy({ type: NOTIFICATION_CREATED });
    expect(events.map((e) => e.dedupeKey).sort()).toEqual(rows.map((n) => n.id).sort());
    const ana = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'ana@demo.chorus' });
    const one = rows.find((n) => n.userId === ana.id)!;
    expect(events.find((e) => e.dedupeKey === one.id)!.payload).toEqual({ notificationId: one.id, organizationId: ana.organizationId, userId: ana.id, kind: one.kind });
  });

  it('asks every reviewer but the owner to review a flagged share, and tells the owner the decision with the note', async () => {
    const connection = (await connectLinkedIn(t, 'ana@demo.chorus')).id;
    await http.ana.post('/api/v1/policies/current/acknowledge').expect(200);
    await http.admin.post('/api/v1/compliance-rules').send({ pattern: 'rival', category: 'custom', action: 'review' }).expect(201);
    const post = await http.curator.post('/api/v1/posts').send({ title: 'Review me', suggestedCommentary: 'Something.' }).expect(201);
    await http.curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    const share = await http.ana.post('/api/v1/shares').send({ postId: post.body.id, connectionId: connection, commentary: 'We beat our rival again.' }).expect(201);
    await http.ana.post(`/api/v1/shares/${share.body.id}/approve`).expect(200);

    expect(await recipients('review.requested', { shareId: share.body.id })).toEqual({ admin: 1 });
    const [request] = (await list('admin')).items.filter((n) => n.kind === 'review.requested');
    expect(request).toMatchObject({ link: '/reviews', params: { ownerName: 'Ana Wijaya', postTitle: 'Review me' } });

    await http.admin.post(`/api/v1/reviews/${share.body.id}/reject`).send({ note: 'Leave our rivals out of it.' }).expect(200);
    expect(await recipients('review.decided', { shareId: share.body.id })).toEqual({ ana: 1 });
    const [decision] = (await list('ana')).items.filter((n) => n.kind === 'review.decided');
    expect(decision).toMatchObject({
      code: 'notification.reviewRejected',
      params: { note: 'Leave our rivals out of it.', reviewerName: 'Ayu Admin' },
      body: 'Your share of "Review me" was sent back. Reviewer’s note: Leave our rivals out of it.',
      link: `/shares/${share.body.id}`,
    });
  });

  it('announces a contest to the employees it is for when it starts, and tells each winner their place', async () => {
    const today = DateTime.now().setZone('Asia/Jakarta');
    const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
    const team = await http.admin.post('/api/v1/contests').send({ name: 'Engineering sprint', startsOn: day(0), endsOn: day(3), scope: 'team', teamId: teams.Engineering }).expect(201);
    const later = await http.admin.post('/api/v1/contests').send({ name: 'Next week', startsOn: day(7), endsOn: day(9), prizes: [{ title: 'Mug', points: 10 }] }).expect(201);
    await relay();
    expect(await recipients('contest.started', { contestId: team.body.id })).toEqual({ citra: 1 });
    expect(await recipients('contest.started', { contestId: later.body.id })).toEqual({});

    const contests = t.app.get(ContestsService);
    t.clock.advance(8 * 24 * 3600_000);
    try {
      const runs = await Promise.all([contests.announceStarted(), contests.announceStarted()]);
      expect(runs[0] + runs[1]).toBe(1);
      expect(await contests.announceStarted()).toBe(0);
      await relay();
      expect(await recipients('contest.started', { contestId: later.body.id })).toEqual({ manager: 1, ana: 1, budi: 1, citra: 1 });

      // Budi earns points inside the period and wins when it closes.
      const worth = await pointsPost(t, 'Contest fodder', 40);
      await publishedShare(t, { email: 'budi@demo.chorus', postId: worth.id });
      await awardPendingPoints(t);
      t.clock.advance(3 * 24 * 3600_000);
      await contests.closeDue();
      await contests.closeDue();
      await relay();
      expect(await recipients('contest.won', { contestId: later.body.id })).toEqual({ budi: 1 });
      const [won] = (await list('budi')).items.filter((n) => n.kind === 'contest.won');
      expect(won).toMatchObject({ params: { contestName: 'Next week', rank: 1, prize: 'Mug', bonusPoints: 10 }, title: 'You placed #1 in Next week', link: '/points' });
    } finally {
      t.clock.reset();
    }
  });

  it('asks everyone in the organisation but its author to read a new policy version', async () => {
    await http.admin.post('/api/v1/policies').send({ body: '# Policy v2\n\nBe kind.' }).expect(201);
    await relay();
    const version = ((await http.ana.get('/api/v1/policies/current').expect(200)).body as { version: number }).version;
    expect(await recipients('policy.published', { version })).toEqual({ curator: 1, manager: 1, ana: 1, budi: 1, citra: 1 });
    const [note] = (await list('citra')).items.filter((n) => n.kind === 'policy.published');
    expect(note).toMatchObject({ link: '/policy', title: `Read the new social-media policy (version ${version})` });
  });

  it('counts unread ones, filters them, pages newest first, and marks one or all read', async () => {
    const first = await list('budi');
    expect(first.items.length).toBeGreaterThanOrEqual(3);
    expect(first.unreadCount).toBe(first.items.filter((n) => n.readAt === null).length);
    const times = first.items.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const page1 = await list('budi', '?limit=2');
    expect(page1.items.map((n) => n.id)).toEqual(first.items.slice(0, 2).map((n) => n.id));
    const page2 = await list('budi', `?limit=2&cursor=${page1.nextCursor}`);
    expect(page2.items.map((n) => n.id)).toEqual(first.items.slice(2, 4).map((n) => n.id));

    const target = first.items[1];
    await http.budi.post(`/api/v1/me/notifications/${target.id}/read`).expect(204);
    await http.budi.post(`/api/v1/me/notifications/${target.id}/read`).expect(204);
    const after = await list('budi');
    expect(after.unreadCount).toBe(first.unreadCount - 1);
    expect(after.items.find((n) => n.id === target.id)!.readAt).toEqual(expect.any(String));
    const unread = await list('budi', '?unread=true');
    expect(unread.items.map((n) => n.id)).not.toContain(target.id);
    expect(unread.items).toHaveLength(after.unreadCount);

    expect((await http.budi.post('/api/v1/me/notifications/read-all').expect(200)).body).toEqual({ marked: after.unreadCount });
    expect(await list('budi', '?unread=true')).toEqual({ items: [], unreadCount: 0, nextCursor: null });
    // Others' notifications stay unread.
    expect((await list('ana')).unreadCount).toBeGreaterThan(0);
  });

  it("answers 404 for someone else's notification, in the same organisation or another", async () => {
    const anas = (await list('ana')).items[0];
    await http.budi.post(`/api/v1/me/notifications/${anas.id}/read`).expect(404);
    await http.outsider.post(`/api/v1/me/notifications/${anas.id}/read`).expect(404);
    await http.budi.post('/api/v1/me/notifications/not-an-id/read').expect(404);
    expect((await list('ana')).items[0].readAt).toBeNull();
    expect((await list('outsider')).items.map((n) => n.kind)).toEqual(expect.not.arrayContaining(['content.featured', 'policy.published', 'contest.started']));
  });

  it('answers bad list queries with 400 naming the field', async () => {
    expect((await http.ana.get('/api/v1/me/notifications?unread=yes').expect(400)).body.message).toEqual(['unread must be true or false']);
    expect((await http.ana.get('/api/v1/me/notifications?limit=0').expect(400)).body.message).toEqual(['limit must be at least 1']);
    expect((await http.ana.get('/api/v1/me/notifications?cursor=nonsense').expect(400)).body.message).toMatch(/^cursor: /);
  });
});
