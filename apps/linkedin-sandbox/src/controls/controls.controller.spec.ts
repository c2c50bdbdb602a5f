import { AxiosError } from 'axios';
import request from 'supertest';
import { sandboxMemberSub } from '../sandbox-options';
import { connectMember, postBody, startTestSandbox, TEST_START, TEST_VERSION, TestSandbox } from '../testing/sandbox-test-kit';

const ANA = 'ana@demo.chorus';
const ANA_SUB = sandboxMemberSub(ANA);

async function failureOf(promise: Promise<unknown>): Promise<AxiosError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AxiosError) {
      return error;
    }
    throw error;
  }
  throw new Error('Expected the request to fail');
}

describe('LinkedIn sandbox test controls', () => {
  let t: TestSandbox;
  let token: string;
  const http = () => request(t.sandbox.url);
  const create = (commentary: string) =>
    t.restli.create({ resourcePath: '/posts', entity: postBody(ANA_SUB, commentary), accessToken: token, versionString: TEST_VERSION });

  beforeAll(async () => {
    t = await startTestSandbox();
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await http().post('/__sandbox/reset').expect(204);
    token = (await connectMember(t.sandbox, ANA)).access_token;
  });

  it('GET /__sandbox/posts lists every post received, as LinkedIn shows it', async () => {
    const created = await t.restli.create({
      resourcePath: '/posts',
      entity: postBody(ANA_SUB, 'Lihat \\(ini\\) {hashtag|\\#|Chorus}', {
        content: { article: { source: 'https://example.com/a', title: 'A' } },
      }),
      accessToken: token,
      versionString: TEST_VERSION,
    });

    const posts = await http().get('/__sandbox/posts').expect(200);
    expect(posts.body).toEqual([
      {
        id: created.createdEntityId,
        author: `urn:li:person:${ANA_SUB}`,
        authorEmail: ANA,
        commentary: 'Lihat (ini) #Chorus',
        rawCommentary: 'Lihat \\(ini\\) {hashtag|\\#|Chorus}',
        storedCommentary: 'Lihat \\(ini\\) {hashtag|\\#|Chorus}',
        truncated: false,
        hashtags: ['Chorus'],
        article: { source: 'https://example.com/a', title: 'A' },
        visibility: 'PUBLIC',
        lifecycleState: 'PUBLISHED',
        createdAt: TEST_START.toISOString(),
      },
    ]);
  });

  it('lists the members with their stable subs', async () => {
    const members = await http().get('/__sandbox/members').expect(200);
    expect(members.body).toHaveLength(6);
    expect(members.body).toContainEqual({ email: ANA, name: 'Ana Wijaya', sub: ANA_SUB, urn: `urn:li:person:${ANA_SUB}` });
  });

  describe('faults', () => {
    it('validates fault settings', async () => {
      await http().post('/__sandbox/faults').send({ rate429: 1.5 }).expect(400, { status: 400, message: 'rate429: must be a number between 0 and 1' });
      await http().post('/__sandbox/faults').send({ rate5xx: '0.2' }).expect(400);
      await http().post('/__sandbox/faults').send({ delayMs: 60_001 }).expect(400);
      await http().post('/__sandbox/faults').send({ rate429: 0.1, typo: 1 }).expect(400, { status: 400, message: 'typo: unrecognized field found but not allowed' });
      await http()
        .post('/__sandbox/faults')
        .send({ rate429: 0.1, rate5xx: 0.2, rateDropAfterCommit: 0.05, delayMs: 0 })
        .expect(200, { rate429: 0.1, rate5xx: 0.2, rateDropAfterCommit: 0.05, delayMs: 0, readRate429: 0, readRate5xx: 0 });
      await http().delete('/__sandbox/faults').expect(200, { rate429: 0, rate5xx: 0, rateDropAfterCommit: 0, delayMs: 0, readRate429: 0, readRate5xx: 0 });
    });

    it('answers 429 like LinkedIn (no Retry-After) and stores nothing', async () => {
      await http().post('/__sandbox/faults').send({ rate429: 0.1 }).expect(200);
      t.random.script(0.05);

      const failure = await failureOf(create('Busy'));
      expect(failure.response?.status).toBe(429);
      expect(failure.response?.headers['retry-after']).toBeUndefined();
      expect(failure.response?.data).toEqual({
        status: 429,
        message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
      });
      expect(t.sandbox.state.listPosts()).toEqual([]);

      t.random.script(0.5);
      expect((await create('Busy')).status).toBe(201);
    });

    it('answers 500 or 503 from one roll, checking 429 first', async () => {
      await http().post('/__sandbox/faults').send({ rate429: 0.1, rate5xx: 0.2 }).expect(200);
      t.random.script(0.9, 0.05, 0.9, 0.15);

      expect((await failureOf(create('Down'))).response?.data).toEqual({ status: 500, message: 'Internal Server Error' });
      expect((await failureOf(create('Down'))).response?.data).toEqual({ status: 503, message: 'Service Unavailable' });
      expect(t.random.draws.slice(-4)).toEqual([0.9, 0.05, 0.9, 0.15]);
      expect(t.sandbox.state.listPosts()).toEqual([]);
    });

    it('drop after commit: the post exists but the caller sees a network error', async () => {
      await http().post('/__sandbox/faults').send({ rateDropAfterCommit: 0.05 }).expect(200);
      t.random.script(0.01);

      const failure = await failureOf(create('Lost answer'));
      expect(failure.response).toBeUndefined();
      expect(failure.code).toBe('ECONNRESET');

      const posts = await http().get('/__sandbox/posts').expect(200);
      expect(posts.body).toHaveLength(1);
      // Posting again is how a publisher learns the post exists.
      const again = await failureOf(create('Lost answer'));
      expect(again.response?.data).toEqual({ status: 422, message: `Content is a duplicate of ${posts.body[0].id}` });

      const stats = await http().get('/__sandbox/stats').expect(200);
      expect(stats.body.responses['POST /rest/posts']).toEqual({ dropped: 1, '422': 1 });
    });

    it('delays post creation by delayMs', async () => {
      await http().post('/__sandbox/faults').send({ delayMs: 150 }).expect(200);

      const started = Date.now();
      await create('Slow');
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    });

    it('draws nothing when no fault is set', async () => {
      const before = t.random.draws.length;
      await create('Calm');
      expect(t.random.draws.length).toBe(before);
    });
  });

  describe('tokens', () => {
    it('expires a member’s tokens (401 EXPIRED_ACCESS_TOKEN)', async () => {
      await http().post('/__sandbox/tokens/expire').send({ member: 'ANA@demo.chorus' }).expect(200, { expired: 1 });

      const failure = await failureOf(create('Too late'));
      expect(failure.response?.status).toBe(401);
      expect(failure.response?.data).toMatchObject({ serviceErrorCode: 65601, code: 'EXPIRED_ACCESS_TOKEN' });
    });

    it('revokes a member’s tokens (401 REVOKED_ACCESS_TOKEN)', async () => {
      await http().post('/__sandbox/tokens/revoke').send({ member: ANA }).expect(200, { revoked: 1 });

      expect((await failureOf(create('Gone'))).response?.data).toMatchObject({ serviceErrorCode: 65602, code: 'REVOKED_ACCESS_TOKEN' });
    });

    it('refuses unknown members and bad bodies', async () => {
      await http().post('/__sandbox/tokens/expire').send({ member: 'nobody@demo.chorus' }).expect(404);
      await http().post('/__sandbox/tokens/expire').send({}).expect(400);
      await http().post('/__sandbox/tokens/expire').send({ member: ANA, refreshTokens: 'yes' }).expect(400);
    });
  });

  it('reset forgets posts, tokens and faults', async () => {
    await create('Before reset');
    await http().post('/__sandbox/faults').send({ rate429: 1 }).expect(200);

    await http().post('/__sandbox/reset').expect(204);

    await http().get('/__sandbox/posts').expect(200, []);
    await http().get('/__sandbox/faults').expect(200, { rate429: 0, rate5xx: 0, rateDropAfterCommit: 0, delayMs: 0, readRate429: 0, readRate5xx: 0 });
    expect((await failureOf(create('After reset'))).response?.data).toMatchObject({ code: 'INVALID_ACCESS_TOKEN' });
  });

  it('counts answers per route and status', async () => {
    await create('Counted');
    await failureOf(create('Counted'));
    await http().get('/nowhere').expect(404);

    const stats = await http().get('/__sandbox/stats').expect(200);
    expect(stats.body).toEqual({
      posts: 1,
      activeAccessTokens: 1,
      responses: {
        'GET /oauth/v2/authorization': { '200': 1 },
        'POST /oauth/v2/authorization': { '302': 1 },
        'POST /oauth/v2/accessToken': { '200': 1 },
        'POST /rest/posts': { '201': 1, '422': 1 },
        'GET (no route)': { '404': 1 },
      },
    });
  });
});
