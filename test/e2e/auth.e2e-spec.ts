import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { setupTestApp, TestApp } from '../support/test-app';
import { servicesUnderTest } from '../support/test-env';

describe('signing in', () => {
  const t = setupTestApp();

  it('signs a demo user in and returns who they are, with an httpOnly cookie for the UI', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'Ana@Demo.Chorus', password: 'chorus-demo' }).expect(200);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body.user).toMatchObject({ email: 'ana@demo.chorus', name: 'Ana Wijaya', roles: ['employee'], teams: [{ name: 'Sales' }] });
    expect(response.body.user.organization).toMatchObject({ name: 'Demo', timezone: 'Asia/Jakarta' });
    const cookies = response.headers['set-cookie'] as unknown as string[];
    const access = cookies.find((c) => c.startsWith('chorus_access='))!;
    expect(access).toMatch(/HttpOnly/);
    expect(access).toMatch(/SameSite=Strict/);

    const me = await t.http.get('/api/v1/me').set('Cookie', access.split(';')[0]).expect(200);
    expect(me.body).toMatchObject({ email: 'ana@demo.chorus', leaderboardOptOut: false, timezone: 'Asia/Jakarta' });
  });

  it('refuses a wrong password or an unknown account with the same sentence', async () => {
    const wrong = await t.http.post('/api/v1/auth/login').send({ email: 'ana@demo.chorus', password: 'nope-nope-nope' }).expect(401);
    const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@demo.chorus', password: 'chorus-demo' }).expect(401);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Email or password is wrong.', code: 'auth.wrongCredentials', params: {} });
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('names the field when the sign-in body is malformed', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(response.body.message).toEqual(expect.arrayContaining(['email must be an email address', expect.stringMatching(/^password/)]));
  });

  it('answers 401 without a token and with a forged one', async () => {
    await t.http.get('/api/v1/me').expect(401);
    const forged = await t.http.get('/api/v1/me').set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad').expect(401);
    expect(forged.body.message).toEqual(expect.any(String));
  });

  it('rotates refresh tokens and revokes every session when an old one is replayed', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'budi@demo.chorus', password: 'chorus-demo' }).expect(200);
    const otherDevice = await t.http.post('/api/v1/auth/login').send({ email: 'budi@demo.chorus', password: 'chorus-demo' }).expect(200);
    const first = login.body.refreshToken as string;
    const refreshed = await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(200);
    expect(refreshed.body.refreshToken).not.toBe(first);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    // Refreshing keeps the sign-in: requests still under way with the older access token work.
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);

    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first }).expect(401);
    // The replay ended the newer session too, and every access token of the user with it.
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
    for (const token of [login.body.accessToken, refreshed.body.accessToken, otherDevice.body.accessToken]) {
      await t.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
    }
    // Signing in again works.
    const again = await t.http.post('/api/v1/auth/login').send({ email: 'budi@demo.chorus', password: 'chorus-demo' }).expect(200);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${again.body.accessToken}`).expect(200);
  });

  it('signs out: the refresh token and the access token stop working and the cookies are cleared', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'citra@demo.chorus', password: 'chorus-demo' }).expect(200);
    const otherDevice = await t.http.post('/api/v1/auth/login').send({ email: 'citra@demo.chorus', password: 'chorus-demo' }).expect(200);
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    const out = await t.http.post('/api/v1/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join(';')).toMatch(/chorus_access=;/);
    const ended = await t.http.get('/api/v1/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(401);
    expect(ended.body.message).toBe('Your session has ended; sign in again.');
    // Only that device signed out.
    await t.http.get('/api/v1/me').set('Authorization', `Bearer ${otherDevice.body.accessToken}`).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
  });

  it('signs out in the browser: the access cookie kept from before answers 401', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'manager@demo.chorus', password: 'chorus-demo' }).expect(200);
    const cookies = (login.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]);
    const access = cookies.find((c) => c.startsWith('chorus_access='))!;
    await t.http.get('/api/v1/me').set('Cookie', access).expect(200);
    // The UI signs out with its cookies only (the refresh cookie names the session).
    await t.http.post('/api/v1/auth/logout').set('Cookie', cookies.join('; ')).expect(204);
    await t.http.get('/api/v1/me').set('Cookie', access).expect(401);
  });

  it('tells the invitation page whom a link is for, and refuses a used, unknown or expired one before any password is typed', async () => {
    const admin = await t.as('admin@demo.chorus');
    const created = await admin.post('/api/v1/users').send({ email: 'dian@demo.chorus', name: 'Dian Pratama', roles: ['employee'] }).expect(201);
    const token = new URL(created.body.inviteUrl).searchParams.get('token')!;
    const check = await t.http.get('/api/v1/auth/invite').query({ token }).expect(200);
    expect(check.body).toEqual({ name: 'Dian Pratama', email: 'dian@demo.chorus', organizationName: 'Demo', expiresAt: expect.any(String) });
    await t.http.post('/api/v1/auth/accept-invite').send({ token, password: 'dian-long-password' }).expect(200);
    const used = await t.http.get('/api/v1/auth/invite').query({ token }).expect(400);
    expect(used.body.code).toBe('invite.invalid');
    expect((await t.http.get('/api/v1/auth/invite').query({ token: 'x'.repeat(43) }).expect(400)).body.code).toBe('invite.invalid');
    const again = await admin.post(`/api/v1/users/${created.body.user.id}/invite`).expect(201);
    t.clock.advance(15 * 24 * 3600 * 1000);
    try {
      const expired = await t.http.get('/api/v1/auth/invite').query({ token: new URL(again.body.inviteUrl).searchParams.get('token')! }).expect(400);
      expect(expired.body.code).toBe('invite.expired');
    } finally {
      t.clock.advance(-15 * 24 * 3600 * 1000);
    }
    const missing = await t.http.get('/api/v1/auth/invite').expect(400);
    expect(new Set(missing.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['token']));
  });

  it('deactivating a user ends the access tokens of all their devices', async () => {
    const admin = await t.as('admin@demo.chorus');
    const created = await admin.post('/api/v1/users').send({ email: 'two-devices@demo.chorus', name: 'Two Devices', roles: ['employee'] }).expect(201);
    const invite = new URL(created.body.inviteUrl).searchParams.get('token')!;
    const phone = await t.http.post('/api/v1/auth/accept-invite').send({ token: invite, password: 'two-devices-pass' }).expect(200);
    const laptop = await t.http.post('/api/v1/auth/login').send({ email: 'two-devices@demo.chorus', password: 'two-devices-pass' }).expect(200);
    await admin.post(`/api/v1/users/${created.body.user.id}/deactivate`).expect(200);
    for (const session of [phone, laptop]) {
      await t.http.get('/api/v1/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(401);
      await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(401);
    }
  });

  it('refuses a validly signed access token that names no sign-in session', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'curator@demo.chorus', password: 'chorus-demo' }).expect(200);
    const { sub, org } = JSON.parse(Buffer.from((login.body.accessToken as string).split('.')[1], 'base64url').toString()) as { sub: string; org: string };
    const jwt = t.app.get(JwtService);
    for (const claims of [{ sub, org }, { sub, org, sid: randomUUID() }]) {
      const token = await jwt.signAsync(claims, { expiresIn: 60 });
      await t.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`).expect(401);
    }
  });

  it('serves health, the OpenAPI document and security headers', async () => {
    const health = await t.http.get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    const docs = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/me']));
  });
});

