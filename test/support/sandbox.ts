import { completeSandboxConsent, RunningLinkedinSandbox, SandboxOptions, startLinkedinSandbox } from '@chorus/linkedin-sandbox';
import { TestApp } from './test-app';

export { RunningLinkedinSandbox };

/** The LinkedIn sandbox on a free port, without LinkedIn's 150 posts a day (tests post a lot). */
export function startSandbox(options: SandboxOptions = {}): Promise<RunningLinkedinSandbox> {
  return startLinkedinSandbox({ port: 0, memberDailyPostLimit: null, ...options });
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
