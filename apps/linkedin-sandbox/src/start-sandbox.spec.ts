import request from 'supertest';
import { DEFAULT_SANDBOX_MEMBERS, resolveSandboxOptions, sandboxMemberSub } from './sandbox-options';
import { startLinkedinSandbox } from './start-sandbox';
import { connectMember, startTestSandbox, TEST_VERSION } from './testing/sandbox-test-kit';

describe('startLinkedinSandbox', () => {
  it('listens on a free port, serves, and stops', async () => {
    const sandbox = await startLinkedinSandbox({ port: 0 });
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await request(sandbox.url).get('/__sandbox/members').expect(200);

    await sandbox.close();
    await expect(fetch(`${sandbox.url}/__sandbox/members`)).rejects.toThrow();
  });

  it('defaults to one member per demo user and the chorus sandbox client', async () => {
    const options = resolveSandboxOptions();

    expect(options.members.map((member) => [member.email, member.name])).toEqual(
      DEFAULT_SANDBOX_MEMBERS.map((member) => [member.email, member.name]),
    );
    expect(options.members[3]).toMatchObject({ givenName: 'Ana', familyName: 'Wijaya', sub: sandboxMemberSub('ana@demo.chorus') });
    expect(options.clients).toEqual([
      {
        clientId: 'chorus-sandbox-client',
        clientSecret: 'chorus-sandbox-secret',
        name: 'Chorus',
        redirectUris: null,
        scopes: ['openid', 'profile', 'email', 'w_member_social'],
      },
    ]);
    expect(options).toMatchObject({
      issueRefreshTokens: false,
      accessTokenTtlSeconds: 60 * 24 * 60 * 60,
      refreshTokenTtlSeconds: 365 * 24 * 60 * 60,
      memberDailyPostLimit: 150,
    });
  });

  it('derives stable, distinct, LinkedIn-like subs from emails', () => {
    const subs = DEFAULT_SANDBOX_MEMBERS.map((member) => sandboxMemberSub(member.email));
    expect(new Set(subs).size).toBe(subs.length);
    expect(subs.every((sub) => /^[A-Za-z0-9_-]{10}$/.test(sub))).toBe(true);
    expect(sandboxMemberSub(' Ana@Demo.Chorus ')).toBe(sandboxMemberSub('ana@demo.chorus'));
  });

  it('refuses inconsistent options with a sentence naming them', () => {
    expect(() => resolveSandboxOptions({ members: [{ email: 'a@x', name: 'A' }, { email: 'A@x', name: 'B' }] })).toThrow(
      'LinkedIn sandbox: duplicate member email "a@x"',
    );
    expect(() => resolveSandboxOptions({ accessTokenTtlSeconds: 0 })).toThrow('accessTokenTtlSeconds must be a positive number');
  });

  it('never answers 500 to malformed input', async () => {
    const t = await startTestSandbox();
    try {
      const token = (await connectMember(t.sandbox, 'ana@demo.chorus')).access_token;
      const headers = { Authorization: `Bearer ${token}`, 'LinkedIn-Version': TEST_VERSION, 'X-Restli-Protocol-Version': '2.0.0' };
      const http = () => request(t.sandbox.url);
      const answers = [
        await http().get('/rest/posts/%E0%A4%A').set(headers),
        await http().get('/rest/posts?q=author&author=a&author=b').set(headers),
        await http().get('/rest/posts?q=author&author=urn%3Ali%3Aperson%3Ax&count=1&count=2').set(headers),
        await http().get('/rest/posts?q[a]=1').set(headers),
        await http().post('/rest/posts').set(headers).send({ commentary: 'x'.repeat(200_000) }),
        await http().post('/rest/posts').set(headers).type('form').send('author=x&commentary[a]=1'),
        await http().post('/rest/posts').set(headers).set('Content-Type', 'application/json').send('{"__proto__":{"x":1}}'),
        await http().post('/rest/posts').set(headers).set('X-HTTP-Method-Override', 'GET').type('form').send('q=author'),
        await http().post('/oauth/v2/authorization').type('form').send('client_id=chorus-sandbox-client&decision[]=allow'),
        await http().post('/oauth/v2/accessToken').type('form').send('__proto__[x]=1&grant_type=password'),
        await http().post('/oauth/v2/revoke').type('form').send('token[a]=1'),
        await http().get('/v2/userinfo').set('Authorization', 'Bearer a b c'),
        await http().post('/__sandbox/tokens/expire').send({ member: ['a'] }),
        await http().post('/__sandbox/tokens/issue').send({ members: [{ a: 1 }], scopes: 'openid' }),
        await http().get('/__sandbox/posts/%ZZ/engagement'),
        await http().get('/__sandbox/avatars/nobody.svg'),
        await http().put('/rest/posts').set(headers),
      ];
      for (const answer of answers) {
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
      }
    } finally {
      await t.close();
    }
  });
});
