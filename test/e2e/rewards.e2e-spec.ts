import { PointBalance, PointEvent, Reward } from '@chorus/gamification';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { Http, setupTestApp } from '../support/test-app';

describe(`rewards and redemptions (${process.env.CHORUS_TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  const t = setupTestApp();
  let admin: Http;
  let ana: Http;
  let budi: Http;
  let citra: Http;
  let manager: Http;
  let ids: Record<string, string>;

  beforeAll(async () => {
    [admin, ana, budi, citra, manager] = await t.asDemo('admin', 'ana', 'budi', 'citra', 'manager');
    ids = await t.userIds();
    // Ana has 30 points; Budi, Citra and Maya 100 each.
    const [thirty, hundred] = await Promise.all([pointsPost(t, 'Worth thirty', 30), pointsPost(t, 'Worth a hundred', 100)]);
    await publishedShare(t, { email: 'ana@demo.chorus', postId: thirty.id });
    for (const email of ['budi@demo.chorus', 'citra@demo.chorus', 'manager@demo.chorus']) await publishedShare(t, { email, postId: hundred.id });
    await awardPendingPoints(t);
  });

  async function balance(userId: string): Promise<number> {
    return (await t.dataSource.getRepository(PointBalance).findOneBy({ userId }))?.balance ?? 0;
  }

  async function ledgerSum(userId: string): Promise<number> {
    return (await t.dataSource.getRepository(PointEvent).findBy({ userId })).reduce((sum, e) => sum + e.points, 0);
  }

  it('offers the demo catalogue; admins manage it, others only read what is active', async () => {
    const offered = (await ana.get('/api/v1/rewards').expect(200)).body as { name: string; cost: number; stock: number | null }[];
    expect(offered.map((r) => [r.name, r.cost, r.stock])).toEqual([
      ['Coffee voucher', 60, 100],
      ['Company t-shirt', 150, 25],
      ['Extra day off', 1000, 3],
    ]);
    const created = (await admin.post('/api/v1/rewards').send({ name: '  Notebook  ', description: 'A5, dotted', cost: 40 }).expect(201)).body;
    expect(created).toMatchObject({ name: 'Notebook', description: 'A5, dotted', cost: 40, stock: null, active: true });
    const hidden = (await admin.patch(`/api/v1/rewards/${created.id}`).send({ active: false, stock: 2 }).expect(200)).body;
    expect(hidden).toMatchObject({ active: false, stock: 2, cost: 40 });
    expect(((await ana.get('/api/v1/rewards').expect(200)).body as { id: string }[]).map((r) => r.id)).not.toContain(created.id);
    expect(((await admin.get('/api/v1/rewards').expect(200)).body as { id: string }[]).map((r) => r.id)).toContain(created.id);
    const inactive = await budi.post(`/api/v1/rewards/${created.id}/redeem`).expect(409);
    expect(inactive.body.message).toBe('Notebook is no longer offered.');
    await ana.post('/api/v1/rewards').send({ name: 'Free lunch', cost: 1 }).expect(403);
    await ana.patch(`/api/v1/rewards/${created.id}`).send({ cost: 1 }).expect(403);
    await admin.post(`/api/v1/rewards/${created.id}/redeem`).expect(403);
  });

  it('answers bad catalogue input with 400 naming the field', async () => {
    const bad = await admin.post('/api/v1/rewards').send({ name: '', cost: 0, stock: -1, active: 'yes', colour: 'red' }).expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'property colour should not exist',
        'name must not be empty',
        'cost must be at least 1 point',
        'stock must not be negative',
        'active must be true or false',
      ]),
    );
    expect((await admin.post('/api/v1/rewards').send({}).expect(400)).body.message).toEqual(expect.arrayContaining(['name must be a string', 'cost must be a whole number of points']));
    const rewards = (await admin.get('/api/v1/rewards').expect(200)).body as { id: string }[];
    expect((await admin.patch(`/api/v1/rewards/${rewards[0].id}`).send({ cost: 2.5 }).expect(400)).body.message).toEqual(['cost must be a whole number of points']);
    await admin.patch('/api/v1/rewards/not-a-uuid').send({ cost: 2 }).expect(404);
    await admin.patch('/api/v1/rewards/00000000-0000-4000-8000-000000000000').send({ cost: 2 }).expect(404);
  });

  it('20 parallel redemptions of a reward with stock 5 by someone whose balance covers 3: exactly 3 go through', async () => {
    const reward = (await admin.post('/api/v1/rewards').send({ name: 'Sticker pack', cost: 10, stock: 5 }).expect(201)).body as { id: string };
    const responses = await Promise.all(Array.from({ length: 20 }, () => ana.post(`/api/v1/rewards/${reward.id}/redeem`)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 422)).toBe(true);
    expect(responses.find((r) => r.status === 422)!.body.message).toBe('You have 0 point(s); Sticker pack costs 10.');
    expect(await balance(ids.ana)).toBe(0);
    expect(await ledgerSum(ids.ana)).toBe(0);
    expect((await t.dataSource.getRepository(Reward).findOneByOrFail({ id: reward.id })).stock).toBe(2);
    const mine = (await ana.get('/api/v1/me/redemptions').expect(200)).body as { status: string; cost: number; rewardName: string }[];
    expect(mine.filter((r) => r.rewardName === 'Sticker pack')).toHaveLength(3);
    expect((await ana.get('/api/v1/me/points').expect(200)).body).toMatchObject({ balance: 0, totals: { all: 30 } });
  });

  it('20 parallel redemptions by four people of a reward with stock 5: exactly 5 go through, stock ends at 0', async () => {
    const reward = (await admin.post('/api/v1/rewards').send({ name: 'Conference ticket', cost: 15, stock: 5 }).expect(201)).body as { id: string };
    const people = [budi, citra, manager, budi];
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => people[i % 4].post(`/api/v1/rewards/${reward.id}/redeem`)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(5);
    expect(responses.filter((r) => r.status !== 201).map((r) => r.status)).toEqual(Array(15).fill(409));
    expect(responses.find((r) => r.status === 409)!.body.message).toBe('Conference ticket is out of stock.');
    expect((await t.dataSource.getRepository(Reward).findOneByOrFail({ id: reward.id })).stock).toBe(0);
    for (const name of ['budi', 'citra', 'manager']) {
      expect(await balance(ids[name])).toBeGreaterThanOrEqual(0);
      expect(await balance(ids[name])).toBe(await ledgerSum(ids[name]));
    }
    const spent = (await Promise.all(['budi', 'citra', 'manager'].map(async (n) => 100 - (await balance(ids[n]))))).reduce((a, b) => a + b, 0);
    expect(spent).toBe(5 * 15);
  });

  it('admins fulfil or reject redemptions; a rejection refunds the points and the unit, once', async () => {
    const reward = (await admin.post('/api/v1/rewards').send({ name: 'Mug', cost: 20, stock: 3 }).expect(201)).body as { id: string };
    const first = (await budi.post(`/api/v1/rewards/${reward.id}/redeem`).expect(201)).body;
    const second = (await budi.post(`/api/v1/rewards/${reward.id}/redeem`).expect(201)).body;
    expect(first).toMatchObject({ rewardId: reward.id, rewardName: 'Mug', cost: 20, status: 'pending', note: null, user: { id: ids.budi, name: 'Budi Santoso' } });
    const before = await balance(ids.budi);

    const pending = (await admin.get('/api/v1/redemptions?status=pending').expect(200)).body as { id: string; user: { name: string } }[];
    expect(pending.map((r) => r.id)).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(pending.find((r) => r.id === first.id)!.user.name).toBe('Budi Santoso');
    await budi.get('/api/v1/redemptions').expect(403);
    await budi.post(`/api/v1/redemptions/${first.id}/approve`).send({}).expect(403);

    expect((await admin.post(`/api/v1/redemptions/${first.id}/approve`).send({ note: 42 }).expect(400)).body.message).toEqual(expect.arrayContaining(['note must be a string']));
    const fulfilled = (await admin.post(`/api/v1/redemptions/${first.id}/approve`).send({ note: 'At the front desk on Friday.' }).expect(200)).body;
    expect(fulfilled).toMatchObject({ status: 'fulfilled', note: 'At the front desk on Friday.', decidedAt: expect.any(String) });
    expect(await balance(ids.budi)).toBe(before);

    const noNote = await admin.post(`/api/v1/redemptions/${second.id}/reject`).send({}).expect(400);
    expect(noNote.body.message).toEqual(expect.arrayContaining(['note must say why the redemption is rejected']));
    const [rejected, again] = await Promise.all([
      admin.post(`/api/v1/redemptions/${second.id}/reject`).send({ note: 'Out of mugs this month, sorry.' }),
      admin.post(`/api/v1/redemptions/${second.id}/reject`).send({ note: 'Out of mugs this month, sorry.' }),
    ]);
    expect([rejected.status, again.status].sort()).toEqual([200, 409]);
    expect([rejected, again].find((r) => r.status === 409)!.body.message).toBe('This redemption is already rejected.');
    expect(await balance(ids.budi)).toBe(before + 20);
    expect(await balance(ids.budi)).toBe(await ledgerSum(ids.budi));
    expect((await t.dataSource.getRepository(Reward).findOneByOrFail({ id: reward.id })).stock).toBe(2);
    const refunds = await t.dataSource.getRepository(PointEvent).findBy({ userId: ids.budi, kind: 'redemption_refund' });
    expect(refunds.map((e) => [e.points, e.source])).toEqual([[20, `redemption:${second.id}`]]);
    // The earned totals (leaderboards) are not touched by spending or refunds.
    expect((await budi.get('/api/v1/me/points').expect(200)).body.totals.all).toBe(100);

    await admin.post(`/api/v1/redemptions/${first.id}/reject`).send({ note: 'Changed my mind' }).expect(409);
    await admin.post(`/api/v1/redemptions/${second.id}/approve`).send({}).expect(409);
    const notes = (await budi.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; code: string }[];
    expect(notes.filter((n) => n.kind === 'redemption.decided').map((n) => n.code)).toEqual(expect.arrayContaining(['notification.redemptionFulfilled', 'notification.redemptionRejected']));
    expect(((await admin.get('/api/v1/redemptions?status=rejected').expect(200)).body as { id: string }[]).map((r) => r.id)).toContain(second.id);
    expect((await admin.get('/api/v1/redemptions?status=lost').expect(400)).body.message).toEqual(['status must be one of pending, fulfilled, rejected']);
  });

  it('keeps each organisation’s catalogue and redemptions to itself', async () => {
    const { admin: outsider } = await t.otherOrganization('Rewards Co', { email: 'root@rewards.test', name: 'Rewards Root', password: 'rewards-co-password' });
    const demoRewards = (await admin.get('/api/v1/rewards').expect(200)).body as { id: string }[];
    const demoRedemptions = (await admin.get('/api/v1/redemptions').expect(200)).body as { id: string }[];
    expect((await outsider.get('/api/v1/rewards').expect(200)).body).toEqual([]);
    expect((await outsider.get('/api/v1/redemptions').expect(200)).body).toEqual([]);
    await outsider.patch(`/api/v1/rewards/${demoRewards[0].id}`).send({ cost: 1 }).expect(404);
    await outsider.post(`/api/v1/rewards/${demoRewards[0].id}/redeem`).expect(404);
    await outsider.post(`/api/v1/redemptions/${demoRedemptions[0].id}/approve`).send({}).expect(404);
    await outsider.post(`/api/v1/redemptions/${demoRedemptions[0].id}/reject`).send({ note: 'no' }).expect(404);
    const theirs = (await outsider.post('/api/v1/rewards').send({ name: 'Their thing', cost: 5 }).expect(201)).body as { id: string };
    await budi.post(`/api/v1/rewards/${theirs.id}/redeem`).expect(404);
    await admin.patch(`/api/v1/rewards/${theirs.id}`).send({ cost: 1 }).expect(404);
  });
});
