import { AxiosError } from 'axios';
import request from 'supertest';
import { sandboxMemberSub } from '../sandbox-options';
import { completeSandboxConsent } from '../testing/complete-sandbox-consent';
import {
  ALL_SCOPES,
  authClientFor,
  connectMember,
  PARTNER_CLIENT,
  postBody,
  REDIRECT_URI,
  startTestSandbox,
  TEST_VERSION,
  TestSandbox,
} from '../testing/sandbox-test-kit';

const DAY_MS = 24 * 60 * 60 * 1000;

async function failureOf(promise: Promise<unknown>): Promise<{ status?: number; data: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AxiosError) {
      return { status: error.response?.status, data: error.response?.data };
    }
    throw error;
  }
  throw new Error('Expected the request to fail');
}

describe('LinkedIn sandbox OAuth', () => {
  let t: TestSandbox;
  const auth = authClientFor(PARTNER_CLIENT);
  const userinfo = (accessToken: string) => t.restli.get({ resourcePath: '/userinfo', accessToken });

  beforeAll(async () => {
    t = await startTestSandbox();
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => {
    t.sandbox.state.reset();
  });

  describe('consent page', () => {
    it('shows the requested scopes, a labelled member choice and Allow/Cancel buttons', async () => {
      const url = auth.generateMemberAuthorizationUrl(ALL_SCOPES, 'abc123').replace('https://www.linkedin.com', '');
      const page = await request(t.sandbox.url).get(url).expect(200);

      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.text).toContain('<title>Sign in to LinkedIn (sandbox)</title>');
      expect(page.text).toContain('<html lang="en">');
      expect(page.text).toContain('<label for="member">Member</label>');
      expect(page.text).toContain('<select id="member" name="member" required>');
      expect(page.text).toContain('<option value="ana@demo.chorus">Ana Wijaya (ana@demo.chorus)</option>');
      expect(page.text).toContain('name="decision" value="allow"');
      expect(page.text).toContain('name="decision" value="deny"');
      expect(page.text).toContain('Create, modify, and delete posts, comments, and reactions on your behalf');
      expect(page.text).toContain('<input type="hidden" name="state" value="abc123">');
      expect(page.text).toContain(`<input type="hidden" name="redirect_uri" value="${REDIRECT_URI}">`);
    });

    it('shows an error page, never a redirect, for an unknown client or redirect URL', async () => {
      const unknownClient = await request(t.sandbox.url)
        .get('/oauth/v2/authorization')
        .query({ response_type: 'code', client_id: 'nobody', redirect_uri: REDIRECT_URI, scope: 'openid', state: 's' })
        .expect(400);
      expect(unknownClient.headers.location).toBeUndefined();
      expect(unknownClient.text).toContain('The client_id &quot;nobody&quot; is not a registered application.');

      const wrongRedirect = await request(t.sandbox.url)
        .get('/oauth/v2/authorization')
        .query({ response_type: 'code', client_id: PARTNER_CLIENT.clientId, redirect_uri: 'https://evil.example/cb', scope: 'openid' })
        .expect(400);
      expect(wrongRedirect.headers.location).toBeUndefined();
      expect(wrongRedirect.text).toContain('The redirect_uri does not match the registered value');

      await request(t.sandbox.url)
        .get('/oauth/v2/authorization')
        .query({ response_type: 'code', client_id: 'chorus-sandbox-client', redirect_uri: 'javascript:alert(1)', scope: 'openid' })
        .expect(400);
      await request(t.sandbox.url).get('/oauth/v2/authorization?client_id=a&client_id=b').expect(400);
    });

    it('answers Allow or Cancel for an unregistered redirect URL with an error page, never a redirect', async () => {
      for (const decision of ['allow', 'deny']) {
        const page = await request(t.sandbox.url)
          .post('/oauth/v2/authorization')
          .type('form')
          .send({ response_type: 'code', client_id: PARTNER_CLIENT.clientId, redirect_uri: 'https://evil.example/cb', scope: 'openid', state: 's', member: 'ana@demo.chorus', decision })
          .expect(400);
        expect(page.headers.location).toBeUndefined();
        expect(page.text).toContain('The redirect_uri does not match the registered value');
        expect(page.text).not.toContain('code=');
      }
      // A registered URL that differs only by a trailing slash is another URL, as on LinkedIn.
      await request(t.sandbox.url)
        .get('/oauth/v2/authorization')
        .query({ response_type: 'code', client_id: PARTNER_CLIENT.clientId, redirect_uri: `${REDIRECT_URI}/`, scope: 'openid' })
        .expect(400);
    });

    it('sends scopes the app may not use back as unauthorized_scope_error', async () => {
      const selfServe = authClientFor({ clientId: 'chorus-sandbox-client', clientSecret: 'chorus-sandbox-secret' });
      const url = selfServe.generateMemberAuthorizationUrl(['openid', 'r_member_social'], 'st');
      const redirect = await completeSandboxConsent(url, { sandboxUrl: t.sandbox.url, member: 'ana@demo.chorus' });

      expect(redirect.searchParams.get('error')).toBe('unauthorized_scope_error');
      expect(redirect.searchParams.get('error_description')).toBe('Scope "r_member_social" is not authorized for your application');
      expect(redirect.searchParams.get('state')).toBe('st');
    });

    it('shows the page again with an alert when Allow is pressed without a member', async () => {
      const page = await request(t.sandbox.url)
        .post('/oauth/v2/authorization')
        .type('form')
        .send({ response_type: 'code', client_id: PARTNER_CLIENT.clientId, redirect_uri: REDIRECT_URI, scope: 'openid', decision: 'allow' })
        .expect(400);
      expect(page.text).toContain('role="alert">Choose the member who signs in.</p>');
      expect(page.text).toContain('aria-describedby="member-error"');
    });
  });

  describe('the full dance with the real AuthClient', () => {
    it('allow -> code and state -> access token -> userinfo', async () => {
      const redirect = await completeSandboxConsent(auth.generateMemberAuthorizationUrl(ALL_SCOPES, 'xyz-42'), {
        sandboxUrl: t.sandbox.url,
        member: 'ana@demo.chorus',
      });
      expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URI);
      expect(redirect.searchParams.get('state')).toBe('xyz-42');
      const code = redirect.searchParams.get('code');
      expect(code).toEqual(expect.any(String));

      const token = await auth.exchangeAuthCodeForAccessToken(code ?? '');
      expect(token).toEqual({
        access_token: expect.any(String),
        expires_in: 60 * 24 * 60 * 60,
        scope: 'email,openid,profile,r_member_postAnalytics,r_member_social,w_member_social',
        token_type: 'Bearer',
      });

      const me = await userinfo(token.access_token);
      expect(me.status).toBe(200);
      expect(me.data).toEqual({
        sub: sandboxMemberSub('ana@demo.chorus'),
        name: 'Ana Wijaya',
        given_name: 'Ana',
        family_name: 'Wijaya',
        picture: `${t.sandbox.url}/__sandbox/avatars/${sandboxMemberSub('ana@demo.chorus')}.svg`,
        locale: { country: 'ID', language: 'en' },
        email: 'ana@demo.chorus',
        email_verified: true,
      });
      const avatar = await request(t.sandbox.url).get(new URL(me.data.picture).pathname).expect(200);
      expect(avatar.headers['content-type']).toContain('image/svg+xml');
    });

    it('deny -> user_cancelled_authorize with the state', async () => {
      const redirect = await completeSandboxConsent(auth.generateMemberAuthorizationUrl(['openid'], 'st-1'), {
        sandboxUrl: t.sandbox.url,
        member: 'budi@demo.chorus',
        decision: 'deny',
      });
      expect(redirect.searchParams.get('error')).toBe('user_cancelled_authorize');
      expect(redirect.searchParams.get('error_description')).toBe('The user cancelled the authorization');
      expect(redirect.searchParams.get('state')).toBe('st-1');
      expect(redirect.searchParams.get('code')).toBeNull();
    });

    it('gives userinfo only the claims the scopes allow', async () => {
      const token = await connectMember(t.sandbox, 'citra@demo.chorus', ['openid']);
      expect((await userinfo(token.access_token)).data).toEqual({ sub: sandboxMemberSub('citra@demo.chorus') });

      const noOpenid = await connectMember(t.sandbox, 'citra@demo.chorus', ['w_member_social']);
      expect(await failureOf(userinfo(noOpenid.access_token))).toEqual({
        status: 403,
        data: { status: 403, serviceErrorCode: 100, code: 'ACCESS_DENIED', message: 'Not enough permissions to access: userinfo.GET.NO_VERSION' },
      });
    });
  });

  describe('authorization codes', () => {
    async function codeFor(member: string): Promise<string> {
      const redirect = await completeSandboxConsent(auth.generateMemberAuthorizationUrl(ALL_SCOPES, 's'), {
        sandboxUrl: t.sandbox.url,
        member,
      });
      return redirect.searchParams.get('code') ?? '';
    }

    it('are single-use', async () => {
      const code = await codeFor('ana@demo.chorus');
      await auth.exchangeAuthCodeForAccessToken(code);

      expect(await failureOf(auth.exchangeAuthCodeForAccessToken(code))).toEqual({
        status: 400,
        data: { error: 'invalid_request', error_description: 'Unable to retrieve access token: authorization code not found' },
      });
    });

    it('expire after 30 minutes', async () => {
      const code = await codeFor('ana@demo.chorus');
      t.clock.advance(31 * 60 * 1000);

      const failure = await failureOf(auth.exchangeAuthCodeForAccessToken(code));
      expect(failure.status).toBe(400);
      expect(failure.data).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('authorization code expired') });
    });

    it('must be exchanged with the same redirect_uri (LinkedIn: invalid_redirect_uri)', async () => {
      const code = await codeFor('ana@demo.chorus');
      const other = authClientFor(PARTNER_CLIENT, 'http://127.0.0.1:5999/other');

      expect(await failureOf(other.exchangeAuthCodeForAccessToken(code))).toEqual({
        status: 400,
        data: {
          error: 'invalid_redirect_uri',
          error_description:
            'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code. Or authorization code expired. Or external member binding exists',
        },
      });
    });

    it('need the client secret', async () => {
      const code = await codeFor('ana@demo.chorus');
      const impostor = authClientFor({ ...PARTNER_CLIENT, clientSecret: 'wrong' });

      expect(await failureOf(impostor.exchangeAuthCodeForAccessToken(code))).toEqual({
        status: 401,
        data: { error: 'invalid_client', error_description: 'Client authentication failed' },
      });
    });

    it('are refused in a JSON body or without parameters', async () => {
      await request(t.sandbox.url)
        .post('/oauth/v2/accessToken')
        .send({ grant_type: 'authorization_code' })
        .expect(400, { error: 'invalid_request', error_description: 'The request body must be application/x-www-form-urlencoded' });
      await request(t.sandbox.url)
        .post('/oauth/v2/accessToken')
        .type('form')
        .send({ grant_type: 'authorization_code', client_id: PARTNER_CLIENT.clientId, client_secret: PARTNER_CLIENT.clientSecret })
        .expect(400, { error: 'invalid_request', error_description: 'A required parameter "code" is missing' });
      await request(t.sandbox.url)
        .post('/oauth/v2/accessToken')
        .type('form')
        .send('grant_type=authorization_code&grant_type=refresh_token')
        .expect(400);
    });
  });

  describe('refresh tokens', () => {
    it('are not issued by default, and refreshing is refused', async () => {
      const token = await connectMember(t.sandbox, 'ana@demo.chorus');
      expect(token.refresh_token).toBeUndefined();

      expect(await failureOf(auth.exchangeRefreshTokenForAccessToken('anything'))).toEqual({
        status: 400,
        data: { error: 'invalid_request', error_description: 'Refresh tokens are not enabled for this application' },
      });
    });

    it('when enabled, last 365 days from consent and are not extended by refreshing', async () => {
      const partner = await startTestSandbox({ issueRefreshTokens: true });
      try {
        const token = await connectMember(partner.sandbox, 'budi@demo.chorus');
        expect(token.refresh_token).toEqual(expect.any(String));
        expect(token.refresh_token_expires_in).toBe(365 * 24 * 60 * 60);

        partner.clock.advance(10 * DAY_MS);
        const refreshed = await auth.exchangeRefreshTokenForAccessToken(token.refresh_token ?? '');
        expect(refreshed).toMatchObject({
          refresh_token: token.refresh_token,
          refresh_token_expires_in: 355 * 24 * 60 * 60,
          expires_in: 60 * 24 * 60 * 60,
        });
        expect(refreshed.access_token).not.toBe(token.access_token);
        expect((await partner.restli.get({ resourcePath: '/userinfo', accessToken: refreshed.access_token })).status).toBe(200);

        partner.clock.advance(356 * DAY_MS);
        expect(await failureOf(auth.exchangeRefreshTokenForAccessToken(token.refresh_token ?? ''))).toEqual({
          status: 400,
          data: { error: 'invalid_request', error_description: 'The provided refresh token is expired' },
        });
      } finally {
        await partner.close();
      }
    });
  });

  describe('access tokens', () => {
    it('answer 401 EXPIRED_ACCESS_TOKEN after 60 days', async () => {
      const token = await connectMember(t.sandbox, 'ana@demo.chorus');
      t.clock.advance(60 * DAY_MS + 1000);

      expect(await failureOf(userinfo(token.access_token))).toEqual({
        status: 401,
        data: { status: 401, serviceErrorCode: 65601, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired' },
      });
    });

    it('answer 401 REVOKED_ACCESS_TOKEN once revoked, and introspect as inactive', async () => {
      const token = await connectMember(t.sandbox, 'ana@demo.chorus');
      await request(t.sandbox.url)
        .post('/oauth/v2/revoke')
        .type('form')
        .send({ client_id: PARTNER_CLIENT.clientId, client_secret: PARTNER_CLIENT.clientSecret, token: token.access_token })
        .expect(200);

      const revoked = {
        status: 401,
        data: {
          status: 401,
          serviceErrorCode: 65602,
          code: 'REVOKED_ACCESS_TOKEN',
          message: 'The token used in the request has been revoked by the user',
        },
      };
      expect(await failureOf(userinfo(token.access_token))).toEqual(revoked);
      const post = t.restli.create({
        resourcePath: '/posts',
        entity: postBody(sandboxMemberSub('ana@demo.chorus'), 'After revoking'),
        accessToken: token.access_token,
        versionString: TEST_VERSION,
      });
      expect(await failureOf(post)).toEqual(revoked);
      const introspection = await request(t.sandbox.url)
        .post('/oauth/v2/introspectToken')
        .type('form')
        .send({ client_id: PARTNER_CLIENT.clientId, client_secret: PARTNER_CLIENT.clientSecret, token: token.access_token })
        .expect(200);
      expect(introspection.body).toMatchObject({ active: false, status: 'revoked', client_id: PARTNER_CLIENT.clientId });
      expect(t.sandbox.state.listPosts()).toEqual([]);
    });

    it('answer 401 INVALID_ACCESS_TOKEN when unknown and EMPTY_ACCESS_TOKEN when absent', async () => {
      expect(await failureOf(userinfo('not-a-token'))).toEqual({
        status: 401,
        data: { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' },
      });
      await request(t.sandbox.url)
        .get('/v2/userinfo')
        .expect(401, { status: 401, serviceErrorCode: 65604, code: 'EMPTY_ACCESS_TOKEN', message: 'Empty oauth2 access token' });
    });

    it('can be introspected (AuthClient returns the axios response)', async () => {
      // The client's typings promise the body but it returns the whole axios response.
      const introspect = async (accessToken: string) =>
        ((await auth.introspectAccessToken(accessToken)) as unknown as { data: unknown }).data;
      const token = await connectMember(t.sandbox, 'ana@demo.chorus');
      expect(await introspect(token.access_token)).toMatchObject({
        active: true,
        status: 'active',
        client_id: PARTNER_CLIENT.clientId,
        auth_type: '3L',
      });

      t.clock.advance(61 * DAY_MS);
      expect(await introspect(token.access_token)).toMatchObject({ active: false, status: 'expired' });
      expect(await introspect('unknown')).toEqual({ active: false });
    });
  });
});
