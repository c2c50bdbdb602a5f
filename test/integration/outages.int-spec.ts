import { loadConfig } from '@chorus/config';
import { startTcpProxy, TcpProxy } from '../support/tcp-proxy';
import { eventually, Http, TestApp } from '../support/test-app';
import { createTestEnvironment, servicesUnderTest, TestEnvironment } from '../support/test-env';

/** PostgreSQL and Redis reach the api through proxies that a test can cut, as a restart or a network blip would. */
const withServices = servicesUnderTest.databaseUrl && servicesUnderTest.redisUrl ? describe : describe.skip;

/** A request that does not answer in this long hangs, which an outage must never make it do. */
const ANSWER_WITHIN_MS = 8000;

function through(url: string, proxy: TcpProxy): string {
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return proxied.toString();
}

withServices('the api while PostgreSQL or Redis is briefly gone', () => {
  let environment: TestEnvironment;
  let database: TcpProxy;
  let redis: TcpProxy;
  let t: TestApp;
  let ana: Http;

  beforeAll(async () => {
    environment = await createTestEnvironment();
    const databaseUrl = new URL(environment.env.DATABASE_URL!);
    const redisUrl = new URL(environment.env.REDIS_URL!);
    database = await startTcpProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
    redis = await startTcpProxy({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
    const env = { ...environment.env, DATABASE_URL: through(databaseUrl.toString(), database), REDIS_URL: through(redisUrl.toString(), redis) };
    t = await TestApp.start({}, { role: 'api', environment: { ...environment, env, config: loadConfig(env) } });
    ana = await t.as('ana@demo.chorus');
  });
  afterAll(async () => {
    await t?.close();
    await database?.close();
    await redis?.close();
    await environment?.dispose();
  });

  it('answers 503 with a sentence while the database is gone, says so on readiness, and recovers by itself', async () => {
    await ana.get('/api/v1/me').expect(200);
    await database.cut();

    const during = await ana.get('/api/v1/me').timeout(ANSWER_WITHIN_MS);
    expect(during.status).toBe(503);
    expect(during.headers['retry-after']).toBe('5');
    expect(during.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', code: 'service.databaseUnavailable', message: 'Chorus cannot reach its database just now. Try again in a moment.' });
    expect(during.body).not.toHaveProperty('errorId');
    const ready = await t.http.get('/health/ready').timeout(ANSWER_WITHIN_MS);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ code: 'service.notReady', params: { down: 'database' }, message: 'Chorus is not ready: database is down.' });
    expect((await t.http.get('/health/live').timeout(ANSWER_WITHIN_MS)).status).toBe(200);

    await database.restore();
    const after = await eventually(async () => (await ana.get('/api/v1/me').timeout(ANSWER_WITHIN_MS)).status, (status) => status === 200, 20_000);
    expect(after).toBe(200);
    expect((await t.http.get('/health/ready').timeout(ANSWER_WITHIN_MS)).status).toBe(200);
  });

  it('answers 503 while Redis is gone where a request needs it (sign-in counts attempts there), serves what does not, and recovers by itself', async () => {
    await redis.cut();

    // Signing in counts attempts in Redis.
    const signIn = await t.http.post('/api/v1/auth/login').send({ email: 'budi@demo.chorus', password: 'chorus-demo' }).timeout(ANSWER_WITHIN_MS);
    expect(signIn.status).toBe(503);
    expect(signIn.body).toMatchObject({ statusCode: 503, code: 'service.queueUnavailable', message: 'Chorus cannot reach its job queue (Redis) just now. Try again in a moment.' });
    // Reading needs only the database.
    await ana.get('/api/v1/me').timeout(ANSWER_WITHIN_MS).expect(200);
    const ready = await t.http.get('/health/ready').timeout(ANSWER_WITHIN_MS);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ code: 'service.notReady', params: { down: 'redis' } });

    await redis.restore();
    const after = await eventually(
      async () => (await t.http.post('/api/v1/auth/login').send({ email: 'budi@demo.chorus', password: 'chorus-demo' }).timeout(ANSWER_WITHIN_MS)).status,
      (status) => status === 200,
      20_000,
    );
    expect(after).toBe(200);
    expect((await t.http.get('/health/ready').timeout(ANSWER_WITHIN_MS)).status).toBe(200);
  });
});
