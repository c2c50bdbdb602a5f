import { ensureBundlesBuilt } from '../support/bundles';
import { loadConfig } from '@chorus/config';
import { Post } from '@chorus/content';
import { User } from '@chorus/identity';
import { SocialConnection, TokenCipher, TokenExpiryService, TokenRevocation } from '@chorus/publishing';
import { Logger, LoggerService } from '@nestjs/common';
import { Share, ShareAuditEntry } from '@chorus/shares';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { connectThroughSandbox, publishingEnv, RunningLinkedinSandbox, startSandbox } from '../support/sandbox';
import { eventually, TestApp } from '../support/test-app';

const PARTNER_SCOPES = ['openid', 'profile', 'email', 'w_member_social', 'r_member_social'];

describe('connections over their lifetime', () => {
  let sandbox: RunningLinkedinSandbox;
  let t: TestApp;
  const oldKey = `old:${randomBytes(32).toString('base64')}`;

  beforeAll(async () => {
    await ensureBundlesBuilt();
    // A partner application: LinkedIn issues it refresh tokens and lets it list members' posts.
    sandbox = await startSandbox({
      issueRefreshTokens: true,
      accessTokenTtlSeconds: 3 * 24 * 3600,
      clients: [{ clientId: 'chorus-sandbox-client', clientSecret: 'chorus-sandbox-secret', scopes: PARTNER_SCOPES }],
    });
    t = await TestApp.start({ ...publishingEnv(sandbox), LINKEDIN_SCOPES: PARTNER_SCOPES.join(' '), TOKEN_ENCRYPTION_KEYS: oldKey, JWT_SECRET: randomBytes(32).toString('hex') });
    for (const email of ['ana@demo.chorus', 'budi@demo.chorus']) expect((await connectThroughSandbox(t, sandbox, email)).status).toBe(302);
    await (await t.as('ana@demo.chorus')).post('/api/v1/policies/current/acknowledge').expect(200);
  }, 240_000);

  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  async function connectionOf(email: string): Promise<SocialConnection> {
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email });
    return t.dataSource.getRepository(SocialConnection).findOneByOrFail({ userId: user.id });
  }

  it('refreshes a token before it expires when LinkedIn issued a refresh token', async () => {
    const before = await connectionOf('ana@demo.chorus');
    expect(before.refreshTokenCiphertext).not.toBeNull();
    t.clock.advance(24 * 3600_000);
    try {
      const result = await t.app.get(TokenExpiryService).run();
      expect(result.refreshed).toBeGreaterThanOrEqual(1);
      const after = await connectionOf('ana@demo.chorus');
      expect(after.expiresAt.getTime()).toBeGreaterThan(before.expiresAt.getTime());
      expect(after.accessTokenCiphertext).not.toBe(before.accessTokenCiphertext);
    } finally {
      t.clock.reset();
    }
  });

  it('warns the owner a week ahead and on the last day when it cannot refresh, then marks the connection expired', async () => {
    const budi = await connectionOf('budi@demo.chorus');
    await t.dataSource.getRepository(SocialConnection).update({ id: budi.id }, { refreshTokenCiphertext: null });
    const expiry = t.app.get(TokenExpiryService);
    const http = await t.as('budi@demo.chorus');
    const notes = async () => ((await http.get('/api/v1/me/notifications').expect(200)).body as { items: { kind: string; code: string; params: Record<string, string>; link: string }[] }).items;
    const kinds = async () => (await notes()).map((n) => n.kind);

    await expiry.run();
    await expiry.run();
    expect((await kinds()).filter((k) => k === 'connection.expiring')).toHaveLength(1);
    expect((await notes()).find((n) => n.kind === 'connection.expiring')).toMatchObject({
      code: 'notification.connectionExpiring',
      params: { network: 'LinkedIn', expiresAt: budi.expiresAt.toISOString() },
      link: '/connections',
    });
    expect(((await http.get('/api/v1/connections').expect(200)).body as { status: string }[])[0].status).toBe('active');

    // Twelve hours before it lapses: the last-day warning, once however often the tick runs.
    t.clock.advance(budi.expiresAt.getTime() - Date.now() - 12 * 3600_000);
    try {
      await expiry.run();
      await expiry.run();
      expect((await kinds()).filter((k) => k === 'connection.expiring')).toHaveLength(2);
      t.clock.advance(13 * 3600_000);
      await expiry.run();
      await expiry.run();
      expect((await kinds()).filter((k) => k === 'connection.expired')).toHaveLength(1);
      expect(((await http.get('/api/v1/connections').expect(200)).body as { status: string }[])[0].status).toBe('expired');
    } finally {
      t.clock.reset();
    }
  });

  it('finds a post that reached LinkedIn although the answer was lost, instead of posting again', async () => {
    const ana = await t.as('ana@demo.chorus');
    const connection = await connectionOf('ana@demo.chorus');
    const post = await t.dataSource.getRepository(Post).findOneByOrFail({ title: 'Demo opens its Surabaya office' });
    const draft = await ana.post('/api/v1/shares').send({ postId: post.id, connectionId: connection.id, commentary: 'My own words about Surabaya, where I grew up and still love to visit.' }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    // Every create is saved, then its connection cut: the first attempt's outcome is unknown.
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rateDropAfterCommit: 1 }) });
    try {
      await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 500).toISOString() }).expect(200);
      const share = await eventually(async () => t.dataSource.getRepository(Share).findOneByOrFail({ id: draft.body.id }), (s) => s.status === 'published', 15_000);
      const posts = ((await (await fetch(`${sandbox.url}/__sandbox/posts`)).json()) as { id: string; commentary: string }[]).filter((p) => p.commentary === share.finalText);
      expect(posts).toEqual([expect.objectContaining({ id: share.externalId })]);
      const audit = await t.dataSource.getRepository(ShareAuditEntry).findBy({ shareId: share.id, action: 'publish_succeeded' });
      expect(audit[0].detail).toMatchObject({ how: 'found' });
    } finally {
      await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    }
  });

  it('a refresh LinkedIn refuses marks the connection needs_reconnect at once, and its scheduled shares wait', async () => {
    const ana = await t.as('ana@demo.chorus');
    const connection = await connectionOf('ana@demo.chorus');
    const post = await t.dataSource.getRepository(Post).findOneByOrFail({ title: 'Demo opens its Surabaya office' });
    const draft = await ana.post('/api/v1/shares').send({ postId: post.id, connectionId: connection.id, commentary: 'Tomorrow I tell you about Surabaya, where I started.' }).expect(201);
    await ana.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
    const scheduled = await ana.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 24 * 3600_000).toISOString() }).expect(200);
    // The member removed the app at LinkedIn: the refresh token is revoked.
    await fetch(`${sandbox.url}/__sandbox/tokens/revoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ member: 'ana@demo.chorus' }) });

    const result = await t.app.get(TokenExpiryService).run();
    expect(result.needsReconnect).toBe(1);
    const listed = ((await ana.get('/api/v1/connections').expect(200)).body as { id: string; status: string; waitingShares: number }[]).find((c) => c.id === connection.id);
    expect(listed).toMatchObject({ status: 'needs_reconnect', waitingShares: 1 });
    expect((await ana.get(`/api/v1/shares/${draft.body.id}`).expect(200)).body).toMatchObject({ status: 'needs_reconnect', scheduledAt: scheduled.body.scheduledAt });
    const notes = (await ana.get('/api/v1/me/notifications').expect(200)).body.items as { kind: string; body: string }[];
    expect(notes.find((n) => n.kind === 'connection_needs_reconnect')?.body).toMatch(/refresh token.*reconnect the same account and they resume/);
    // Nothing is tried again while it waits for the member.
    expect((await t.app.get(TokenExpiryService).run()).needsReconnect).toBe(0);
  });

  it('rotate-keys re-encrypts every token under the newest key, so the old key can go', async () => {
    const newKey = `new:${randomBytes(32).toString('base64')}`;
    const env = { ...t.environment.env, TOKEN_ENCRYPTION_KEYS: `${newKey},${oldKey}`, LOG_LEVEL: 'error' };
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '..', '..', 'dist', 'apps', 'api', 'main.js'), 'cli', 'rotate-keys'], {
      env: { PATH: process.env.PATH, ...env },
      cwd: join(__dirname, '..', '..'),
    });
    expect(stdout).toMatch(/Re-encrypted \d+ connection\(s\) under key "new"/);
    expect(stdout).toContain('the old keys can be removed');
    const rows = (await t.dataSource.getRepository(SocialConnection).find()).filter((c) => c.keyId !== null);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((c) => c.keyId === 'new')).toBe(true);
    // Only the new key is needed now.
    const newOnly = new TokenCipher(loadConfig({ ...env, TOKEN_ENCRYPTION_KEYS: newKey }));
    for (const row of rows) expect(newOnly.open({ keyId: row.keyId!, ciphertext: row.accessTokenCiphertext! }, row.id)).toEqual(expect.any(String));
  });
});

describe('LinkedIn\'s per-member daily limit', () => {
  let sandbox: RunningLinkedinSandbox;
  let t: TestApp;

  beforeAll(async () => {
    sandbox = await startSandbox();
    t = await TestApp.start({ ...publishingEnv(sandbox), LINKEDIN_MEMBER_DAILY_LIMIT: '2' });
    expect((await connectThroughSandbox(t, sandbox, 'citra@demo.chorus')).status).toBe(302);
    await (await t.as('citra@demo.chorus')).post('/api/v1/policies/current/acknowledge').expect(200);
  });

  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  it('publishes no more than the limit per UTC day; the rest wait', async () => {
    const citra = await t.as('citra@demo.chorus');
    await (await t.as('admin@demo.chorus')).patch('/api/v1/organization').send({ dailyShareLimit: 10 }).expect(200);
    const [connection] = (await citra.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const post = await t.dataSource.getRepository(Post).findOneByOrFail({ title: 'Demo opens its Surabaya office' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const draft = await citra.post('/api/v1/shares').send({ postId: post.id, connectionId: connection.id, commentary: `Number ${i}: my own take on the Surabaya office opening.` }).expect(201);
      await citra.post(`/api/v1/shares/${draft.body.id}/approve`).expect(200);
      await citra.post(`/api/v1/shares/${draft.body.id}/schedule`).send({ at: new Date(Date.now() + 500).toISOString() }).expect(200);
      ids.push(draft.body.id);
    }
    const statuses = async () => Promise.all(ids.map(async (id) => (await citra.get(`/api/v1/shares/${id}`).expect(200)).body.status as string));
    await eventually(statuses, (s) => s.filter((x) => x === 'published').length === 2, 15_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await statuses()).sort()).toEqual(['published', 'published', 'scheduled']);
  });
});

/**
 * A pass-through to the sandbox that can answer LinkedIn's revoke endpoint with 503, as
 * LinkedIn does when it has a bad moment. Everything else reaches the sandbox unchanged.
 */
async function startRevokeOutage(target: string): Promise<{ url: string; failing: boolean; revokeRequests: number; close(): Promise<void> }> {
  const proxy = { url: '', failing: false, revokeRequests: 0, close: () => new Promise<void>((done) => server.close(() => done())) };
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/oauth/v2/revoke')) proxy.revokeRequests++;
    if (proxy.failing && req.url?.startsWith('/oauth/v2/revoke')) {
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'server_error', error_description: 'Service unavailable' }));
      return;
    }
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

describe('revoking tokens while LinkedIn fails', () => {
  let sandbox: RunningLinkedinSandbox;
  let outage: Awaited<ReturnType<typeof startRevokeOutage>>;
  let t: TestApp;
  const warnings: string[] = [];
  const quiet = () => undefined;
  const collect: LoggerService = { log: quiet, error: quiet, debug: quiet, verbose: quiet, warn: (message: unknown) => warnings.push(String(message)) };

  beforeAll(async () => {
    sandbox = await startSandbox();
    outage = await startRevokeOutage(sandbox.url);
    t = await TestApp.start({ ...publishingEnv(sandbox), LINKEDIN_SANDBOX_URL: outage.url });
    Logger.overrideLogger(collect);
  });

  afterAll(async () => {
    Logger.overrideLogger(false);
    await t.close();
    await outage.close();
    await sandbox.close();
  });

  afterEach(() => {
    outage.failing = false;
    t.clock.reset();
  });

  async function isActiveAtLinkedin(token: string): Promise<boolean> {
    const answer = await fetch(`${sandbox.url}/oauth/v2/introspectToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: t.config.linkedin.clientId, client_secret: t.config.linkedin.clientSecret, token }).toString(),
    });
    return ((await answer.json()) as { active: boolean }).active;
  }

  /** Connects through the consent page, then disconnects through the API; returns the token LinkedIn issued. */
  async function connectThenDisconnect(email: string): Promise<{ token: string; connectionId: string }> {
    expect((await connectThroughSandbox(t, sandbox, email)).status).toBe(302);
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email });
    const stored = await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ userId: user.id, status: 'active' });
    const token = t.app.get(TokenCipher).open({ keyId: stored.keyId!, ciphertext: stored.accessTokenCiphertext! }, stored.id);
    expect(await isActiveAtLinkedin(token)).toBe(true);
    outage.failing = true;
    const before = outage.revokeRequests;
    await (await t.as(email)).delete(`/api/v1/connections/${stored.id}`).expect(204);
    // The disconnect does not wait for LinkedIn: the tokens are gone from the connection at once.
    expect(await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: stored.id })).toMatchObject({ status: 'revoked', accessTokenCiphertext: null });
    await eventually(async () => outage.revokeRequests, (n) => n > before);
    return { token, connectionId: stored.id };
  }

  it('revokes later when LinkedIn answers 503 at first, and never logs the token', async () => {
    const { token, connectionId } = await connectThenDisconnect('ana@demo.chorus');
    const pending = await eventually(() => t.dataSource.getRepository(TokenRevocation).findBy({ connectionId }), (rows) => rows.some((r) => r.attempts === 1 && r.nextAttemptAt > t.clock.now()));
    expect(pending).toEqual([expect.objectContaining({ kind: 'access', attempts: 1 })]);
    expect(pending[0].tokenCiphertext).not.toContain(token);
    expect(await isActiveAtLinkedin(token)).toBe(true);

    // LinkedIn is back; a minute later the worker's tick tries again.
    outage.failing = false;
    t.clock.advance(61_000);
    await eventually(() => isActiveAtLinkedin(token), (active) => !active);
    expect(await eventually(() => t.dataSource.getRepository(TokenRevocation).countBy({ connectionId }), (n) => n === 0)).toBe(0);
    expect(warnings.some((w) => w.includes(connectionId) && w.includes('503'))).toBe(true);
    expect(warnings.some((w) => w.includes(token))).toBe(false);
  });

  it('revokes only the old token of a member who reconnected before LinkedIn was back', async () => {
    const { token, connectionId } = await connectThenDisconnect('citra@demo.chorus');
    await eventually(() => t.dataSource.getRepository(TokenRevocation).findBy({ connectionId }), (r) => r[0]?.attempts === 1);
    expect((await connectThroughSandbox(t, sandbox, 'citra@demo.chorus')).status).toBe(302);
    const again = await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: connectionId });
    expect(again.status).toBe('active');
    const newToken = t.app.get(TokenCipher).open({ keyId: again.keyId!, ciphertext: again.accessTokenCiphertext! }, again.id);

    outage.failing = false;
    t.clock.advance(61_000);
    await eventually(() => isActiveAtLinkedin(token), (active) => !active);
    expect(await isActiveAtLinkedin(newToken)).toBe(true);
    expect(await t.dataSource.getRepository(SocialConnection).findOneByOrFail({ id: connectionId })).toMatchObject({ status: 'active', accessTokenCiphertext: again.accessTokenCiphertext });
  });

  it('does not revoke a token LinkedIn handed back to the member on reconnecting', async () => {
    const { token, connectionId } = await connectThenDisconnect('manager@demo.chorus');
    await eventually(() => t.dataSource.getRepository(TokenRevocation).findBy({ connectionId }), (r) => r[0]?.attempts === 1);
    expect((await connectThroughSandbox(t, sandbox, 'manager@demo.chorus')).status).toBe(302);
    // LinkedIn may answer a new consent with the member's still valid token.
    const sealed = t.app.get(TokenCipher).seal(token, connectionId);
    await t.dataSource.getRepository(SocialConnection).update({ id: connectionId }, { keyId: sealed.keyId, accessTokenCiphertext: sealed.ciphertext });

    outage.failing = false;
    const requests = outage.revokeRequests;
    t.clock.advance(61_000);
    expect(await eventually(() => t.dataSource.getRepository(TokenRevocation).countBy({ connectionId }), (n) => n === 0)).toBe(0);
    expect(outage.revokeRequests).toBe(requests);
    expect(await isActiveAtLinkedin(token)).toBe(true);
  });

  it('gives up after ten failed attempts and keeps nothing of the token', async () => {
    const { token, connectionId } = await connectThenDisconnect('budi@demo.chorus');
    const rows = () => t.dataSource.getRepository(TokenRevocation).findBy({ connectionId });
    for (let attempt = 1; attempt < 10; attempt++) {
      await eventually(rows, (r) => r[0]?.attempts === attempt && r[0].nextAttemptAt > t.clock.now());
      t.clock.advance(60_000 * 2 ** (attempt - 1) + 1000);
    }
    expect(await eventually(rows, (r) => r.length === 0)).toEqual([]);
    expect(warnings.some((w) => w.startsWith(`Gave up revoking the access token of connection ${connectionId}`) && w.includes('after 10 attempt(s)'))).toBe(true);
    expect(warnings.some((w) => w.includes(token))).toBe(false);
  });
});