const login = (t: TestApp, email: string, password = 'wrong-password', forwardedFor?: string) => {
  const attempt = t.http.post('/api/v1/auth/login');
  if (forwardedFor) attempt.set('X-Forwarded-For', forwardedFor);
  return attempt.send({ email, password });
};

/** A 429 says how long to wait, in whole seconds. */
function retryAfterOf(response: { status: number; headers: Record<string, string> }): number {
  expect(response.status).toBe(429);
  expect(response.headers['retry-after']).toMatch(/^\d+$/);
  return Number(response.headers['retry-after']);
}

describe('sign-in rate limit per account and address', () => {
  const t = setupTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });

  it('answers 429 with Retry-After after too many attempts for one account, and other accounts still sign in', async () => {
    for (let i = 0; i < 3; i++) await login(t, 'ana@demo.chorus').expect(401);
    const limited = await login(t, 'ana@demo.chorus', 'chorus-demo').expect(429);
    expect(limited.body.message).toMatch(/^Too many sign-in attempts; try again in \d+ seconds\.$/);
    const wait = retryAfterOf(limited);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    await login(t, 'budi@demo.chorus', 'chorus-demo').expect(200);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: a new header on every attempt does not escape the limit', async () => {
    for (let i = 1; i <= 3; i++) await login(t, 'citra@demo.chorus', 'wrong-password', `203.0.113.${i}`).expect(401);
    retryAfterOf(await login(t, 'citra@demo.chorus', 'chorus-demo', '203.0.113.99').expect(429));
  });
});

