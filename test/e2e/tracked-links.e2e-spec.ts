import { OutboxRelay } from '@chorus/db';
import { approvalHash, ClickRecorder, ClickSalt, LinkClick } from '@chorus/shares';
import { connectEmployee, publishPost as postFor } from '../support/publishing';
import { setupPublishingApp } from '../support/sandbox';
import { eventually, Http } from '../support/test-app';
import { TEST_APP_URL } from '../support/test-env';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const LINKEDIN_PREVIEW = 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)';

interface ShareAnswer {
  id: string;
  status: string;
  connectionId: string;
  network: string;
  trackedUrl: string | null;
  destinationUrl: string | null;
  clicks: number;
  approvedHash: string | null;
  externalId: string | null;
  preview: { text: string; link: string | null };
}

/** Tracked links as a visitor, the owner and LinkedIn meet them: what is posted, where it leads, what is counted. */
describe('tracked links', () => {
  const { sandbox, t } = setupPublishingApp({ TRUST_PROXY: 'loopback' });
  let ana: Http;
  let curator: Http;
  let connectionId: string;
  let jobsPostId: string;

  beforeAll(async () => {
    // As behind the operator's proxy: X-Forwarded-For tells each visitor's address.
    [ana, curator] = await Promise.all([t.as('ana@demo.chorus'), t.as('curator@demo.chorus')]);
    connectionId = await connectEmployee(t, sandbox, ana, 'ana@demo.chorus');
    const campaign = await curator.post('/api/v1/campaigns').send({ name: 'Q3 Hiring — Surabaya' }).expect(201);
    jobsPostId = await publishPost({ title: 'Data engineers wanted', url: 'https://example.com/jobs?team=data&city=Surabaya#apply', campaignId: campaign.body.id });
  });

  const publishPost = (fields: Record<string, unknown>) => postFor(curator, fields);

  async function draft(postId: string, commentary = 'We are hiring in Surabaya.'): Promise<ShareAnswer> {
    return (await ana.post('/api/v1/shares').send({ postId, connectionId, commentary }).expect(201)).body as ShareAnswer;
  }

  async function shareOf(id: string): Promise<ShareAnswer> {
    return (await ana.get(`/api/v1/shares/${id}`).expect(200)).body as ShareAnswer;
  }

  function codeOf(share: ShareAnswer): string {
    return share.trackedUrl!.split('/r/')[1];
  }

  function visit(code: string, userAgent: string | null, address = '203.0.113.7') {
    const request = t.http.get(`/r/${code}`).set('X-Forwarded-For', address);
    return userAgent === null ? request : request.set('User-Agent', userAgent);
  }

  async function countedClicks(): Promise<number> {
    await t.app.get(ClickRecorder).flush();
    return t.dataSource.getRepository(LinkClick).count();
  }

  it('gives a share with a link its own short link, leading on to the content with UTM parameters', async () => {
    const share = await draft(jobsPostId);
    expect(share.trackedUrl).toMatch(new RegExp(`^${TEST_APP_URL}/r/[0-9A-Za-z]{10}$`));
    expect(share.preview.link).toBe(share.trackedUrl);
    // The content's own query and fragment stay; the campaign names utm_campaign; the share's code is utm_content.
    expect(share.destinationUrl).toBe(
      `https://example.com/jobs?team=data&city=Surabaya&utm_source=linkedin&utm_medium=employee_advocacy&utm_campaign=q3-hiring-surabaya&utm_content=${codeOf(share)}#apply`,
    );
    const other = await draft(jobsPostId, 'A second share of the same post.');
    expect(codeOf(other)).not.toBe(codeOf(share));
  });

  it('never replaces the UTM values a curator wrote, and names the post when it has no campaign', async () => {
    const postId = await publishPost({ title: 'Spring Newsletter!', url: 'https://example.com/news?utm_campaign=spring-2027' });
    const share = await draft(postId);
    expect(share.destinationUrl).toBe(`https://example.com/news?utm_campaign=spring-2027&utm_source=linkedin&utm_medium=employee_advocacy&utm_content=${codeOf(share)}`);
    const untitled = await publishPost({ title: 'Café Ñandú opens', url: 'https://example.com/cafe' });
    expect((await draft(untitled)).destinationUrl).toContain('utm_campaign=cafe-nandu-opens');
  });

  it('leaves a share without a link untracked', async () => {
    const postId = await publishPost({ title: 'Just words' });
    const share = await draft(postId);
    expect(share).toMatchObject({ trackedUrl: null, destinationUrl: null, clicks: 0, preview: expect.objectContaining({ link: null }) });
  });

  it('approves and posts the tracked link: the approval hash covers it and LinkedIn receives it', async () => {
    const share = await draft(jobsPostId, 'Join our data team in Surabaya.');
    const approved = (await ana.post(`/api/v1/shares/${share.id}/approve`).expect(200)).body as ShareAnswer;
    expect(approved.approvedHash).toBe(approvalHash({ network: 'linkedin', connectionId, text: approved.preview.text, link: share.trackedUrl }));
    await ana.post(`/api/v1/shares/${share.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);
    const published = await eventually(() => shareOf(share.id), (s) => s.status === 'published', 15_000);
    const posts = (await (await fetch(`${sandbox.url}/__sandbox/posts`)).json()) as { id: string; article?: { source: string } }[];
    expect(posts.find((p) => p.id === published.externalId)?.article?.source).toBe(share.trackedUrl);
  });

  it('redirects every visit, and counts people once per 30 minutes, never bots, previews or HEAD', async () => {
    const share = await draft(jobsPostId, 'Counting visits.');
    const code = codeOf(share);
    const before = await countedClicks();

    const first = await visit(code, BROWSER).expect(302);
    expect(first.headers.location).toBe(share.destinationUrl);
    expect(first.headers['cache-control']).toBe('private, no-store');
    await visit(code, BROWSER).expect(302);
    await visit(code, PHONE).expect(302);
    await visit(code, BROWSER, '198.51.100.20').expect(302);
    // LinkedIn's preview crawler, a request without a browser, a HEAD and a prefetch all get the redirect, uncounted.
    expect((await visit(code, LINKEDIN_PREVIEW).expect(302)).headers.location).toBe(share.destinationUrl);
    await visit(code, null).expect(302);
    await t.http.head(`/r/${code}`).set('User-Agent', BROWSER).set('X-Forwarded-For', '192.0.2.50').expect(302);
    await visit(code, BROWSER, '192.0.2.51').set('Sec-Purpose', 'prefetch').expect(302);
    expect((await countedClicks()) - before).toBe(3);

    // The first visitor again, 31 minutes later: a new visit.
    t.clock.advance(31 * 60 * 1000);
    await visit(code, BROWSER).expect(302);
    expect((await countedClicks()) - before).toBe(4);
    t.clock.advance(-31 * 60 * 1000);
  });

  it('shows the owner the clicks of a published share', async () => {
    const share = await draft(jobsPostId, 'Clicks on a live post.');
    await ana.post(`/api/v1/shares/${share.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${share.id}/schedule`).send({ at: new Date(Date.now() + 1500).toISOString() }).expect(200);
    await eventually(() => shareOf(share.id), (s) => s.status === 'published', 15_000);
    await visit(codeOf(share), BROWSER, '203.0.113.90').expect(302);
    await visit(codeOf(share), PHONE, '203.0.113.91').expect(302);
    await t.app.get(ClickRecorder).flush();
    expect((await shareOf(share.id)).clicks).toBe(2);
    const listed = ((await ana.get('/api/v1/shares?status=published').expect(200)).body as ShareAnswer[]).find((s) => s.id === share.id);
    expect(listed?.clicks).toBe(2);

    // The clicks earn the owner points (perClick each, 1 by default), once, through the outbox.
    const relay = t.app.get(OutboxRelay);
    await relay.run();
    await relay.run();
    const points = (await ana.get('/api/v1/me/points').expect(200)).body as { events: { kind: string; shareId: string | null; points: number; detail: { units?: number } | null }[] };
    const clickPoints = points.events.filter((e) => e.kind === 'click' && e.shareId === share.id);
    expect(clickPoints).toEqual([expect.objectContaining({ points: 2, detail: expect.objectContaining({ units: 2 }) })]);
  });

  it('keeps no address: visitors are hashes under a key of the day, and older keys are gone', async () => {
    const share = await draft(jobsPostId, 'Privacy of visitors.');
    await visit(codeOf(share), BROWSER, '203.0.113.200').expect(302);
    await t.app.get(ClickRecorder).flush();
    const clicks = await t.dataSource.getRepository(LinkClick).findBy({ shareId: share.id });
    expect(clicks).toHaveLength(1);
    expect(clicks[0].visitorHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM link_clicks'));
    expect(stored).not.toContain('203.0.113.200');
    expect(stored).not.toContain('Chrome');
    const salts = await t.dataSource.getRepository(ClickSalt).find();
    expect(salts.map((salt) => salt.day)).toEqual([t.clock.now().toISOString().slice(0, 10)]);
  });

  it('answers an unknown or malformed code with a small 404 page in the visitor’s language', async () => {
    const unknown = await t.http.get('/r/ZZZZZZZZZZ').expect(404);
    expect(unknown.headers['content-type']).toMatch(/text\/html/);
    expect(unknown.text).toContain('Link not found');
    const indonesian = await t.http.get('/r/ZZZZZZZZZZ').set('Accept-Language', 'id-ID,id;q=0.9,en;q=0.5').expect(404);
    expect(indonesian.text).toContain('Tautan tidak ditemukan');
    expect(indonesian.text).toContain('lang="id"');
    await t.http.get('/r/not-a-code').expect(404);
    await t.http.get(`/r/${'a'.repeat(300)}`).expect(404);
  });
});
