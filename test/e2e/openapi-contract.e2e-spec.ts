import { User } from '@chorus/identity';
import { MailLinks, MailMessage } from '@chorus/mail';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { connectLinkedIn } from '../support/connections';
import { awardPendingPoints, pointsPost, publishedShare } from '../support/gamification';
import { conformanceProblems, OpenApiDocument, responseSchema } from '../support/openapi-conformance';
import { eventually, TestApp } from '../support/test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Every route of the served OpenAPI document, called for real: each answer (successes and
 * errors) must match the schema documented for its status, with no field missing, extra,
 * null where it may not be, or outside its enum. The web app's types are generated from this
 * document, so a drift here would be a wrong type there.
 */
describe('the OpenAPI document describes the answers the API gives', () => {
  let t: TestApp;
  let page: Server;
  let pageUrl: string;
  let document: OpenApiDocument;
  const tokens = new Map<string, string>();
  const exercised = new Set<string>();

  beforeAll(async () => {
    // A page to preview: its title only, so the other fields are null.
    page = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>Contract</title></head></html>'));
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/news`;
    t = await TestApp.start({ LINK_PREVIEW_ALLOWED_HOSTS: '127.0.0.1', CHAT_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    document = (await t.http.get('/api/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => page.close(resolve));
  });

  async function tokenOf(who: string | null): Promise<string | null> {
    if (who === null) return null;
    if (!tokens.has(who)) tokens.set(who, await t.tokenFor(`${who}@demo.chorus`));
    return tokens.get(who)!;
  }

  /** Calls `path` (a path of the document) as `who`, expects `status`, and checks the answer against the document. */
  async function call<T = any>(
    who: string | null,
    method: Method,
    path: string,
    options: { params?: Record<string, string>; query?: Record<string, string>; body?: object; status?: number; headers?: Record<string, string> } = {},
  ): Promise<T> {
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
    let test = request(t.app.getHttpServer())[method](url);
    const token = await tokenOf(who);
    if (token) test = test.set('Authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(options.headers ?? {})) test = test.set(name, value);
    if (options.query) test = test.query(options.query);
    const response = await (options.body ? test.send(options.body) : test);
    const expected = options.status ?? (method === 'post' ? 201 : 200);
    expect({ url, status: response.status, body: response.body }).toEqual({ url, status: expected, body: response.body });
    const schema = responseSchema(document, method, path, response.status);
    if (schema === undefined) throw new Error(`${method.toUpperCase()} ${path} answered ${response.status}, which the document does not describe`);
    if (schema === null) expect(response.text).toBe('');
    else expect({ route: `${method.toUpperCase()} ${path} ${response.status}`, problems: conformanceProblems(document, schema, response.body) }).toEqual({ route: `${method.toUpperCase()} ${path} ${response.status}`, problems: [] });
    if (response.status < 300) exercised.add(`${method} ${path}`);
    return response.body as T;
  }

  it('answers every documented route as documented, errors included', async () => {
    const v1 = (path: string) => `/api/v1${path}`;
    await call(null, 'get', '/health');
    await call(null, 'get', '/health/live');
    await call(null, 'get', '/health/ready');
    await call(null, 'get', v1('/meta'));

    // Signing in, refreshing, signing out; errors in the documented error shape.
    const signedIn = await call(null, 'post', v1('/auth/login'), { body: { email: 'ana@demo.chorus', password: 'chorus-demo' }, status: 200 });
    await call(null, 'post', v1('/auth/login'), { body: { email: 'ana@demo.chorus', password: 'wrong' }, status: 401 });
    const refreshed = await call(null, 'post', v1('/auth/refresh'), { body: { refreshToken: signedIn.refreshToken }, status: 200 });
    await call(null, 'post', v1('/auth/logout'), { body: { refreshToken: refreshed.refreshToken }, status: 204 });
    await call(null, 'get', v1('/me'), { status: 401 });
    await call('ana', 'get', v1('/users'), { status: 403 });
    await call('admin', 'post', v1('/users'), { body: { email: 'not an email', name: '', roles: [] }, status: 400 });
    await call('admin', 'get', v1('/users/{id}'), { params: { id: '00000000-0000-4000-8000-000000000000' }, status: 404 });

    // People, teams, the organisation.
    const me = await call('admin', 'get', v1('/me'));
    await call('admin', 'patch', v1('/me'), { body: { name: me.name, weeklySlots: [{ weekday: 1, time: '09:00' }] } });
    const teams = await call('admin', 'get', v1('/teams'));
    const team = await call('admin', 'post', v1('/teams'), { body: { name: 'Contract' } });
    await call('admin', 'patch', v1('/teams/{id}'), { params: { id: team.id }, body: { name: 'Contract team', managerId: null } });
    await call('admin', 'get', v1('/users'));
    const created = await call('admin', 'post', v1('/users'), { body: { email: 'dewi@example.co.id', name: 'Dewi', roles: ['employee'], teamIds: [teams[0].id] } });
    await call('admin', 'get', v1('/users/{id}'), { params: { id: created.user.id } });
    await call('admin', 'patch', v1('/users/{id}'), { params: { id: created.user.id }, body: { leaderboardExcluded: true } });
    const reinvited = await call('admin', 'post', v1('/users/{id}/invite'), { params: { id: created.user.id } });
    await call(null, 'get', v1('/auth/invite'), { query: { token: new URL(reinvited.inviteUrl).searchParams.get('token')! } });
    await call(null, 'post', v1('/auth/accept-invite'), { body: { token: new URL(reinvited.inviteUrl).searchParams.get('token'), password: 'a long password' }, status: 200 });
    await call(null, 'get', v1('/auth/invite'), { query: { token: new URL(reinvited.inviteUrl).searchParams.get('token')! }, status: 400 });
    await call('admin', 'post', v1('/users/import'), { body: { csv: 'email,name,roles,teams\neka@example.co.id,Eka,employee,Imported' } });
    await call('admin', 'post', v1('/users/import'), { body: { csv: 'email,name,roles\nnot-an-email,Fajar,employee' }, status: 422 });
    // The one answer that is not JSON: CSV, as the document says.
    const csv = await request(t.app.getHttpServer()).get(v1('/users/export.csv')).set('Authorization', `Bearer ${await tokenOf('admin')}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(Object.keys((document.paths[v1('/users/export.csv')] as { get: { responses: { 200: { content: object } } } }).get.responses[200].content)).toEqual(['text/csv']);
    exercised.add(`get ${v1('/users/export.csv')}`);
    const eka = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'eka@example.co.id' });
    await call('admin', 'post', v1('/users/{id}/deactivate'), { params: { id: eka.id }, status: 200 });
    await call('admin', 'get', v1('/organization'));
    await call('admin', 'patch', v1('/organization'), { body: { requiredDisclosure: '#employee', disclosureMode: 'append' } });

    // Notifications: the welcome note of the user who just accepted the invite.
    await t.jobsIdle();
    tokens.set('dewi', (await call(null, 'post', v1('/auth/login'), { body: { email: 'dewi@example.co.id', password: 'a long password' }, status: 200 })).accessToken);
    // The welcome note is written by a job: with BullMQ it arrives a moment later.
    const notifications = await eventually(() => call('dewi', 'get', v1('/me/notifications')), (list) => list.items.length > 0);
    expect(notifications.items.length).toBeGreaterThan(0);
    await call('dewi', 'get', v1('/me/notifications'), { query: { unread: 'true', limit: '1' } });
    await call('dewi', 'get', v1('/me/notifications'), { query: { limit: '0' }, status: 400 });
    await call('dewi', 'post', v1('/me/notifications/{id}/read'), { params: { id: notifications.items[0].id }, status: 204 });
    await call('dewi', 'post', v1('/me/notifications/{id}/read'), { params: { id: '00000000-0000-4000-8000-000000000000' }, status: 404 });
    await call('dewi', 'post', v1('/me/notifications/read-all'), { status: 200 });

    // Mail: preferences, the signed unsubscribe link (no sign-in), the admin's Sent mail, password reset.
    await call('ana', 'get', v1('/me/notification-preferences'));
    await call('ana', 'patch', v1('/me/notification-preferences'), { body: { 'share.failed': 'daily', weeklyDigestDay: 3 } });
    await call('ana', 'patch', v1('/me/notification-preferences'), { body: { 'share.failed': 'hourly' }, status: 400 });
    const unsubscribe = t.app.get(MailLinks, { strict: false }).tokens.sign((await t.userIds()).ana, { kind: 'share.failed' });
    await call(null, 'get', v1('/unsubscribe'), { query: { token: unsubscribe } });
    await call(null, 'post', v1('/unsubscribe'), { query: { token: unsubscribe }, status: 200 });
    await call(null, 'get', v1('/unsubscribe'), { query: { token: 'forged' }, status: 404 });
    await call(null, 'post', v1('/auth/forgot-password'), { body: { email: 'citra@demo.chorus' }, status: 202 });
    await call(null, 'post', v1('/auth/forgot-password'), { body: { email: 'not an address' }, status: 400 });
    await call(null, 'post', v1('/auth/reset-password'), { body: { token: 'x'.repeat(43), password: 'a new long password' }, status: 400 });
    await t.jobsIdle();
    // Without SMTP_URL the mail is kept: its one-time link is read from the database as a mailbox would show it.
    const resetMail = await eventually(() => t.dataSource.getRepository(MailMessage).findOneBy({ toAddress: 'citra@demo.chorus', category: 'password-reset' }), (mail) => mail !== null);
    const resetToken = new URL(/(http\S+reset-password\?token=\S+)/.exec(resetMail!.text)![1]).searchParams.get('token')!;
    await call(null, 'post', v1('/auth/reset-password'), { body: { token: resetToken, password: 'a new long password' }, status: 204 });
    const sentMail = await call('admin', 'get', v1('/admin/sent-mail'));
    expect(sentMail.items.length).toBeGreaterThan(0);
    await call('admin', 'get', v1('/admin/sent-mail/{id}'), { params: { id: sentMail.items[0].id } });
    await call('admin', 'get', v1('/admin/sent-mail/{id}'), { params: { id: '00000000-0000-4000-8000-000000000000' }, status: 404 });
    await call('ana', 'get', v1('/admin/sent-mail'), { status: 403 });

    // Chat channels: set (a local URL the operator allowed, so nothing leaves the machine), listed masked, removed.
    const chatUrl = 'http://127.0.0.1:9/hooks/contract-secret';
    await call('admin', 'put', v1('/organization/integrations/{service}'), { params: { service: 'slack' }, body: { webhookUrl: chatUrl } });
    await call('admin', 'put', v1('/organization/integrations/{service}'), { params: { service: 'teams' }, body: { webhookUrl: chatUrl, teamId: teams[0].id } });
    await call('admin', 'put', v1('/organization/integrations/{service}'), { params: { service: 'slack' }, body: { webhookUrl: 'not a url' }, status: 400 });
    await call('admin', 'get', v1('/organization/integrations'));
    await call('ana', 'get', v1('/organization/integrations'), { status: 403 });
    await call('admin', 'delete', v1('/organization/integrations/{service}'), { params: { service: 'slack' }, status: 204 });
    await call('admin', 'delete', v1('/organization/integrations/{service}'), { params: { service: 'teams' }, query: { teamId: teams[0].id }, status: 204 });
    await call('admin', 'delete', v1('/organization/integrations/{service}'), { params: { service: 'slack' }, status: 404 });

    // Content.
    const campaign = await call('curator', 'post', v1('/campaigns'), { body: { name: 'Contract', goal: 'pr' } });
    await call('curator', 'get', v1('/campaigns'));
    const post = await call('curator', 'post', v1('/posts'), { body: { title: 'Contract news', url: 'https://example.com/contract', suggestedCommentary: 'Read this.', campaignId: campaign.id, variants: { linkedin: 'Read this on LinkedIn.' } } });
    await call('curator', 'patch', v1('/posts/{id}'), { params: { id: post.id }, body: { description: null, points: 25 } });
    await call('curator', 'get', v1('/posts/{id}'), { params: { id: post.id } });
    await call('curator', 'post', v1('/posts/{id}/publish'), { params: { id: post.id }, status: 200 });
    await call('curator', 'get', v1('/posts'), { query: { status: 'published' } });
    const old = await call('curator', 'post', v1('/posts'), { body: { title: 'Old news', suggestedCommentary: 'Old.' } });
    await call('curator', 'post', v1('/posts/{id}/archive'), { params: { id: old.id }, status: 200 });
    await call('curator', 'post', v1('/link-preview'), { body: { url: pageUrl }, status: 200 });
    await call('curator', 'post', v1('/link-preview'), { body: { url: 'file:///etc/passwd' }, status: 422 });

    // The policy, which an employee acknowledges before sharing.
    await call('admin', 'post', v1('/policies'), { body: { body: '# Be kind' } });
    await call('admin', 'get', v1('/policies'));
    await call('ana', 'get', v1('/policies/current'));
    await call('ana', 'post', v1('/policies/current/acknowledge'), { status: 200 });

    // Shares: write, approve, schedule, cancel; a review; the audit log.
    const connection = await connectLinkedIn(t, 'ana@demo.chorus');
    await call('ana', 'get', v1('/connections'));
    await call('ana', 'get', v1('/connections/linkedin/authorize'));
    await call('ana', 'get', v1('/feed'), { query: { limit: '5' } });
    await call('ana', 'get', v1('/feed'), { query: { q: 'results', hashtag: '#hiring', hideShared: 'true' } });
    await call('ana', 'get', v1('/feed'), { query: { hideShared: 'maybe' }, status: 400 });
    await call('ana', 'get', v1('/feed/topics'));
    await call('ana', 'get', v1('/feed/{postId}'), { params: { postId: post.id } });
    const share = await call('ana', 'post', v1('/shares'), { body: { postId: post.id, connectionId: connection.id, commentary: 'Read this.' } });
    await call('ana', 'patch', v1('/shares/{id}'), { params: { id: share.id }, body: { commentary: 'In my own words: read this.' } });
    await call('ana', 'post', v1('/shares/{id}/approve'), { params: { id: share.id }, status: 200 });
    await call('ana', 'post', v1('/shares/{id}/schedule'), { params: { id: share.id }, body: { at: new Date(t.clock.now().getTime() + 3600_000).toISOString() }, status: 200 });
    await call('ana', 'post', v1('/shares/{id}/cancel'), { params: { id: share.id }, status: 200 });
    await call('ana', 'get', v1('/shares/{id}'), { params: { id: share.id } });
    await call('ana', 'get', v1('/shares/{id}/engagement'), { params: { id: share.id } });
    await call('curator', 'get', v1('/shares/{id}/engagement'), { params: { id: share.id }, status: 404 });
    await call('ana', 'get', v1('/shares'), { query: { status: 'cancelled' } });
    await call('admin', 'post', v1('/compliance-rules'), { body: { pattern: 'contractual', category: 'custom', action: 'review' } });
    const rules = await call('admin', 'get', v1('/compliance-rules'));
    await call('ana', 'post', v1('/compliance/check'), { body: { text: 'A contractual matter' }, status: 200 });
    const flagged = [];
    for (const words of ['A contractual matter, one.', 'A contractual matter, two.']) {
      const draft = await call('ana', 'post', v1('/shares'), { body: { postId: post.id, connectionId: connection.id, commentary: words } });
      await call('ana', 'post', v1('/shares/{id}/approve'), { params: { id: draft.id }, status: 200 });
      flagged.push(draft.id);
    }
    await call('admin', 'get', v1('/reviews'));
    await call('admin', 'post', v1('/reviews/{shareId}/approve'), { params: { shareId: flagged[0] }, body: { note: 'Fine.' }, status: 200 });
    await call('admin', 'post', v1('/reviews/{shareId}/reject'), { params: { shareId: flagged[1] }, body: { note: 'Say it another way.' }, status: 200 });
    await call('admin', 'get', v1('/audit-log'), { query: { shareId: share.id } });
    const auditPage = await call('admin', 'get', v1('/audit-log/events'), { query: { limit: '2' } });
    await call('admin', 'get', v1('/audit-log/events'), { query: { cursor: auditPage.nextCursor, action: 'approve' } });
    await call('admin', 'get', v1('/audit-log/events'), { query: { limit: '0' }, status: 400 });
    await call('admin', 'delete', v1('/compliance-rules/{id}'), { params: { id: rules.find((r: { pattern: string }) => r.pattern === 'contractual').id }, status: 204 });
    await call('ana', 'delete', v1('/connections/{id}'), { params: { id: connection.id }, status: 204 });

    // Points, leaderboards, contests, rewards.
    const worth = await pointsPost(t, 'Worth two hundred', 200);
    await publishedShare(t, { email: 'ana@demo.chorus', postId: worth.id });
    await awardPendingPoints(t);
    await call('ana', 'get', v1('/me/points'));
    await call('ana', 'get', v1('/me/badges'));
    await call('ana', 'get', v1('/leaderboards'), { query: { period: 'month' } });
    await call('admin', 'get', v1('/points-rules'));
    await call('admin', 'patch', v1('/points-rules'), { body: { perClick: 2 } });
    const contest = await call('admin', 'post', v1('/contests'), { body: { name: 'Contract cup', startsOn: '2020-01-01', endsOn: '2099-12-31', prizes: [{ title: 'Lunch' }] } });
    await call('ana', 'get', v1('/contests'));
    await call('ana', 'get', v1('/contests/{id}'), { params: { id: contest.id } });
    const reward = await call('admin', 'post', v1('/rewards'), { body: { name: 'Contract mug', cost: 10, stock: null } });
    await call('admin', 'patch', v1('/rewards/{id}'), { params: { id: reward.id }, body: { description: 'A mug' } });
    await call('ana', 'get', v1('/rewards'));
    const kept = await call('ana', 'post', v1('/rewards/{id}/redeem'), { params: { id: reward.id } });
    const refused = await call('ana', 'post', v1('/rewards/{id}/redeem'), { params: { id: reward.id } });
    await call('ana', 'get', v1('/me/redemptions'));
    await call('admin', 'get', v1('/redemptions'), { query: { status: 'pending' } });
    await call('admin', 'post', v1('/redemptions/{id}/approve'), { params: { id: kept.id }, body: { note: 'At reception.' }, status: 200 });
    await call('admin', 'post', v1('/redemptions/{id}/reject'), { params: { id: refused.id }, body: { note: 'One each.' }, status: 200 });

    // Results: measures, the CSV export, the rates, API keys and the conversions the organisation's site reports.
    await call('ana', 'get', v1('/me/analytics'), { query: { from: '2026-11-01', to: '2026-11-30' } });
    await call('curator', 'get', v1('/analytics/summary'));
    await call('ana', 'get', v1('/analytics/summary'), { status: 403 });
    await call('curator', 'get', v1('/analytics/summary'), { query: { from: '2026-12-10', to: '2026-12-01' }, status: 400 });
    await call('curator', 'get', v1('/analytics/timeseries'), { query: { metric: 'emv' } });
    await call('manager', 'get', v1('/analytics/top-content'), { query: { limit: '5' } });
    await call('manager', 'get', v1('/analytics/top-advocates'));
    await call('curator', 'get', v1('/analytics/campaigns'));
    await call('manager', 'get', v1('/analytics/campaigns/{id}/report'), { params: { id: campaign.id } });
    await call('curator', 'get', v1('/analytics/campaigns/{id}/report'), { params: { id: campaign.id }, query: { from: '2026-11-01', to: '2026-11-30', limit: '3' } });
    await call('curator', 'get', v1('/analytics/campaigns/{id}/report'), { params: { id: '00000000-0000-4000-8000-000000000000' }, status: 404 });
    const results = await request(t.app.getHttpServer()).get(v1('/analytics/export.csv')).query({ table: 'advocates' }).set('Authorization', `Bearer ${await tokenOf('curator')}`).expect(200);
    expect(results.headers['content-type']).toMatch(/^text\/csv/);
    exercised.add(`get ${v1('/analytics/export.csv')}`);
    await call('curator', 'get', v1('/analytics/settings'));
    await call('admin', 'patch', v1('/analytics/settings'), { body: { currency: 'IDR', cpcMinor: 150_000 } });
    const apiKey = await call('admin', 'post', v1('/api-keys'), { body: { name: 'Contract site' } });
    await call('admin', 'get', v1('/api-keys'));
    const conversion = { shareCode: share.trackedUrl.split('/r/')[1], kind: 'lead', idempotencyKey: 'contract-1' };
    await call(null, 'post', v1('/conversions'), { headers: { 'X-Api-Key': apiKey.secret }, body: conversion, status: 201 });
    await call(null, 'post', v1('/conversions'), { headers: { 'X-Api-Key': apiKey.secret }, body: conversion, status: 200 });
    await call(null, 'post', v1('/conversions'), { body: conversion, status: 401 });
    await call('admin', 'delete', v1('/api-keys/{id}'), { params: { id: apiKey.id }, status: 204 });

    // The consent callback answers with a redirect or an HTML page, not JSON (connections.int-spec.ts).
    const notJson = ['get /api/v1/connections/linkedin/callback'];
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(documented.filter((route) => !exercised.has(route) && !notJson.includes(route))).toEqual([]);
  });
});
