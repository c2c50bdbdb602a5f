import { ComplianceRuleEntity } from '@chorus/compliance';
import { User } from '@chorus/identity';
import { randomUUID } from 'node:crypto';
import { connectLinkedIn } from '../support/connections';
import { Http, TestApp } from '../support/test-app';

describe('compliance regexes run in linear time: no rule can stall the server', () => {
  let t: TestApp;
  let admin: Http;
  let ana: Http;

  beforeAll(async () => {
    t = await TestApp.start();
    [admin, ana] = await Promise.all([t.as('admin@demo.chorus'), t.as('ana@demo.chorus')]);
  });
  afterAll(() => t.close());

  /**
   * Runs `work` (an HTTP request) while asking GET /health again and again, one request at a
   * time, until the work is done and at least five health checks have answered; returns the
   * work's response and how long each health check took.
   */
  async function whileCheckingHealth<T>(work: PromiseLike<T>): Promise<{ response: T; healthMs: number[] }> {
    let done = false;
    const settled = Promise.resolve(work).finally(() => {
      done = true;
    });
    const healthMs: number[] = [];
    while (!done || healthMs.length < 5) {
      const started = performance.now();
      await t.http.get('/health').expect(200);
      healthMs.push(performance.now() - started);
    }
    return { response: await settled, healthMs };
  }

  async function rules(): Promise<{ id: string; pattern: string; problem: string | null }[]> {
    return (await admin.get('/api/v1/compliance-rules').expect(200)).body;
  }

  it('a hostile rule created by an admin checks a 5,000-character text while /health keeps answering at once', async () => {
    // With the i and u flags "ſ" matches "s": on a backtracking engine this pattern takes
    // seconds on a few hundred characters, and ages on 5,000.
    const created = await admin.post('/api/v1/compliance-rules').send({ pattern: '/s+ſ+s+ſ+x/iu', category: 'custom', action: 'block' }).expect(201);
    expect(created.body.pattern).toBe('/s+ſ+s+ſ+x/iu');

    const text = 'ſs'.repeat(2500);
    expect(text).toHaveLength(5000);
    const { response, healthMs } = await whileCheckingHealth(ana.post('/api/v1/compliance/check').send({ text }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ decision: 'pass', message: '', matches: [] });
    for (const ms of healthMs) expect(ms).toBeLessThan(1000); // a stalled event loop holds it for seconds; a busy CI machine for a few hundred ms

    // The rule still does its job.
    const caught = await ana.post('/api/v1/compliance/check').send({ text: 'Sſſsx marks the spot' }).expect(200);
    expect(caught.body).toMatchObject({ decision: 'block', matches: [expect.objectContaining({ ruleId: created.body.id, matched: ['Ssssx'] })] });
  });

  it('approving a share whose text attacks the rule stays fast too', async () => {
    const curator = await t.as('curator@demo.chorus');
    const post = await curator.post('/api/v1/posts').send({ title: 'Hostile text', suggestedCommentary: 'Say something.' }).expect(201);
    await curator.post(`/api/v1/posts/${post.body.id}/publish`).expect(200);
    const connection = await connectLinkedIn(t, 'ana@demo.chorus');
    await ana.post('/api/v1/policies/current/acknowledge').expect(200);
    // The longest commentary LinkedIn takes once the organisation's disclosure is appended.
    const share = await ana.post('/api/v1/shares').send({ postId: post.body.id, connectionId: connection.id, commentary: 'ſs'.repeat(1450) }).expect(201);

    const { response, healthMs } = await whileCheckingHealth(ana.post(`/api/v1/shares/${share.body.id}/approve`));
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('approved');
    for (const ms of healthMs) expect(ms).toBeLessThan(250);
  });

  it.each([
    ['/x(?=y)/', 'uses a lookahead ((?=…))'],
    ['/(?<!\\w)secret/', 'uses a negative lookbehind ((?<!…))'],
    ['/(\\w+) \\1/', 'uses a backreference (\\1)'],
    ['/a++/', 'uses a possessive quantifier (such as a++ or a*+)'],
  ])('refuses %s with a 400 naming the pattern and why, and stores nothing', async (pattern, what) => {
    const before = await rules();
    const refused = await admin.post('/api/v1/compliance-rules').send({ pattern, category: 'custom', action: 'block' }).expect(400);
    expect(refused.body.message).toBe(
      `pattern: The pattern ${pattern} ${what}, which compliance rules do not support: rules run on a linear-time engine so that no pattern can stall the server.`,
    );
    expect(await rules()).toEqual(before);
  });

  it('a stored rule the engine cannot run is marked, skipped, and does not break checks', async () => {
    // As saved by an earlier version, which accepted lookarounds.
    const { organizationId } = await t.dataSource.getRepository(User).findOneByOrFail({ email: 'admin@demo.chorus' });
    const stored = { id: randomUUID(), organizationId, pattern: '/(?<!\\w)launch code(?!\\w)/', category: 'confidential', action: 'block', createdById: null, createdAt: t.clock.now() };
    await t.dataSource.getRepository(ComplianceRuleEntity).insert(stored);

    const listed = await rules();
    expect(listed.filter((rule) => rule.problem !== null).map((rule) => rule.id)).toEqual([stored.id]);
    expect(listed.find((rule) => rule.id === stored.id)?.problem).toBe(
      'The pattern /(?<!\\w)launch code(?!\\w)/ uses a negative lookbehind ((?<!…)), which compliance rules do not support: rules run on a linear-time engine so that no pattern can stall the server.',
    );
    const check = await ana.post('/api/v1/compliance/check').send({ text: 'The launch code is internal only' }).expect(200);
    expect(check.body).toMatchObject({ decision: 'block', message: 'Blocked by compliance rule "internal only" (category: confidential): matched "internal only".' });
    expect(check.body.matches.map((m: { ruleId: string }) => m.ruleId)).not.toContain(stored.id);

    await admin.delete(`/api/v1/compliance-rules/${stored.id}`).expect(204);
    expect((await rules()).map((rule) => rule.id)).not.toContain(stored.id);
  });
});