describe('sign-in rate limit per address across accounts', () => {
  const t = setupTestApp({ LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE: '4' });

  it('stops password spraying: different accounts from one address share one limit', async () => {
    for (let i = 1; i <= 4; i++) await login(t, `sprayed-${i}@demo.chorus`, 'Summer2026!', `198.51.100.${i}`).expect(401);
    const limited = await login(t, 'ana@demo.chorus', 'chorus-demo', '198.51.100.50').expect(429);
    expect(limited.body.message).toMatch(/^Too many sign-in attempts from your network; try again in \d+ seconds\.$/);
    retryAfterOf(limited);
    // Accepting an invite signs in too, and counts against the same address.
    retryAfterOf(await t.http.post('/api/v1/auth/accept-invite').send({ token: 'x'.repeat(43), password: 'some-long-password' }).expect(429));
  });
});

describe('sign-in rate limits behind a trusted proxy (TRUST_PROXY)', () => {
  const t = setupTestApp({
    TRUST_PROXY: 'loopback',
    LOGIN_RATE_LIMIT_PER_MINUTE: '2',
    LOGIN_ACCOUNT_RATE_LIMIT_PER_HOUR: '4',
    LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE: '3',
  });

  it('counts each forwarded client address apart, and one account across all addresses', async () => {
    await login(t, 'ana@demo.chorus', 'wrong-password', '203.0.113.1').expect(401);
    await login(t, 'ana@demo.chorus', 'wrong-password', '203.0.113.1').expect(401);
    retryAfterOf(await login(t, 'ana@demo.chorus', 'wrong-password', '203.0.113.1').expect(429));
    // Another client behind the same proxy is not that client.
    await login(t, 'ana@demo.chorus', 'wrong-password', '203.0.113.2').expect(401);
    await login(t, 'ana@demo.chorus', 'wrong-password', '203.0.113.3').expect(401);
    // Four counted attempts on ana from three addresses: the account is paused for the hour.
    const limited = await login(t, 'ana@demo.chorus', 'chorus-demo', '203.0.113.4').expect(429);
    expect(limited.body.message).toMatch(/^Too many sign-in attempts for this account; try again in \d+ minutes\.$/);
    expect(retryAfterOf(limited)).toBeGreaterThan(60);
    await login(t, 'budi@demo.chorus', 'chorus-demo', '203.0.113.4').expect(200);
  });

  it('limits each forwarded address across accounts', async () => {
    for (let i = 1; i <= 3; i++) await login(t, `sprayed-${i}@demo.chorus`, 'Summer2026!', '198.51.100.7').expect(401);
    retryAfterOf(await login(t, 'citra@demo.chorus', 'chorus-demo', '198.51.100.7').expect(429));
    await login(t, 'citra@demo.chorus', 'chorus-demo', '198.51.100.8').expect(200);
  });
});

// Only the services suite has Redis; without it each process counts on its own.
const withRedis = servicesUnderTest.redisUrl ? describe : describe.skip;

withRedis('sign-in limits shared by api replicas through Redis', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    first = await TestApp.start({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' }, { role: 'api' });
    second = await TestApp.start({}, { role: 'api', environment: first.environment });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('counts attempts that alternate between two api instances together', async () => {
    await login(first, 'ana@demo.chorus').expect(401);
    await login(second, 'ana@demo.chorus').expect(401);
    await login(first, 'ana@demo.chorus').expect(401);
    retryAfterOf(await login(second, 'ana@demo.chorus', 'chorus-demo').expect(429));
    retryAfterOf(await login(first, 'ana@demo.chorus', 'chorus-demo').expect(429));
    await login(second, 'budi@demo.chorus', 'chorus-demo').expect(200);
  });
});
