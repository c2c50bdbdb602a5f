import request from 'supertest';
import { GENERATED_MEMBER_DAILY_POST_LIMIT, generatedSandboxMembers, resolveSandboxOptions, sandboxMemberSub } from './sandbox-options';
import { connectMember, postBody, startTestSandbox, TEST_VERSION, TestSandbox } from './testing/sandbox-test-kit';

describe('generated members and issued tokens (load tests and benchmarks)', () => {
  let t: TestSandbox;
  const http = () => request(t.sandbox.url);

  beforeAll(async () => {
    t = await startTestSandbox({ generatedMembers: 300, memberDailyPostLimit: 2 });
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await http().post('/__sandbox/reset').expect(204);
  });

  it('adds the generated members to the demo’s, each with its own high daily limit', async () => {
    const members = (await http().get('/__sandbox/members').expect(200)).body as { email: string; name: string; sub: string }[];
    expect(members).toHaveLength(6 + 300);
    expect(members[6]).toEqual({ email: 'member-1@sandbox.chorus', name: 'Sandbox Member 1', sub: sandboxMemberSub('member-1@sandbox.chorus'), urn: `urn:li:person:${sandboxMemberSub('member-1@sandbox.chorus')}` });
    expect(members.at(-1)?.email).toBe('member-300@sandbox.chorus');

    const resolved = resolveSandboxOptions({ generatedMembers: 2, memberDailyPostLimit: 5 });
    expect(resolved.members.map((m) => [m.email, m.dailyPostLimit])).toEqual([
      ...['admin', 'curator', 'manager', 'ana', 'budi', 'citra'].map((name) => [`${name}@demo.chorus`, 5]),
      ['member-1@sandbox.chorus', GENERATED_MEMBER_DAILY_POST_LIMIT],
      ['member-2@sandbox.chorus', GENERATED_MEMBER_DAILY_POST_LIMIT],
    ]);
    expect(() => generatedSandboxMembers(1.5)).toThrow('generated members must be a whole number from 0 to 100000, got 1.5');
  });

  it('issues working tokens for many members at once, as the consent page would', async () => {
    const emails = Array.from({ length: 300 }, (_, i) => `member-${i + 1}@sandbox.chorus`);
    const issued = await http()
      .post('/__sandbox/tokens/issue')
      .send({ members: emails, clientId: 'chorus-sandbox-client', scopes: ['openid', 'w_member_social'] })
      .expect(200);
    const tokens = issued.body.tokens as { member: string; sub: string; access_token: string; expires_in: number; scope: string; token_type: string }[];
    expect(tokens).toHaveLength(300);
    expect(tokens[41]).toEqual({ member: emails[41], sub: sandboxMemberSub(emails[41]), access_token: expect.any(String), expires_in: 60 * 24 * 3600, scope: 'openid,w_member_social', token_type: 'Bearer' });
    expect(new Set(tokens.map((token) => token.access_token)).size).toBe(300);
    expect((await http().get('/__sandbox/stats').expect(200)).body.activeAccessTokens).toBe(300);

    // A generated member is not held to the sandbox's daily limit of 2.
    const { sub, access_token: accessToken } = tokens[41];
    for (let i = 0; i < 5; i++) {
      const created = await t.restli.create({ resourcePath: '/posts', entity: postBody(sub, `Post ${i}`), accessToken, versionString: TEST_VERSION });
      expect(created.status).toBe(201);
    }
    const userinfo = await http().get('/v2/userinfo').set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(userinfo.body.sub).toBe(sub);
  });

  it('without a client or scopes: the first application and all its scopes', async () => {
    const issued = await http().post('/__sandbox/tokens/issue').send({ members: ['ana@demo.chorus'] }).expect(200);
    expect(issued.body.tokens[0].scope).toBe('email,openid,profile,r_member_postAnalytics,r_member_social,w_member_social');
  });

  it('checks every member, the client and the scopes before issuing anything', async () => {
    await http().post('/__sandbox/tokens/issue').send({ members: ['member-1@sandbox.chorus', 'nobody@sandbox.chorus'] }).expect(404, { status: 404, message: 'No sandbox member has the email nobody@sandbox.chorus' });
    await http().post('/__sandbox/tokens/issue').send({ members: ['member-1@sandbox.chorus'], clientId: 'other' }).expect(404, { status: 404, message: 'No sandbox application has the client id other' });
    await http()
      .post('/__sandbox/tokens/issue')
      .send({ members: ['member-1@sandbox.chorus'], clientId: 'chorus-sandbox-client', scopes: ['w_member_social', 'r_member_social'] })
      .expect(400, { status: 400, message: 'scopes: r_member_social not granted to the application chorus-sandbox-client' });
    await http().post('/__sandbox/tokens/issue').send({ members: [] }).expect(400, { status: 400, message: 'members: must be a list of 1 to 100000 emails' });
    await http().post('/__sandbox/tokens/issue').send({ members: 'ana@demo.chorus' }).expect(400);
    await http().post('/__sandbox/tokens/issue').send({ members: [3] }).expect(400);
    expect((await http().get('/__sandbox/stats').expect(200)).body.activeAccessTokens).toBe(0);
  });
});

describe('the posts index', () => {
  it('finds duplicates, an author’s posts and the day’s count among many posts, and forgets them on reset', async () => {
    const t = await startTestSandbox({ memberDailyPostLimit: 40 });
    try {
      const ana = (await connectMember(t.sandbox, 'ana@demo.chorus')).access_token;
      const budi = (await connectMember(t.sandbox, 'budi@demo.chorus')).access_token;
      const post = (token: string, email: string, text: string) =>
        t.restli.create({ resourcePath: '/posts', entity: postBody(sandboxMemberSub(email), text), accessToken: token, versionString: TEST_VERSION }).then(
          (answer) => answer.createdEntityId as string,
          (error: { response?: { status: number } }) => error.response?.status,
        );
      const anas: unknown[] = [];
      for (let i = 0; i < 40; i++) anas.push(await post(ana, 'ana@demo.chorus', `Ana ${i}`));
      // Another author may say the same; Ana may not, and not a 41st time today.
      expect(await post(budi, 'budi@demo.chorus', 'Ana 7')).toEqual(expect.stringMatching(/^urn:li:share:\d{19}$/));
      expect(await post(ana, 'ana@demo.chorus', 'Something new')).toBe(429);
      t.clock.advance(24 * 3600 * 1000);
      expect(await post(ana, 'ana@demo.chorus', 'Ana 7')).toBe(422);
      expect(await post(ana, 'ana@demo.chorus', 'Something new')).toEqual(expect.stringMatching(/^urn:li:share:/));

      const state = t.sandbox.state;
      expect(state.findPost(anas[12] as string)?.displayCommentary).toBe('Ana 12');
      expect(state.findPostsByAuthor(`urn:li:person:${sandboxMemberSub('ana@demo.chorus')}`).map((p) => p.displayCommentary).slice(0, 3)).toEqual(['Something new', 'Ana 39', 'Ana 38']);
      expect(state.countPostsByAuthorOnUtcDay(`urn:li:person:${sandboxMemberSub('ana@demo.chorus')}`, t.clock.now().getTime())).toBe(1);

      state.reset();
      expect(state.findPost(anas[12] as string)).toBeUndefined();
      expect(state.findDuplicatePost(`urn:li:person:${sandboxMemberSub('ana@demo.chorus')}`, 'Ana 7')).toBeUndefined();
      expect(state.listPosts()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
