import { loadConfig } from '@chorus/config';
import { AuthClient } from 'linkedin-api-client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { chorusSandboxOptions } from './chorus-sandbox-options';
import { RunningLinkedinSandbox, startLinkedinSandbox } from './start-sandbox';
import { completeSandboxConsent } from './testing/complete-sandbox-consent';

describe('the sandbox as Chorus runs it (npm start, npm run start:sandbox)', () => {
  let dataDir: string;
  let sandbox: RunningLinkedinSandbox;
  const config = () => loadConfig({ DATA_DIR: dataDir, APP_URL: 'https://chorus.example.com' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'chorus-sandbox-options-'));
    sandbox = await startLinkedinSandbox({ ...chorusSandboxOptions(config()), port: 0 });
  });

  afterAll(async () => {
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("registers exactly Chorus's callback as the redirect URL of Chorus's application", async () => {
    const { linkedin } = config();
    const chorus = new AuthClient({ clientId: linkedin.clientId, clientSecret: linkedin.clientSecret, redirectUrl: linkedin.redirectUrl });
    const back = await completeSandboxConsent(chorus.generateMemberAuthorizationUrl(linkedin.scopes, 'st'), { sandboxUrl: sandbox.url, member: 'ana@demo.chorus' });
    expect(`${back.origin}${back.pathname}`).toBe('https://chorus.example.com/api/v1/connections/linkedin/callback');
    expect(back.searchParams.get('code')).toEqual(expect.any(String));

    const elsewhere = new AuthClient({ clientId: linkedin.clientId, clientSecret: linkedin.clientSecret, redirectUrl: 'https://attacker.example/callback' });
    const url = new URL(elsewhere.generateMemberAuthorizationUrl(linkedin.scopes, 'st'));
    const page = await request(sandbox.url).get(`${url.pathname}${url.search}`).expect(400);
    expect(page.headers.location).toBeUndefined();
    expect(page.text).toContain('The redirect_uri does not match the registered value');
  });

  it('grants the scopes Chorus is set to ask for, and no others', () => {
    // By default the sandbox Chorus starts itself plays a partner app that may read engagement.
    const [partner] = chorusSandboxOptions(config()).clients!;
    expect(partner.scopes).toEqual(['openid', 'profile', 'email', 'w_member_social', 'r_member_social', 'r_member_postAnalytics']);
    const selfServe = loadConfig({ DATA_DIR: dataDir, APP_URL: 'https://chorus.example.com', LINKEDIN_SCOPES: 'openid profile email w_member_social' });
    expect(chorusSandboxOptions(selfServe).clients![0].scopes).toEqual(['openid', 'profile', 'email', 'w_member_social']);
  });
});
