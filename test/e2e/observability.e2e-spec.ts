import { connectThroughSandbox, publishingEnv, RunningLinkedinSandbox, startSandbox } from '../support/sandbox';
import { DEMO_PASSWORD, eventually, TestApp } from '../support/test-app';

/** Logs and health as an operator reads them: JSON lines with request ids, no secrets, probes. */
describe('logs and health', () => {
  let sandbox: RunningLinkedinSandbox;
  let t: TestApp;

  beforeAll(async () => {
    sandbox = await startSandbox();
    // The most talkative level: whatever any code logs, it must not be a secret.
    t = await TestApp.start({ ...publishingEnv(sandbox), LOG_LEVEL: 'verbose' });
  });

  afterAll(async () => {
    await t.close();
    await sandbox.close();
  });

  it('serves liveness and readiness outside /api/v1, and the old /health shape', async () => {
    expect((await t.http.get('/health/live').expect(200)).body).toEqual({ status: 'ok', uptimeSeconds: expect.any(Number) });
    const ready = await t.http.get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    expect((await t.http.get('/health').expect(200)).body).toEqual({
      status: 'ok',
      mode: t.config.mode,
      database: t.config.database.type,
      jobs: t.config.redis ? 'bullmq' : 'in-process',
    });
    if (t.config.redis) expect(ready.body.info.redis).toEqual({ status: 'up' });
  });

  it('gives every request an id, returns it, and carries it into the jobs the request enqueued', async () => {
    const admin = await t.as('admin@demo.chorus');
    const invite = await admin
      .post('/api/v1/users')
      .set('X-Request-Id', 'req-invite-0001')
      .send({ email: 'dewi@demo.chorus', name: 'Dewi', roles: ['employee'] })
      .expect(201);
    expect(invite.headers['x-request-id']).toBe('req-invite-0001');
    await t.jobsIdle();
    expect(t.logs.entries()).toContainEqual(expect.objectContaining({ requestId: 'req-invite-0001', req: expect.objectContaining({ method: 'POST', url: '/api/v1/users' }) }));
    // The welcome notification job ran later, outside the request (with BullMQ: through Redis), under the request's id.
    const jobLine = { requestId: 'req-invite-0001', jobKey: 'notifications.welcome', msg: 'Job "notifications.welcome" done' };
    const entries = await eventually(
      async () => t.logs.entries(),
      (lines) => lines.some((line) => Object.entries(jobLine).every(([key, value]) => line[key] === value)),
      10_000,
    );
    expect(entries).toContainEqual(expect.objectContaining(jobLine));

    const unnamed = await t.http.get('/health/live').set('X-Request-Id', 'not a valid id; drop table').expect(200);
    expect(unnamed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never writes a password, token, authorization code or client secret to the log', async () => {
    t.logs.clear();
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'ana@demo.chorus', password: DEMO_PASSWORD }).expect(200);
    const ana = await t.as('ana@demo.chorus');
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    const callback = await connectThroughSandbox(t, sandbox, 'ana@demo.chorus');
    expect(callback.status).toBe(302);
    const code = new URL((callback as unknown as { request: { url: string } }).request.url).searchParams.get('code');
    expect(code).toMatch(/.{8,}/);
    const curator = await t.as('curator@demo.chorus');
    const post = await curator.post('/api/v1/posts').send({ title: 'Launch', url: 'https://example.com/launch', suggestedCommentary: 'We launched.' }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    const [connection] = (await ana.get('/api/v1/connections').expect(200)).body as { id: string }[];
    const share = await ana.post('/api/v1/shares').send({ postId: post.body.id, connectionId: connection.id, commentary: 'Proud of this launch.' }).expect(201);
    await ana.post(`/api/v1/shares/${share.body.id}/approve`).expect(200);
    await ana.post(`/api/v1/shares/${share.body.id}/schedule`).send({ at: new Date(Date.now() + 1000).toISOString() }).expect(200);
    await eventually(
      async () => (await ana.get(`/api/v1/shares/${share.body.id}`).expect(200)).body as { status: string },
      (s) => s.status === 'published',
      15_000,
    );

    const secrets = [
      DEMO_PASSWORD,
      login.body.accessToken as string,
      login.body.refreshToken as string,
      await t.tokenFor('ana@demo.chorus'),
      t.config.linkedin.clientSecret,
      code!,
      ...[...(sandbox.state['tokens'] as Map<string, unknown>).keys()],
    ];
    expect(secrets.length).toBeGreaterThan(6);
    const text = t.logs.text;
    // The flow was logged (requests, the publish job), so the absence of secrets means something.
    expect(text).toContain('/api/v1/connections/linkedin/callback?code=%5Bredacted%5D&state=%5Bredacted%5D');
    expect(text).toContain('"jobKey":"publishing.publish"');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});

describe('readiness when the database is gone', () => {
  it('answers 503 naming the database, while liveness stays up', async () => {
    const t = await TestApp.start();
    try {
      await t.dataSource.destroy();
      const ready = await t.http.get('/health/ready').expect(503);
      expect(ready.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: expect.stringContaining('database') });
      await t.http.get('/health').expect(503);
      await t.http.get('/health/live').expect(200);
    } finally {
      await t.close();
    }
  });
});
