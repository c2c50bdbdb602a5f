import { escapeLittleText } from '@chorus/networks';
import { AxiosError } from 'axios';
import request from 'supertest';
import { sandboxMemberSub } from '../sandbox-options';
import { connectMember, postBody, startTestSandbox, TEST_VERSION, TestSandbox } from '../testing/sandbox-test-kit';
import { engagementAt } from './engagement';

const ANA = 'ana@demo.chorus';
const ANA_SUB = sandboxMemberSub(ANA);
const ANA_URN = `urn:li:person:${ANA_SUB}`;
const HOUR_MS = 60 * 60 * 1000;

async function failureOf(promise: Promise<unknown>): Promise<{ status?: number; data: unknown; headers: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AxiosError) {
      return { status: error.response?.status, data: error.response?.data, headers: { ...error.response?.headers } };
    }
    throw error;
  }
  throw new Error('Expected the request to fail');
}

describe('LinkedIn sandbox Posts API', () => {
  let t: TestSandbox;
  let token: string;

  const create = async (entity: Record<string, unknown>, accessToken = token) => {
    const response = await t.restli.create({ resourcePath: '/posts', entity, accessToken, versionString: TEST_VERSION });
    // The client types the decoded id loosely; a post URN is a string.
    return { ...response, createdEntityId: String(response.createdEntityId) };
  };
  const idsOf = (elements: unknown[]) => elements.map((post) => (post as { id: string }).id);
  const rawCreate = () =>
    request(t.sandbox.url).post('/rest/posts').set('Authorization', `Bearer ${token}`).send(postBody(ANA_SUB, 'Hello'));

  beforeAll(async () => {
    t = await startTestSandbox();
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    t.sandbox.state.reset();
    token = (await connectMember(t.sandbox, ANA)).access_token;
  });

  describe('create', () => {
    it('answers 201 with an empty body and the URN in x-restli-id (RestliClient.create)', async () => {
      const response = await create(
        postBody(ANA_SUB, 'Proud of our team', {
          content: { article: { source: 'https://example.com/news', title: 'Our news', description: 'What we did' } },
        }),
      );

      expect(response.status).toBe(201);
      expect(response.data).toBe('');
      expect(response.createdEntityId).toMatch(/^urn:li:share:\d{19}$/);
      expect(response.headers['x-restli-id']).toBe(response.createdEntityId);
      expect(t.sandbox.state.listPosts()).toEqual([
        expect.objectContaining({
          id: response.createdEntityId,
          author: ANA_URN,
          authorEmail: ANA,
          displayCommentary: 'Proud of our team',
          article: { source: 'https://example.com/news', title: 'Our news', description: 'What we did' },
        }),
      ]);
    });

    it('needs LinkedIn-Version (426) and X-Restli-Protocol-Version: 2.0.0', async () => {
      await rawCreate().set('X-Restli-Protocol-Version', '2.0.0').expect(426, {
        status: 426,
        code: 'VERSION_MISSING',
        message: 'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
      });
      for (const version of ['2025-10', '202513', '202301', '202701']) {
        const answer = await rawCreate().set('LinkedIn-Version', version).set('X-Restli-Protocol-Version', '2.0.0').expect(426);
        expect(answer.body).toEqual({ status: 426, code: 'NONEXISTENT_VERSION', message: `Requested version ${version} is not active` });
      }
      const noProtocol = await rawCreate().set('LinkedIn-Version', TEST_VERSION).expect(400);
      expect(noProtocol.body.message).toBe('X-Restli-Protocol-Version must be 2.0.0, got none');
      await rawCreate().set('LinkedIn-Version', '202510.01').set('X-Restli-Protocol-Version', '2.0.0').expect(201);
      expect(t.sandbox.state.listPosts()).toHaveLength(1);
    });

    it('needs the w_member_social scope (403)', async () => {
      const signInOnly = await connectMember(t.sandbox, ANA, ['openid', 'profile']);

      expect(await failureOf(create(postBody(ANA_SUB, 'Hi'), signInOnly.access_token))).toMatchObject({
        status: 403,
        data: {
          status: 403,
          serviceErrorCode: 100,
          code: 'ACCESS_DENIED',
          message: 'Not enough permissions to access: partnerApiPostsExternal.CREATE.20251001',
        },
      });
    });

    it('refuses an author other than the token member (403)', async () => {
      const budi = `urn:li:person:${sandboxMemberSub('budi@demo.chorus')}`;

      const failure = await failureOf(create({ ...postBody(ANA_SUB, 'Hi'), author: budi }));
      expect(failure.status).toBe(403);
      expect(failure.data).toMatchObject({ code: 'ACCESS_DENIED', message: expect.stringContaining(`The author ${budi} is not the authenticated member`) });
      expect(t.sandbox.state.listPosts()).toEqual([]);
    });

    it('allows 3,000 characters of commentary and refuses 3,001 (422)', async () => {
      await create(postBody(ANA_SUB, 'a'.repeat(3000)));

      const failure = await failureOf(create(postBody(ANA_SUB, 'b'.repeat(3001))));
      expect(failure.status).toBe(422);
      expect(failure.data).toMatchObject({
        status: 422,
        message: 'ERROR :: /commentary :: length exceeds the maximum of 3000 characters',
        errorDetails: { inputErrors: [{ code: 'FIELD_LENGTH_TOO_LONG', input: { inputPath: { fieldPath: 'commentary' } } }] },
      });
    });

    it.each([
      ['author', (body: Record<string, unknown>) => ({ ...body, author: undefined }), 'ERROR :: /author :: field is required but not found and has no default value'],
      ['lifecycleState', (body: Record<string, unknown>) => ({ ...body, lifecycleState: undefined }), 'ERROR :: /lifecycleState :: field is required but not found and has no default value'],
      ['feedDistribution', (body: Record<string, unknown>) => ({ ...body, distribution: {} }), 'ERROR :: /distribution/feedDistribution :: field is required but not found and has no default value'],
      ['distribution type', (body: Record<string, unknown>) => ({ ...body, distribution: 'MAIN_FEED' }), 'ERROR :: /distribution :: must be a record'],
      ['visibility', (body: Record<string, unknown>) => ({ ...body, visibility: 'EVERYONE' }), 'ERROR :: /visibility :: "EVERYONE" is not one of PUBLIC, CONNECTIONS, LOGGED_IN'],
      ['article title', (body: Record<string, unknown>) => ({ ...body, content: { article: { source: 'https://example.com' } } }), 'ERROR :: /content/article/title :: field is required but not found and has no default value'],
      ['article source', (body: Record<string, unknown>) => ({ ...body, content: { article: { source: 'not a url', title: 'T' } } }), 'ERROR :: /content/article/source :: "not a url" is not a valid URL'],
      ['thumbnail', (body: Record<string, unknown>) => ({ ...body, content: { article: { source: 'https://example.com', title: 'T', thumbnail: 'https://example.com/a.png' } } }), 'ERROR :: /content/article/thumbnail :: "https://example.com/a.png" is not an image URN'],
      ['unknown field', (body: Record<string, unknown>) => ({ ...body, text: 'Hi' }), 'ERROR :: /text :: unrecognized field found but not allowed'],
    ])('validates the body like LinkedIn: %s', async (_name, change, message) => {
      const failure = await failureOf(create(change(postBody(ANA_SUB, 'Hi'))));

      expect(failure.status).toBe(422);
      expect(failure.data).toMatchObject({ status: 422, message });
    });

    it('never answers 500 to a malformed body', async () => {
      const post = () =>
        request(t.sandbox.url)
          .post('/rest/posts')
          .set('Authorization', `Bearer ${token}`)
          .set('LinkedIn-Version', TEST_VERSION)
          .set('X-Restli-Protocol-Version', '2.0.0');
      await post().set('Content-Type', 'application/json').send('{"author":').expect(400);
      await post().send([postBody(ANA_SUB, 'Hi')]).expect(422);
      await post().expect(422);
      await post().send({ ...postBody(ANA_SUB, 'Hi'), commentary: 42 }).expect(422);
      await post().send({ ...postBody(ANA_SUB, 'Hi'), content: null }).expect(201);
      await post().send({ ...postBody(ANA_SUB, 'Ho'), content: { article: [] } }).expect(422);
    });
  });

  describe('little text', () => {
    it('cuts the post at an unescaped reserved character, as LinkedIn silently does', async () => {
      await create(postBody(ANA_SUB, 'Great launch (see below) #proud'));

      expect(t.sandbox.state.listPosts()[0]).toMatchObject({
        rawCommentary: 'Great launch (see below) #proud',
        storedCommentary: 'Great launch ',
        displayCommentary: 'Great launch ',
        truncated: true,
      });
    });

    it('keeps escaped text whole and renders hashtag templates', async () => {
      const text = 'Great launch (see below) — 50% off_for_now! C# & <b>bold</b> ~ana@example.com [1] {x} | * \\ #proud';
      await create(postBody(ANA_SUB, escapeLittleText(text, { hashtags: true })));

      expect(t.sandbox.state.listPosts()[0]).toMatchObject({ displayCommentary: text, truncated: false, hashtags: ['proud'] });
    });

    it('stores the hashtag template as #word', async () => {
      await create(postBody(ANA_SUB, 'Kami bangga {hashtag|\\#|BerbagiCerita} 🎉'));

      expect(t.sandbox.state.listPosts()[0]).toMatchObject({ displayCommentary: 'Kami bangga #BerbagiCerita 🎉', hashtags: ['BerbagiCerita'] });
    });
  });

  describe('duplicates', () => {
    it('answers 422 naming the existing post for the same author and commentary', async () => {
      const first = await create(postBody(ANA_SUB, 'Same words'));

      expect(await failureOf(create(postBody(ANA_SUB, 'Same words')))).toMatchObject({
        status: 422,
        data: { status: 422, message: `Content is a duplicate of ${first.createdEntityId}` },
      });
      const budi = await connectMember(t.sandbox, 'budi@demo.chorus');
      await create(postBody(sandboxMemberSub('budi@demo.chorus'), 'Same words'), budi.access_token);
      expect(t.sandbox.state.listPosts()).toHaveLength(2);
    });
  });

  describe('finder and get', () => {
    it('lists the member’s posts newest first through RestliClient.finder', async () => {
      const ids: string[] = [];
      for (const text of ['one', 'two', 'three']) {
        ids.push((await create(postBody(ANA_SUB, text))).createdEntityId);
        t.clock.advance(60_000);
      }

      const page = await t.restli.finder({
        resourcePath: '/posts',
        finderName: 'author',
        queryParams: { author: ANA_URN, count: 2, start: 0, sortBy: 'LAST_MODIFIED' },
        accessToken: token,
        versionString: TEST_VERSION,
      });

      expect(page.data.paging).toEqual({ start: 0, count: 2, total: 3, links: [] });
      expect(idsOf(page.data.elements)).toEqual([ids[2], ids[1]]);
      expect(page.data.elements[0]).toMatchObject({
        id: ids[2],
        author: ANA_URN,
        commentary: 'three',
        lifecycleState: 'PUBLISHED',
        visibility: 'PUBLIC',
        createdAt: t.clock.now().getTime() - 60_000,
        lastModifiedAt: t.clock.now().getTime() - 60_000,
      });
      const next = await t.restli.finder({
        resourcePath: '/posts',
        finderName: 'author',
        queryParams: { author: ANA_URN, count: 2, start: 2 },
        accessToken: token,
        versionString: TEST_VERSION,
      });
      expect(idsOf(next.data.elements)).toEqual([ids[0]]);
    });

    it('refuses another member’s posts, bad parameters, and tokens without r_member_social', async () => {
      const finder = (queryParams: Record<string, unknown>, accessToken = token) =>
        t.restli.finder({ resourcePath: '/posts', finderName: 'author', queryParams, accessToken, versionString: TEST_VERSION });

      expect((await failureOf(finder({ author: `urn:li:person:${sandboxMemberSub('budi@demo.chorus')}` }))).status).toBe(403);
      expect(await failureOf(finder({ author: ANA_URN, count: 500 }))).toMatchObject({
        status: 400,
        data: { message: 'ERROR :: /count :: must be at most 100' },
      });
      expect((await failureOf(finder({ author: 'ana' }))).status).toBe(400);
      const shareOnly = await connectMember(t.sandbox, ANA, ['openid', 'w_member_social']);
      expect((await failureOf(finder({ author: ANA_URN }, shareOnly.access_token))).data).toMatchObject({
        status: 403,
        message: 'Not enough permissions to access: partnerApiPostsExternal.FINDER-author.20251001',
      });
    });

    it('gets one post by its encoded URN', async () => {
      const created = await create(postBody(ANA_SUB, 'Find me'));

      const post = await t.restli.get({ resourcePath: '/posts/{id}', pathKeys: { id: created.createdEntityId }, accessToken: token, versionString: TEST_VERSION });
      expect(post.data).toMatchObject({ id: created.createdEntityId, commentary: 'Find me' });

      const missing = await failureOf(
        t.restli.get({ resourcePath: '/posts/{id}', pathKeys: { id: 'urn:li:share:1' }, accessToken: token, versionString: TEST_VERSION }),
      );
      expect(missing.status).toBe(404);
      const invalid = await failureOf(
        t.restli.get({ resourcePath: '/posts/{id}', pathKeys: { id: 'nonsense' }, accessToken: token, versionString: TEST_VERSION }),
      );
      expect(invalid.status).toBe(400);
    });
  });

  describe('engagement', () => {
    it('grows with time since creation, deterministically', async () => {
      const created = await create(postBody(ANA_SUB, 'Engage'));
      const created_at = t.clock.now().getTime();
      const socialActions = async () =>
        (
          await t.restli.get({
            resourcePath: '/socialActions/{id}',
            pathKeys: { id: created.createdEntityId },
            accessToken: token,
            versionString: TEST_VERSION,
          })
        ).data;

      expect(await socialActions()).toMatchObject({
        target: created.createdEntityId,
        likesSummary: { totalLikes: 0 },
        commentsSummary: { aggregatedTotalComments: 0 },
      });

      const seen: number[] = [];
      for (const hours of [1, 6, 24, 72]) {
        t.clock.advance(hours * HOUR_MS - (t.clock.now().getTime() - created_at));
        const data = await socialActions();
        const expected = engagementAt(created.createdEntityId, created_at, t.clock.now().getTime());
        expect(data.likesSummary.totalLikes).toBe(expected.likes);
        expect(data.commentsSummary.aggregatedTotalComments).toBe(expected.comments);
        seen.push(data.likesSummary.totalLikes);
      }
      expect(seen[3]).toBeGreaterThan(seen[0]);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);

      const extra = await request(t.sandbox.url).get(`/__sandbox/posts/${encodeURIComponent(created.createdEntityId)}/engagement`).expect(200);
      expect(extra.body).toEqual({
        id: created.createdEntityId,
        ...(({ likes, comments, reshares, impressions }) => ({ likeCount: likes, commentCount: comments, reshareCount: reshares, impressionCount: impressions }))(
          engagementAt(created.createdEntityId, created_at, t.clock.now().getTime()),
        ),
      });
      expect(extra.body.impressionCount).toBeGreaterThan(extra.body.likeCount);
    });

    it('answers member post analytics per metric with r_member_postAnalytics, and refuses tokens without it', async () => {
      const created = await create(postBody(ANA_SUB, 'Analytics'));
      const createdAt = t.clock.now().getTime();
      t.clock.advance(6 * HOUR_MS);
      const metric = async (queryType: string, accessToken = token) =>
        (
          await t.restli.finder({
            resourcePath: '/memberCreatorPostAnalytics',
            finderName: 'entity',
            queryParams: { entity: { share: created.createdEntityId }, queryType, aggregation: 'TOTAL' },
            accessToken,
            versionString: TEST_VERSION,
          })
        ).data as { elements: { count: number; targetEntity: Record<string, string> }[] };
      const expected = engagementAt(created.createdEntityId, createdAt, t.clock.now().getTime());
      expect((await metric('IMPRESSION')).elements).toEqual([expect.objectContaining({ count: expected.impressions, targetEntity: { share: created.createdEntityId } })]);
      expect((await metric('REACTION')).elements[0].count).toBe(expected.likes);
      expect((await metric('COMMENT')).elements[0].count).toBe(expected.comments);
      expect((await metric('RESHARE')).elements[0].count).toBe(expected.reshares);
      expect(expected.impressions).toBeGreaterThan(0);

      const countsOnly = (await connectMember(t.sandbox, ANA, ['openid', 'w_member_social', 'r_member_social'])).access_token;
      expect(await failureOf(metric('IMPRESSION', countsOnly))).toMatchObject({ status: 403 });
      expect(await failureOf(metric('LIKES'))).toMatchObject({ status: 400 });
    });

    it('fails reads as the read faults say: 429 with Retry-After, then 5xx', async () => {
      const created = await create(postBody(ANA_SUB, 'Faulty reads'));
      const read = () => t.restli.get({ resourcePath: '/socialActions/{id}', pathKeys: { id: created.createdEntityId }, accessToken: token, versionString: TEST_VERSION });
      await request(t.sandbox.url).post('/__sandbox/faults').send({ readRate429: 1 }).expect(200);
      expect(await failureOf(read())).toMatchObject({ status: 429, headers: expect.objectContaining({ 'retry-after': '60' }) });
      await request(t.sandbox.url).post('/__sandbox/faults').send({ readRate5xx: 1 }).expect(200);
      expect((await failureOf(read())).status).toBeGreaterThanOrEqual(500);
      await request(t.sandbox.url).delete('/__sandbox/faults').expect(200);
      expect((await read()).status).toBe(200);
    });
  });

  describe('daily limit', () => {
    it('answers 429 after the member’s daily post limit, until midnight UTC', async () => {
      const limited = await startTestSandbox({ memberDailyPostLimit: 2 });
      try {
        const ana = (await connectMember(limited.sandbox, ANA)).access_token;
        const post = (text: string) =>
          limited.restli.create({ resourcePath: '/posts', entity: postBody(ANA_SUB, text), accessToken: ana, versionString: TEST_VERSION });
        await post('1');
        await post('2');
        expect(await failureOf(post('3'))).toMatchObject({ status: 429, data: { status: 429 } });

        limited.clock.advance(24 * HOUR_MS);
        expect((await post('3')).status).toBe(201);
      } finally {
        await limited.close();
      }
    });
  });
});
