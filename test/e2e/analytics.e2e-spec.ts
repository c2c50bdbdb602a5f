import { EngagementSnapshot } from '@chorus/publishing';
import { ClickRecorder, Share as ShareRow } from '@chorus/shares';
import { randomUUID } from 'node:crypto';
import { connectEmployee, publishPost as postFor, publishShare } from '../support/publishing';
import { setupPublishingApp } from '../support/sandbox';
import { Http } from '../support/test-app';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

interface Share {
  id: string;
  status: string;
  trackedUrl: string;
}

/**
 * Results as a curator, a manager, an admin, an employee and the organisation's site see them:
 * every figure reconciles with the shares, clicks, engagement snapshots and conversions behind it.
 */
describe('results: measures, exports and conversions', () => {
  const { sandbox, t } = setupPublishingApp({ TRUST_PROXY: 'loopback' });
  let ana: Http;
  let budi: Http;
  let curator: Http;
  let admin: Http;
  let manager: Http;
  let campaignId: string;
  let anaJobs: Share;
  let anaNews: Share;
  let budiJobs: Share;
  let jobsPostId: string;
  let today: string;

  beforeAll(async () => {
    [ana, budi, curator, admin, manager] = await Promise.all(['ana', 'budi', 'curator', 'admin', 'manager'].map((name) => t.as(`${name}@demo.chorus`)));
    campaignId = (await curator.post('/api/v1/campaigns').send({ name: 'Hiring' }).expect(201)).body.id as string;
    jobsPostId = await publishPost({ title: 'Jobs', url: 'https://example.com/jobs', campaignId });
    const newsPostId = await publishPost({ title: 'News', url: 'https://example.com/news' });
    for (const [http, email] of [[ana, 'ana@demo.chorus'], [budi, 'budi@demo.chorus']] as const) await connectEmployee(t, sandbox, http, email);
    anaJobs = await publishedShare(ana, jobsPostId, 'Ana on jobs.');
    anaNews = await publishedShare(ana, newsPostId, 'Ana on news.');
    budiJobs = await publishedShare(budi, jobsPostId, 'Budi on jobs.');
    // Budi keeps off leaderboards: his figures count, his name is never listed.
    await budi.patch('/api/v1/me').send({ leaderboardOptOut: true }).expect(200);

    // Three counted visits (two people on Ana's jobs share, one on Budi's) and a crawler.
    await visit(anaJobs, '203.0.113.1');
    await visit(anaJobs, '203.0.113.2');
    await visit(anaJobs, '203.0.113.1'); // a repeat within 30 minutes
    await visit(budiJobs, '203.0.113.3');
    await t.http.get(`/r/${codeOf(anaNews)}`).set('User-Agent', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)').expect(302);
    await t.app.get(ClickRecorder).flush();

    // Engagement as publishing's tick stores it: cumulative counters per read.
    const now = t.clock.now();
    await t.dataSource.getRepository(EngagementSnapshot).insert([
      await snapshot(anaJobs.id, now, { reactions: 10, comments: 2, reshares: 1, impressions: 1000 }),
      await snapshot(budiJobs.id, now, { reactions: 4, comments: 0, reshares: 0, impressions: 500 }),
    ]);
    today = new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10); // Asia/Jakarta
  });

  const publishPost = (fields: Record<string, unknown>) => postFor(curator, fields);

  async function publishedShare(http: Http, postId: string, commentary: string): Promise<Share> {
    const connectionId = ((await http.get('/api/v1/connections').expect(200)).body as { id: string }[])[0].id;
    return publishShare(http, { postId, connectionId, commentary });
  }

  function codeOf(share: Share): string {
    return share.trackedUrl.split('/r/')[1];
  }

  async function visit(share: Share, address: string): Promise<void> {
    await t.http.get(`/r/${codeOf(share)}`).set('User-Agent', BROWSER).set('X-Forwarded-For', address).expect(302);
  }

  async function snapshot(shareId: string, at: Date, counts: { reactions: number; comments: number; reshares: number; impressions: number }): Promise<EngagementSnapshot> {
    const { organizationId } = await t.dataSource.getRepository(ShareRow).findOneByOrFail({ id: shareId });
    return { id: randomUUID(), organizationId, shareId, network: 'linkedin', capturedAt: at, ...counts };
  }

  async function key(name = 'Careers site'): Promise<string> {
    return (await admin.post('/api/v1/api-keys').send({ name }).expect(201)).body.secret as string;
  }

  it('sums shares, people, clicks and engagement for the organisation, with participation and click-through', async () => {
    const summary = (await curator.get('/api/v1/analytics/summary').expect(200)).body;
    expect(summary).toMatchObject({ to: today, timezone: 'Asia/Jakarta', shares: 3, sharers: 2, clicks: 3, reactions: 14, comments: 2, reshares: 1, impressions: 1500, conversions: 0, demoData: false });
    expect(summary.participation).toBe(Math.round((2 / summary.activeEmployees) * 10_000) / 10_000);
    expect(summary.clickThrough).toBe(0.002);
    expect(summary.series).toHaveLength(30);
    expect(summary.series.at(-1)).toMatchObject({ day: today, shares: 3, clicks: 3, reactions: 14 });
  });

  it('values reach at the organisation’s own rates once an admin sets them, showing each part', async () => {
    const defaults = (await curator.get('/api/v1/analytics/settings').expect(200)).body;
    expect(defaults).toMatchObject({ currency: 'USD', customised: false });
    await curator.patch('/api/v1/analytics/settings').send({ currency: 'IDR' }).expect(403);
    const bad = await admin.patch('/api/v1/analytics/settings').send({ cpmMinor: 1.5, currency: 'rupiah' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['cpmMinor', 'currency']);
    // A rate past what its column holds is refused by name, not a 500 from PostgreSQL.
    const huge = await admin.patch('/api/v1/analytics/settings').send({ cpmMinor: 2_147_483_648 }).expect(400);
    expect(huge.body.errors).toEqual([expect.objectContaining({ field: 'cpmMinor', message: 'cpmMinor must be at most 2147483647' })]);
    await admin.patch('/api/v1/analytics/settings').send({ currency: 'idr', cpmMinor: 5_000_000, cpcMinor: 250_000, perReactionMinor: 10_000, perCommentMinor: 50_000, perReshareMinor: 100_000 }).expect(200);
    const { emv, rates } = (await manager.get('/api/v1/analytics/summary').expect(200)).body;
    expect(rates).toMatchObject({ currency: 'IDR', customised: true });
    // 1,500 impressions at 50,000/1,000; 3 clicks at 2,500; 14 reactions at 100; 2 comments at 500; 1 reshare at 1,000.
    expect(emv).toEqual({ amount: 75_000 + 7_500 + 1_400 + 1_000 + 1_000, currency: 'IDR', parts: { impressions: 75_000, clicks: 7_500, reactions: 1_400, comments: 1_000, reshares: 1_000 } });
  });

  it('narrows to a campaign, a post or a team, and names a filter it cannot find', async () => {
    expect((await curator.get(`/api/v1/analytics/summary?campaignId=${campaignId}`).expect(200)).body).toMatchObject({ shares: 2, clicks: 3 });
    expect((await curator.get(`/api/v1/analytics/summary?postId=${jobsPostId}`).expect(200)).body).toMatchObject({ shares: 2, sharers: 2 });
    const teams = (await admin.get('/api/v1/teams').expect(200)).body as { id: string; name: string }[];
    const engineering = teams.find((team) => team.name === 'Engineering')!;
    const sales = teams.find((team) => team.name === 'Sales')!;
    expect((await curator.get(`/api/v1/analytics/summary?teamId=${sales.id}`).expect(200)).body).toMatchObject({ shares: 3 });
    expect((await curator.get(`/api/v1/analytics/summary?teamId=${engineering.id}`).expect(200)).body).toMatchObject({ shares: 0, clicks: 0, participation: 0 });
    const unknown = await curator.get(`/api/v1/analytics/summary?teamId=${randomUUID()}`).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'teamId', code: 'analytics.teamNotFound' })]);
    const reversed = await curator.get('/api/v1/analytics/summary?from=2026-12-10&to=2026-12-01').expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'analytics.rangeReversed' })]);
    await curator.get('/api/v1/analytics/summary?from=2024-01-01&to=2026-01-01').expect(400);
    await curator.get('/api/v1/analytics/summary?from=yesterday').expect(400);
  });

  it('charts a metric by day, adding up to the summary', async () => {
    const clicks = (await curator.get('/api/v1/analytics/timeseries?metric=clicks').expect(200)).body as { metric: string; points: { day: string; value: number }[] };
    expect(clicks.metric).toBe('clicks');
    expect(clicks.points.reduce((sum, p) => sum + p.value, 0)).toBe(3);
    await curator.get('/api/v1/analytics/timeseries?metric=vibes').expect(400);
  });

  it('ranks content and advocates, never naming someone who opted out of leaderboards', async () => {
    const content = (await curator.get('/api/v1/analytics/top-content').expect(200)).body as { postId: string; title: string; clicks: number; sharers: number }[];
    expect(content[0]).toMatchObject({ postId: jobsPostId, title: 'Jobs', clicks: 3, sharers: 2 });
    const advocates = (await manager.get('/api/v1/analytics/top-advocates').expect(200)).body as { name: string; clicks: number }[];
    expect(advocates).toEqual([expect.objectContaining({ name: 'Ana Wijaya', clicks: 2, shares: 2 })]);
    expect(JSON.stringify(advocates)).not.toContain('Budi');
  });

  it('shows an employee their own figures and nobody else’s', async () => {
    const mine = (await ana.get('/api/v1/me/analytics').expect(200)).body;
    expect(mine).toMatchObject({ shares: 2, clicks: 2, reactions: 10, impressions: 1000, demoData: false });
    expect(mine.points).toBeGreaterThan(0);
    const budiOwn = (await budi.get('/api/v1/me/analytics').expect(200)).body;
    expect(budiOwn).toMatchObject({ shares: 1, clicks: 1, reactions: 4 });
    for (const path of ['summary', 'timeseries?metric=clicks', 'top-content', 'top-advocates', 'export.csv?table=shares']) {
      await ana.get(`/api/v1/analytics/${path}`).expect(403);
    }
  });

  it('shows a share’s owner its latest engagement read and its clicks, “not read yet” before a read, and nobody else', async () => {
    const jobs = (await ana.get(`/api/v1/shares/${anaJobs.id}/engagement`).expect(200)).body;
    expect(jobs).toMatchObject({ shareId: anaJobs.id, reactions: 10, comments: 2, reshares: 1, impressions: 1000, clicks: 2 });
    expect(jobs.readAt).toEqual(expect.any(String));
    // Never read: no figures from the network; the crawler's visit is not a click.
    expect((await ana.get(`/api/v1/shares/${anaNews.id}/engagement`).expect(200)).body).toMatchObject({ readAt: null, reactions: null, impressions: null, clicks: 0 });
    const notFound = (await budi.get(`/api/v1/shares/${anaJobs.id}/engagement`).expect(404)).body;
    expect(notFound.code).toBe('share.notFound');
    await curator.get(`/api/v1/shares/${anaJobs.id}/engagement`).expect(404);
    const { admin: outsider } = await t.otherOrganization('Engagement Co', { email: 'root@engagement.test', name: 'Engagement Root', password: 'engagement-co-password' });
    await outsider.get(`/api/v1/shares/${anaJobs.id}/engagement`).expect(404);
    await ana.get('/api/v1/shares/not-an-id/engagement').expect(404);
  });

  it('exports shares, posts and advocates as CSV', async () => {
    const shares = await curator.get('/api/v1/analytics/export.csv?table=shares').expect(200);
    expect(shares.headers['content-type']).toMatch(/text\/csv/);
    const lines = shares.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('shareId,publishedAt,postId,postTitle,userId,userName,shares,clicks,impressions,reactions,comments,reshares,conversions');
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.startsWith(anaJobs.id))).toMatch(/,Jobs,.*,Ana Wijaya,1,2,1000,10,2,1,0$/);
    const posts = (await curator.get('/api/v1/analytics/export.csv?table=posts').expect(200)).text.trim().split(/\r?\n/);
    expect(posts[0]).toBe('postId,postTitle,sharers,shares,clicks,impressions,reactions,comments,reshares,conversions');
    expect(posts).toHaveLength(3);
    await curator.get('/api/v1/analytics/export.csv?table=secrets').expect(400);
  });

  it('measures a campaign against its objective and target', async () => {
    const bad = await curator.post('/api/v1/campaigns').send({ name: 'Aimless', target: 10 }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'objective', code: 'campaign.targetNeedsObjective' })]);
    await curator.post('/api/v1/campaigns').send({ name: 'Odd', objective: 'fame', target: 0 }).expect(400);
    const push = (await curator.post('/api/v1/campaigns').send({ name: 'Traffic push', objective: 'traffic', target: 4 }).expect(201)).body as { id: string; objective: string; target: number };
    expect(push).toMatchObject({ objective: 'traffic', target: 4 });
    const postId = await publishPost({ title: 'Open day', url: 'https://example.com/open-day', campaignId: push.id });
    const share = await publishedShare(ana, postId, 'Come to our open day.');
    await visit(share, '198.51.100.7');
    await visit(share, '198.51.100.8');
    await t.app.get(ClickRecorder).flush();
    const progress = (await manager.get('/api/v1/analytics/campaigns').expect(200)).body as { campaignId: string; measure: string; achieved: number; progress: number; to: string }[];
    expect(progress.find((p) => p.campaignId === push.id)).toEqual(expect.objectContaining({ name: 'Traffic push', objective: 'traffic', measure: 'clicks', target: 4, achieved: 2, progress: 0.5, to: today }));
    // Campaigns without an objective are not listed.
    expect(progress.some((p) => p.campaignId === campaignId)).toBe(false);
    await ana.get('/api/v1/analytics/campaigns').expect(403);
  });

  it('reports a campaign over its days: the same figures as the summary, its progress, top posts and advocates; another organisation’s campaign is not found', async () => {
    // Hiring has no dates and no objective: its days run from its creation (today) to today.
    const report = (await manager.get(`/api/v1/analytics/campaigns/${campaignId}/report`).expect(200)).body;
    expect(report.campaign).toMatchObject({ id: campaignId, name: 'Hiring', objective: null, target: null, startsAt: null, endsAt: null });
    expect(report.progress).toBeNull();
    const summary = (await curator.get(`/api/v1/analytics/summary?campaignId=${campaignId}&from=${today}&to=${today}`).expect(200)).body;
    expect(report.summary).toEqual(summary);
    expect(report.summary).toMatchObject({ from: today, to: today, shares: 2, sharers: 2, clicks: 3, impressions: 1500, reactions: 14 });
    expect(report.summary.series).toHaveLength(1);
    // Only the campaign's posts; Budi, off leaderboards, is counted but never named.
    expect(report.topContent).toEqual([expect.objectContaining({ postId: jobsPostId, title: 'Jobs', shares: 2, clicks: 3 })]);
    expect(report.topAdvocates).toEqual([expect.objectContaining({ name: 'Ana Wijaya', shares: 1, clicks: 2 })]);
    expect(JSON.stringify(report.topAdvocates)).not.toContain('Budi');

    // A range of one's own, and fewer top rows.
    const earlier = (await curator.get(`/api/v1/analytics/campaigns/${campaignId}/report?from=2026-01-01&to=2026-01-31&limit=1`).expect(200)).body;
    expect(earlier.summary).toMatchObject({ from: '2026-01-01', to: '2026-01-31', shares: 0, clicks: 0 });
    expect(earlier.summary.series).toHaveLength(31);
    expect(earlier.topContent).toEqual([]);
    const reversed = await curator.get(`/api/v1/analytics/campaigns/${campaignId}/report?from=2026-02-01&to=2026-01-31`).expect(400);
    expect(reversed.body.errors).toEqual([expect.objectContaining({ field: 'to', code: 'analytics.rangeReversed' })]);
    const bad = await curator.get(`/api/v1/analytics/campaigns/${campaignId}/report?limit=0&from=soon`).expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['from', 'limit']);

    // A campaign with an awareness target: its progress is in the report.
    const reach = (await curator.post('/api/v1/campaigns').send({ name: 'Reach week', objective: 'awareness', target: 3000 }).expect(201)).body as { id: string };
    const reachPost = await publishPost({ title: 'Reach week post', url: 'https://example.com/reach', campaignId: reach.id });
    // Budi's (Ana has used her shares for the day); he is off leaderboards, so nobody is listed.
    const reachShare = await publishedShare(budi, reachPost, 'Seen by many.');
    await t.dataSource.getRepository(EngagementSnapshot).insert(await snapshot(reachShare.id, t.clock.now(), { reactions: 5, comments: 1, reshares: 0, impressions: 1500 }));
    const reachReport = (await admin.get(`/api/v1/analytics/campaigns/${reach.id}/report`).expect(200)).body;
    expect(reachReport.progress).toEqual(expect.objectContaining({ campaignId: reach.id, objective: 'awareness', measure: 'impressions', target: 3000, achieved: 1500, progress: 0.5, from: today, to: today }));
    expect(reachReport.summary).toMatchObject({ shares: 1, impressions: 1500, reactions: 5, comments: 1 });
    expect(reachReport.topContent.map((item: { title: string }) => item.title)).toEqual(['Reach week post']);
    expect(reachReport.topAdvocates).toEqual([]);

    // Employees read no organisation's figures; an id that names nothing, or another organisation's campaign, is not found.
    await ana.get(`/api/v1/analytics/campaigns/${campaignId}/report`).expect(403);
    await curator.get(`/api/v1/analytics/campaigns/${randomUUID()}/report`).expect(404);
    await curator.get('/api/v1/analytics/campaigns/not-an-id/report').expect(404);
    const { admin: outsider } = await t.otherOrganization('Report Co', { email: 'root@report.test', name: 'Report Root', password: 'report-co-password' });
    const notFound = await outsider.get(`/api/v1/analytics/campaigns/${campaignId}/report`).expect(404);
    expect(notFound.body).toMatchObject({ code: 'campaign.notFound' });
    const theirs = (await outsider.post('/api/v1/campaigns').send({ name: 'Their own' }).expect(201)).body as { id: string };
    expect((await outsider.get(`/api/v1/analytics/campaigns/${theirs.id}/report`).expect(200)).body.summary).toMatchObject({ shares: 0, clicks: 0 });
    await curator.get(`/api/v1/analytics/campaigns/${theirs.id}/report`).expect(404);
  });

  it('takes conversions from the organisation’s site with an API key, once per idempotency key', async () => {
    const secret = await key();
    const listed = (await admin.get('/api/v1/api-keys').expect(200)).body as { prefix: string; name: string }[];
    expect(listed).toEqual([expect.objectContaining({ name: 'Careers site', prefix: secret.slice(0, 10) })]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    await curator.get('/api/v1/api-keys').expect(403);

    const report = { shareCode: codeOf(anaJobs), kind: 'application', value: 150.5, idempotencyKey: 'application-0001' };
    const first = await t.http.post('/api/v1/conversions').set('X-Api-Key', secret).send(report).expect(201);
    expect(first.body).toMatchObject({ shareId: anaJobs.id, kind: 'application', value: 150.5 });
    const again = await t.http.post('/api/v1/conversions').set('X-Api-Key', secret).send(report).expect(200);
    expect(again.body.id).toBe(first.body.id);
    await t.http.post('/api/v1/conversions').set('X-Api-Key', secret).send({ ...report, kind: 'lead' }).expect(409);
    const unknown = await t.http.post('/api/v1/conversions').set('X-Api-Key', secret).send({ ...report, shareCode: 'ZZZZZZZZZZ', idempotencyKey: 'x-1' }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'shareCode', code: 'conversion.unknownShare' })]);
    const bad = await t.http.post('/api/v1/conversions').set('X-Api-Key', secret).send({ shareCode: 'short', kind: 'purchase', value: -1 }).expect(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['idempotencyKey', 'kind', 'shareCode', 'value']);
    await t.http.post('/api/v1/conversions').send(report).expect(401);
    await t.http.post('/api/v1/conversions').set('X-Api-Key', 'chk_not-a-real-key').send(report).expect(401);

    const summary = (await curator.get('/api/v1/analytics/summary').expect(200)).body;
    expect(summary).toMatchObject({ conversions: 1, conversionRate: Math.round((1 / summary.clicks) * 10_000) / 10_000 });
    expect((await ana.get('/api/v1/me/analytics').expect(200)).body.conversions).toBe(1);

    const keyId = ((await admin.get('/api/v1/api-keys').expect(200)).body as { id: string }[])[0].id;
    await admin.delete(`/api/v1/api-keys/${keyId}`).expect(204);
    await t.http.post('/api/v1/conversions').set('X-Api-Key', secret).send({ ...report, idempotencyKey: 'after-revoke' }).expect(401);
    await admin.delete(`/api/v1/api-keys/${keyId}`).expect(404);
  });
});
