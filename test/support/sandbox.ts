import { completeSandboxConsent, DEFAULT_SANDBOX_CLIENT, RunningLinkedinSandbox, startLinkedinSandbox } from '@chorus/linkedin-sandbox';
import type { SandboxOptions } from '@chorus/linkedin-sandbox';
import type { Env } from '@chorus/config';
import { startedForTests, TestApp } from './test-app';
import { TEST_APP_URL } from './test-env';

export { RunningLinkedinSandbox };

/**
 * The LinkedIn sandbox on a free port, without LinkedIn's 150 posts a day (tests post a lot).
 * As on LinkedIn, each application accepts only its registered redirect URLs: by default the
 * callback of the Chorus at `appUrl` (the test apps' APP_URL unless a test serves elsewhere).
 */
export function startSandbox(options: SandboxOptions = {}, appUrl = TEST_APP_URL): Promise<RunningLinkedinSandbox> {
  const callback = `${appUrl}/api/v1/connections/linkedin/callback`;
  const clients = (options.clients ?? [DEFAULT_SANDBOX_CLIENT]).map((client) => ({ ...client, redirectUris: client.redirectUris ?? [callback] }));
  return startLinkedinSandbox({ port: 0, memberDailyPostLimit: null, ...options, clients });
}

/** Settings that point Chorus at a sandbox and make publishing quick enough for tests. */
export function publishingEnv(sandbox: RunningLinkedinSandbox): Record<string, string> {
  return {
    LINKEDIN_SANDBOX_URL: sandbox.url,
    DISPATCH_INTERVAL_MS: '100',
    PUBLISH_RETRY_BASE_DELAY_MS: '50',
    PUBLISH_LEASE_SECONDS: '5',
    PUBLISH_MAX_ATTEMPTS: '25',
    PUBLISH_REQUEST_TIMEOUT_MS: '3000',
    LINKEDIN_MEMBER_DAILY_LIMIT: '100000',
  };
}

/**
 * Connects a user's LinkedIn the way a person does: Chorus's authorize URL, the sandbox's
 * consent page (allow or deny), then the browser follows the redirect back to Chorus.
 */
export async function connectThroughSandbox(t: TestApp, sandbox: RunningLinkedinSandbox, email: string, decision: 'allow' | 'deny' = 'allow') {
  const http = await t.as(email);
  const { url } = (await http.get('/api/v1/connections/linkedin/authorize').expect(200)).body as { url: string };
  const back = await completeSandboxConsent(url, { sandboxUrl: sandbox.url, member: email, decision });
  return t.http.get(`${back.pathname}${back.search}`);
}

/**
 * A sandbox and a Chorus publishing to it (`publishingEnv` and `env`), for a test file or
 * describe block: started before its tests, stopped after them (see startedForTests).
 */
export function setupPublishingApp(env: Env = {}, sandboxOptions: SandboxOptions = {}): { sandbox: RunningLinkedinSandbox; t: TestApp } {
  const sandbox = startedForTests(() => startSandbox(sandboxOptions), (started) => started.close());
  const t = startedForTests(() => TestApp.start({ ...publishingEnv(sandbox), ...env }), (app) => app.close());
  return { sandbox, t };
}
