import { OrganizationsService, Role, User } from '@chorus/identity';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { connectLinkedIn } from '../support/connections';
import { TestApp } from '../support/test-app';

describe('content: link previews, campaigns, disclosure and tenants', () => {
  let t: TestApp;
  let page: Server;
  let pageUrl: string;

  beforeAll(async () => {
    page = createServer((req, res) => {
      if (req.url === '/news') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>Fallback</title><meta property="og:title" content="Kantor baru di Surabaya"><meta property="og:description" content="Our third office &amp; counting"><meta property="og:image" content="/img/office.jpg"></head><body></body></html>');
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    t = await TestApp.start({ LINK_PREVIEW_ALLOWED_HOSTS: '127.0.0.1' });
  });

  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => page.close(resolve));
  });

  it('refuses http images, which browsers block on Chorus pages, naming the field; https ones are kept', async () => {
    const curator = await t.as('curator@demo.chorus');
    const refused = await curator.post('/api/v1/posts').send({ title: 'Office', suggestedCommentary: 'Look.', imageUrl: 'http://example.com/office.jpg' }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'imageUrl', code: 'validation.httpsImage' })]);
    const kept = await curator.post('/api/v1/posts').send({ title: 'Office', suggestedCommentary: 'Look.', imageUrl: 'https://example.com/office.jpg' }).expect(201);
    expect(kept.body.imageUrl).toBe('https://example.com/office.jpg');
    await curator.patch(`/api/v1/posts/${kept.body.id}`).send({ imageUrl: 'http://example.com/office.jpg' }).expect(400);
    expect((await curator.get(`/api/v1/posts/${kept.body.id}`).expect(200)).body.imageUrl).toBe('https://example.com/office.jpg');
  });

  it('prefills a post from its page, and explains what it cannot fetch', async () => {
    const curator = await t.as('curator@demo.chorus');
    const preview = await curator.post('/api/v1/link-preview').send({ url: `${pageUrl}/news` }).expect(200);
    expect(preview.body).toEqual({
      url: `${pageUrl}/news`,
      title: 'Kantor baru di Surabaya',
      description: 'Our third office & counting',
      imageUrl: `${pageUrl}/img/office.jpg`,
      siteName: null,
    });
    const missing = await curator.post('/api/v1/link-preview').send({ url: `${pageUrl}/gone` }).expect(422);
    expect(missing.body.message).toMatch(/404/);
    const scheme = await curator.post('/api/v1/link-preview').send({ url: 'file:///etc/passwd' }).expect(422);
    expect(scheme.body.message).toMatch(/Only http and https/);
    const privateAddress = await curator.post('/api/v1/link-preview').send({ url: 'http://10.1.2.3/' }).expect(422);
    expect(privateAddress.body.message).toMatch(/private or local network/);
    await (await t.as('ana@demo.chorus')).post('/api/v1/link-preview').send({ url: `${pageUrl}/news` }).expect(403);
    await curator.post('/api/v1/link-preview').send({}).expect(400);
  });

  it('groups posts in campaigns with a points multiplier', async () => {
    const curator = await t.as('curator@demo.chorus');
    const campaign = await curator.post('/api/v1/campaigns').send({ name: 'Recruiting Q1', goal: 'recruiting', pointsMultiplier: 1.5 }).expect(201);
    expect(campaign.body).toMatchObject({ name: 'Recruiting Q1', goal: 'recruiting', pointsMultiplier: 1.5 });
    const post = await curator.post('/api/v1/posts').send({ title: 'We are hiring', suggestedCommentary: 'Join us', campaignId: campaign.body.id }).expect(201);
    expect(post.body.campaignId).toBe(campaign.body.id);
    const bad = await curator.post('/api/v1/posts').send({ title: 'x', suggestedCommentary: 'y', campaignId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(bad.body.message).toMatch(/^campaignId: no campaign/);
    const badCampaign = await curator.post('/api/v1/campaigns').send({ name: '', pointsMultiplier: 99, goal: 'fame' }).expect(400);
    expect(badCampaign.body.message).toEqual(expect.arrayContaining(['name should not be empty', 'pointsMultiplier must not be greater than 10']));
    expect((await curator.get('/api/v1/campaigns').expect(200)).body).toHaveLength(1);
  });

  it('archives a post: it leaves the feed and cannot be shared or edited', async () => {
    const curator = await t.as('curator@demo.chorus');
    const ana = await t.as('ana@demo.chorus');
    const post = await curator.post('/api/v1/posts').send({ title: 'Withdrawn news', suggestedCommentary: 'Soon' }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    expect(((await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as { id: string }[]).map((p) => p.id)).toContain(post.body.id);
    await curator.post(`/api/v1/posts/${post.body.id}/archive`).expect(200);
    expect(((await ana.get('/api/v1/feed?limit=50').expect(200)).body.items as { id: string }[]).map((p) => p.id)).not.toContain(post.body.id);
    const connection = await connectLinkedIn(t, 'ana@demo.chorus');
    await ana.post('/api/v1/shares').send({ postId: post.body.id, connectionId: connection.id, commentary: 'Too late' }).expect(400);
    const edit = await curator.patch(`/api/v1/posts/${post.body.id}`).send({ title: 'Again' }).expect(409);
    expect(edit.body.message).toMatch(/archived/);
  });

  it('requires the disclosure in the employee\'s own text when the organisation says so', async () => {
    const admin = await t.as('admin@demo.chorus');
    const ana = await t.as('ana@demo.chorus');
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    await admin.patch('/api/v1/organization').send({ requiredDisclosure: '#ad', disclosureMode: 'require' }).expect(200);
    try {
      const feed = (await ana.get('/api/v1/feed').expect(200)).body.items as { id: string; title: string }[];
      const postId = feed.find((p) => p.title === 'We are hiring: account executives in Jakarta')!.id;
      const connection = await connectLinkedIn(t, 'ana@demo.chorus');
      const without = await ana.post('/api/v1/shares').send({ postId, connectionId: connection.id, commentary: 'My team is hiring in Jakarta, come work with me.' }).expect(201);
      expect(without.body.preview.text).toBe('My team is hiring in Jakarta, come work with me.');
      const refused = await ana.post(`/api/v1/shares/${without.body.id}/approve`).expect(422);
      expect(refused.body.message).toMatch(/#ad/);
      await ana.patch(`/api/v1/shares/${without.body.id}`).send({ commentary: 'My team is hiring in Jakarta, come work with me. #ad' }).expect(200);
      await ana.post(`/api/v1/shares/${without.body.id}/approve`).expect(200);
    } finally {
      await admin.patch('/api/v1/organization').send({ requiredDisclosure: '#employee', disclosureMode: 'append' }).expect(200);
    }
  });

  it('names the compliance rule and the matched words when it blocks', async () => {
    const admin = await t.as('admin@demo.chorus');
    const ana = await t.as('ana@demo.chorus');
    await admin.post('/api/v1/compliance-rules').send({ pattern: 'project falcon', category: 'confidential', action: 'block' }).expect(201);
    const feed = (await ana.get('/api/v1/feed').expect(200)).body.items as { id: string }[];
    const connection = await connectLinkedIn(t, 'ana@demo.chorus');
    const share = await ana.post('/api/v1/shares').send({ postId: feed[0].id, connectionId: connection.id, commentary: 'Cannot wait for Project   Falcon to launch!' }).expect(201);
    const refused = await ana.post(`/api/v1/shares/${share.body.id}/approve`).expect(422);
    expect(refused.body.message).toMatch(/project falcon/i);
    expect(refused.body.message).toMatch(/confidential/);
    const rules = (await admin.get('/api/v1/compliance-rules').expect(200)).body as { id: string; pattern: string }[];
    expect(rules.length).toBeGreaterThan(5);
    await admin.delete(`/api/v1/compliance-rules/${rules.find((r) => r.pattern === 'project falcon')!.id}`).expect(204);
    await ana.post(`/api/v1/shares/${share.body.id}/approve`).expect(200);
  });

  it('keeps every organisation\'s content to itself', async () => {
    const created = await t.app.get(OrganizationsService).create({ name: 'Other Co', admin: { email: 'boss@other.test', name: 'Boss' } });
    await t.dataSource.getRepository(User).update({ id: created.admin.id }, { roles: [Role.Admin, Role.Curator, Role.Employee] });
    const token = new URL(created.inviteUrl).searchParams.get('token')!;
    await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'other-company-pass' }).expect(200);
    await t.tokenFor('boss@other.test', 'other-company-pass');
    const other = await t.as('boss@other.test');

    const curator = await t.as('curator@demo.chorus');
    const mine = (await curator.get('/api/v1/posts').expect(200)).body as { id: string }[];
    await other.get(`/api/v1/posts/${mine[0].id}`).expect(404);
    await other.patch(`/api/v1/posts/${mine[0].id}`).send({ title: 'x' }).expect(404);
    await other.post(`/api/v1/posts/${mine[0].id}/publish`).expect(404);
    expect((await other.get('/api/v1/posts').expect(200)).body).toEqual([]);
    expect((await other.get('/api/v1/feed').expect(200)).body.items).toEqual([]);
    expect((await other.get('/api/v1/audit-log').expect(200)).body).toEqual([]);
    expect((await other.get('/api/v1/reviews').expect(403)).body.message).toMatch(/reviewer/);
    const otherRules = (await other.get('/api/v1/compliance-rules').expect(200)).body as { id: string }[];
    const demoRules = (await (await t.as('admin@demo.chorus')).get('/api/v1/compliance-rules').expect(200)).body as { id: string }[];
    expect(otherRules.length).toBeGreaterThan(0);
    expect(otherRules.some((r) => demoRules.some((d) => d.id === r.id))).toBe(false);
    await other.delete(`/api/v1/compliance-rules/${demoRules[0].id}`).expect(404);
    const ana = await t.as('ana@demo.chorus');
    const shares = (await ana.get('/api/v1/shares').expect(200)).body as { id: string }[];
    await other.get(`/api/v1/shares/${shares[0].id}`).expect(404);
    await other.post(`/api/v1/reviews/${shares[0].id}/approve`).send({}).expect(403);
  });
});
