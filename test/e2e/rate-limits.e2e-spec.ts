import { TestApp } from '../support/test-app';

/** Expensive routes are limited per user, not per address: everyone here shares 127.0.0.1. */
describe('per-user limits on expensive routes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  async function spend(times: number, send: () => Promise<{ status: number }>, expected: number): Promise<void> {
    for (let i = 0; i < times; i++) expect((await send()).status).toBe(expected);
  }

  function expectRetryAfter(response: { status: number; headers: Record<string, string> }, atMostSeconds: number): void {
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(atMostSeconds);
  }

  it('link preview: 30 a minute per user, then 429 with Retry-After; another user is unaffected', async () => {
    const curator = await t.as('curator@demo.chorus');
    const admin = await t.as('admin@demo.chorus');
    // A private address is refused without any network traffic, which keeps the test quick.
    const preview = (as: typeof curator) => as.post('/api/v1/link-preview').send({ url: 'http://127.0.0.1/news' });
    await spend(30, () => preview(curator), 422);
    const limited = await preview(curator);
    expectRetryAfter(limited, 60);
    expect(limited.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/^Too many link previews; try again in \d+ seconds\.$/) });
    const seconds = Number(limited.headers['retry-after']);
    expect(limited.body).toMatchObject({ code: 'limit.linkPreview', params: { wait: 'unit.seconds', seconds, retryAfterSeconds: seconds } });
    expect(limited.body.message).toBe(`Too many link previews; try again in ${seconds} seconds.`);
    expect((await preview(admin)).status).toBe(422);
  });

  it('compliance check: 120 a minute per user', async () => {
    const ana = await t.as('ana@demo.chorus');
    const budi = await t.as('budi@demo.chorus');
    const check = (as: typeof ana) => as.post('/api/v1/compliance/check').send({ text: 'Proud of our new product!' });
    await spend(120, () => check(ana), 200);
    expectRetryAfter(await check(ana), 60);
    expect((await check(budi)).status).toBe(200);
  });

  it('CSV import: 10 an hour per admin, counted whether or not the file was right', async () => {
    const admin = await t.as('admin@demo.chorus');
    const importCsv = () => admin.post('/api/v1/users/import').send({ csv: 'email,name\nnot-an-email,Nobody' });
    await spend(10, importCsv, 422);
    const limited = await importCsv();
    expectRetryAfter(limited, 3600);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(60);
    expect(limited.body.message).toMatch(/^Too many imports; try again in \d+ minutes\.$/);
    // Someone who may not import is refused as before, not counted.
    const ana = await t.as('ana@demo.chorus');
    expect((await ana.post('/api/v1/users/import').send({ csv: 'email,name' })).status).toBe(403);
  });
});
