import { OutboxEvent } from '@chorus/db';
import { PointEvent } from '@chorus/gamification';
import { Share } from '@chorus/shares';
import { setupPublishingApp } from '../support/sandbox';
import { connectEmployee } from '../support/publishing';
import { eventually, Http } from '../support/test-app';

interface MyPoints {
  balance: number;
  totals: { all: number; month: number; quarter: number };
  events: { kind: string; points: number; shareId: string | null }[];
}

/** Points follow the real publish path: the publisher, the LinkedIn sandbox, the outbox and the worker's tick. */
describe('points for shares published through the LinkedIn sandbox', () => {
  const { sandbox, t } = setupPublishingApp();
  let ana: Http;
  let curator: Http;
  let connectionId: string;

  beforeAll(async () => {
    [ana, curator] = await Promise.all([t.as('ana@demo.chorus'), t.as('curator@demo.chorus')]);
    connectionId = await connectEmployee(t, sandbox, ana, 'ana@demo.chorus');
  });

  async function post(title: string, points?: number): Promise<string> {
    const created = await curator.post('/api/v1/posts').send({ title, url: `https://example.com/${title.length}`, suggestedCommentary: 'Our Q3 results are out.', points }).expect(201);
    await curator.post(`/api/v1/posts/${created.body.id}/publish`).expect(200);
    return created.body.id as string;
  }

  async function myPoints(): Promise<MyPoints> {
    return (await ana.get('/api/v1/me/points').expect(200)).body as MyPoints;
  }

  async function shareStatus(id: string): Promise<string> {
    return ((await ana.get(`/api/v1/shares/${id}`).expect(200)).body as { status: string }).status;
  }

  it('earns the post’s points and the own-words bonus once the share is published, not before', async () => {
    const postId = await post('Q3 results', 25);
    const commentary = 'Great quarter for our team in Surabaya: the new customers in East Java made it happen.';
    const draft = await ana.post('/api/v1/shares').send({ postId, connectionId, commentary }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    // Drafting and approving earn nothing.
    expect(await myPoints()).toMatchObject({ balance: 0, events: [] });

    await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);
    expect(await eventually(() => shareStatus(draft.body.id), (s) => s === 'published', 15_000)).toBe('published');
    const points = await eventually(myPoints, (p) => p.balance > 0, 15_000);
    expect(points.balance).toBe(30);
    expect(points.totals).toEqual({ all: 30, month: 30, quarter: 30 });
    expect(points.events.map((e) => [e.kind, e.points, e.shareId]).sort()).toEqual([
      ['own_commentary', 5, draft.body.id],
      ['share_published', 25, draft.body.id],
    ]);
    const board = (await ana.get('/api/v1/leaderboards').expect(200)).body;
    expect(board.me).toEqual({ rank: 1, points: 30 });
    const badges = (await ana.get('/api/v1/me/badges').expect(200)).body as { code: string; awardedAt: string | null }[];
    expect(badges.find((b) => b.code === 'first_share')!.awardedAt).toEqual(expect.any(String));
    // The event was consumed once; nothing is left pending.
    const events = await t.dataSource.getRepository(OutboxEvent).findBy({ dedupeKey: draft.body.id });
    expect(events).toHaveLength(1);
    expect(events[0].consumedAt).toEqual(expect.any(Date));
  });

  it('gives nothing for a share that failed to publish or was cancelled', async () => {
    const failing = await ana.post('/api/v1/shares').send({ postId: await post('Failing', 40), connectionId, commentary: 'What I really approved, in my own words this time.' }).expect(201);
    await ana.post(`/api/v1/shares/${failing.body.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${failing.body.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);
    // Rewritten behind the owner's back: the publisher refuses it, so the share fails.
    await t.dataSource.getRepository(Share).update({ id: failing.body.id }, { finalText: 'Something the owner never approved. #employee' });

    const cancelled = await ana.post('/api/v1/shares').send({ postId: await post('Cancelled', 40), connectionId, commentary: 'I will think about this one again later.' }).expect(201);
    await ana.post(`/api/v1/shares/${cancelled.body.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${cancelled.body.id}/schedule`).send({ at: new Date(Date.now() + 3600_000).toISOString() }).expect(200);
    await ana.post(`/api/v1/shares/${cancelled.body.id}/cancel`).expect(200);

    expect(await eventually(() => shareStatus(failing.body.id), (s) => s === 'failed', 15_000)).toBe('failed');
    // Two more ticks of the points consumer, then look.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    for (const id of [failing.body.id, cancelled.body.id]) {
      expect(await t.dataSource.getRepository(PointEvent).countBy({ shareId: id })).toBe(0);
      expect(await t.dataSource.getRepository(OutboxEvent).countBy({ dedupeKey: id })).toBe(0);
    }
    expect((await myPoints()).balance).toBe(30);
  });
});
