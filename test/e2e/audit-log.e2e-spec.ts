import { connectThroughSandbox, setupPublishingApp } from '../support/sandbox';
import { Http } from '../support/test-app';

interface Entry {
  id: string;
  kind: 'share' | 'admin';
  action: string;
  createdAt: string;
  actor: { id: string; name: string } | null;
  shareId: string | null;
  shareOwner: { id: string; name: string } | null;
  targetType: string;
  targetId: string | null;
  targetUser: { id: string; name: string } | null;
  detail: Record<string, unknown> | null;
}

interface Page {
  entries: Entry[];
  nextCursor: string | null;
}

/** The audit log as an admin reads it: share transitions beside admin and security actions, filtered and paged. */
describe('the audit log', () => {
  const { sandbox, t } = setupPublishingApp();
  let admin: Http;
  let ana: Http;
  let anaId: string;
  let shareId: string;

  beforeAll(async () => {
    [admin, ana] = await Promise.all([t.as('admin@demo.chorus'), t.as('ana@demo.chorus')]);
    anaId = (await ana.get('/api/v1/me').expect(200)).body.id as string;

    // Admin and security actions.
    await admin.post('/api/v1/compliance-rules').send({ pattern: 'secret project', category: 'confidential', action: 'block' }).expect(201);
    await admin.post('/api/v1/policies').send({ body: '# Policy v2\nBe kind.' }).expect(201);
    await admin.patch(`/api/v1/users/${anaId}`).send({ roles: ['employee', 'reviewer'] }).expect(200);
    await admin.patch('/api/v1/organization').send({ dailyShareLimit: 5 }).expect(200);
    await admin.patch('/api/v1/points-rules').send({ perClick: 3 }).expect(200);
    await admin.post('/api/v1/users/import').send({ csv: 'email,name,roles,teams\neka@example.co.id,Eka,employee,Imported' }).expect(201);
    await connectThroughSandbox(t, sandbox, 'ana@demo.chorus');

    // A share's transitions.
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    const post = (await (await t.as('curator@demo.chorus')).get('/api/v1/posts').expect(200)).body[0] as { id: string };
    const connectionId = ((await ana.get('/api/v1/connections').expect(200)).body as { id: string }[])[0].id;
    shareId = (await ana.post('/api/v1/shares').send({ postId: post.id, connectionId, commentary: 'Our Surabaya office opens next week, and I am proud of the team that built it.' }).expect(201)).body.id as string;
    await ana.post(`/api/v1/shares/${shareId}/approve`).expect(200);
  });

  async function page(query = ''): Promise<Page> {
    return (await admin.get(`/api/v1/audit-log/events${query}`).expect(200)).body as Page;
  }

  it('records rules, policies, roles, settings, imports, sign-ins and connections beside share transitions, newest first', async () => {
    const { entries } = await page('?limit=200');
    const actions = entries.map((e) => e.action);
    for (const action of ['complianceRule.created', 'policy.published', 'user.rolesChanged', 'organization.updated', 'pointsRules.updated', 'users.imported', 'auth.signedIn', 'connection.connected', 'create', 'approve']) {
      expect(actions).toContain(action);
    }
    const times = entries.map((e) => e.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const roles = entries.find((e) => e.action === 'user.rolesChanged')!;
    expect(roles).toMatchObject({ kind: 'admin', actor: { name: 'Ayu Admin' }, targetType: 'user', targetUser: { id: anaId, name: 'Ana Wijaya' }, detail: { fromRoles: ['employee'], toRoles: ['employee', 'reviewer'] } });
    expect(entries.find((e) => e.action === 'organization.updated')!.detail).toEqual({ dailyShareLimit: { from: 3, to: 5 } });
    expect(entries.find((e) => e.action === 'pointsRules.updated')!.detail).toMatchObject({ perClick: { to: 3 } });
    expect(entries.find((e) => e.action === 'approve')).toMatchObject({ kind: 'share', shareId, shareOwner: { name: 'Ana Wijaya' }, actor: { name: 'Ana Wijaya' } });
    expect(entries.find((e) => e.action === 'connection.connected')).toMatchObject({ actor: { id: anaId }, detail: { network: 'linkedin', reconnected: false } });
    // No token, password or secret ever reaches the log.
    expect(JSON.stringify(entries)).not.toMatch(/token|password|chorus-demo/i);
  });

  it('filters by share, person, action and time', async () => {
    const ofShare = await page(`?shareId=${shareId}`);
    expect(ofShare.entries.map((e) => e.action)).toEqual(['approve', 'create']);

    const aboutAna = (await page(`?userId=${anaId}&limit=200`)).entries;
    expect(aboutAna.every((e) => e.actor?.id === anaId || e.targetUser?.id === anaId || e.shareOwner?.id === anaId)).toBe(true);
    expect(aboutAna.map((e) => e.action)).toEqual(expect.arrayContaining(['user.rolesChanged', 'connection.connected', 'approve']));

    const policies = (await page('?action=policy.published')).entries;
    expect(policies).toHaveLength(1);
    const future = new Date(t.clock.now().getTime() + 3600_000).toISOString();
    expect((await page(`?from=${encodeURIComponent(future)}`)).entries).toEqual([]);
    expect((await page(`?to=${encodeURIComponent(future)}&action=approve`)).entries).toHaveLength(1);
  });

  it('pages with a cursor through everything exactly once', async () => {
    const all = (await page('?limit=200')).entries.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: Page = await page(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(next.entries.length).toBeLessThanOrEqual(3);
      seen.push(...next.entries.map((e) => e.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it('refuses bad filters with the field named, and people who may not read it', async () => {
    const bad = await admin.get('/api/v1/audit-log/events?limit=0&userId=nope&from=yesterday&cursor=xyz').expect(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['limit', 'userId', 'from']));
    const cursor = await admin.get('/api/v1/audit-log/events?cursor=bm90LWpzb24').expect(400);
    expect(cursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'audit.invalidCursor' })]);
    await (await t.as('budi@demo.chorus')).get('/api/v1/audit-log/events').expect(403);
    // The first shape of the audit log still answers, share transitions only.
    const old = (await admin.get(`/api/v1/audit-log?shareId=${shareId}`).expect(200)).body as { action: string }[];
    expect(old.map((e) => e.action)).toEqual(['approve', 'create']);
  });
});
