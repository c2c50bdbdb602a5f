import { installLinkedinOriginRewrite } from '@chorus/publishing';
import { AuthClient, RestliClient } from 'linkedin-api-client';
import type { SandboxClientOptions, SandboxOptions } from '../sandbox-options';
import { RunningLinkedinSandbox, startLinkedinSandbox } from '../start-sandbox';
import { completeSandboxConsent } from './complete-sandbox-consent';

/** Helpers for the sandbox's own specs: a movable clock, scripted randomness, real clients. */

export const TEST_VERSION = '202510';
export const TEST_START = new Date('2025-11-03T09:00:00.000Z');
export const REDIRECT_URI = 'http://127.0.0.1:5999/auth/linkedin/callback';
export const ALL_SCOPES = ['openid', 'profile', 'email', 'w_member_social', 'r_member_social', 'r_member_postAnalytics'];

/** An approved-partner app: may ask for `r_member_social` (listing posts, engagement). */
export const PARTNER_CLIENT: SandboxClientOptions = {
  clientId: 'partner-client',
  clientSecret: 'partner-secret',
  name: 'Partner app',
  redirectUris: [REDIRECT_URI],
  scopes: ALL_SCOPES,
};

export class TestClock {
  private current: number;

  constructor(start: Date = TEST_START) {
    this.current = start.getTime();
  }

  readonly now = (): Date => new Date(this.current);

  advance(ms: number): void {
    this.current += ms;
  }
}

/** Hands out scripted values, then `fallback` (0.999: no fault fires). Records every draw. */
export class ScriptedRandom {
  readonly draws: number[] = [];
  private readonly queue: number[] = [];

  constructor(private readonly fallback = 0.999) {}

  script(...values: number[]): void {
    this.queue.push(...values);
  }

  readonly next = (): number => {
    const value = this.queue.shift() ?? this.fallback;
    this.draws.push(value);
    return value;
  };
}

export interface TestSandbox {
  sandbox: RunningLinkedinSandbox;
  clock: TestClock;
  random: ScriptedRandom;
  restli: RestliClient;
  close(): Promise<void>;
}

/** A sandbox on a random port with the origin rewrite installed for the real LinkedIn clients. */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const clock = new TestClock();
  const random = new ScriptedRandom();
  const sandbox = await startLinkedinSandbox({
    port: 0,
    clients: [PARTNER_CLIENT, { clientId: 'chorus-sandbox-client', clientSecret: 'chorus-sandbox-secret' }],
    clock: clock.now,
    random: random.next,
    ...options,
  });
  const restli = new RestliClient();
  const uninstall = installLinkedinOriginRewrite(sandbox.url, restli.axiosInstance);
  return {
    sandbox,
    clock,
    random,
    restli,
    close: async () => {
      uninstall();
      await sandbox.close();
    },
  };
}

export function authClientFor(client: SandboxClientOptions, redirectUrl = REDIRECT_URI): AuthClient {
  return new AuthClient({ clientId: client.clientId, clientSecret: client.clientSecret, redirectUrl });
}

/** The whole OAuth dance with the real AuthClient; returns the token endpoint's answer. */
export async function connectMember(
  sandbox: RunningLinkedinSandbox,
  member: string,
  scopes: string[] = ALL_SCOPES,
  client: SandboxClientOptions = PARTNER_CLIENT,
): Promise<{ access_token: string; expires_in: number; scope: string; refresh_token?: string; refresh_token_expires_in?: number }> {
  const auth = authClientFor(client);
  const redirect = await completeSandboxConsent(auth.generateMemberAuthorizationUrl(scopes, 'test-state'), {
    sandboxUrl: sandbox.url,
    member,
  });
  const code = redirect.searchParams.get('code');
  if (!code) {
    throw new Error(`No code in ${redirect.toString()}`);
  }
  return auth.exchangeAuthCodeForAccessToken(code);
}

/** A valid Posts API body for `sub`. */
export function postBody(sub: string, commentary: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    author: `urn:li:person:${sub}`,
    commentary,
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
    ...extra,
  };
}
