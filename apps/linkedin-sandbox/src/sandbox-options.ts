import { createHash } from 'node:crypto';
import type { LoggerService, LogLevel } from '@nestjs/common';

/** A LinkedIn member the sandbox knows. */
export interface SandboxMemberOptions {
  email: string;
  name: string;
  /** Stable member id; derived from the email when omitted. */
  sub?: string;
  locale?: { country: string; language: string };
  /** Posts this member may create per UTC day before 429; omitted: `memberDailyPostLimit`. null: no limit. */
  dailyPostLimit?: number | null;
}

/** An application registered with the sandbox, as in LinkedIn's developer portal. */
export interface SandboxClientOptions {
  clientId: string;
  clientSecret: string;
  /** Display name on the consent page. */
  name?: string;
  /** Authorized redirect URLs (exact match). Omitted: any http(s) URL is accepted. */
  redirectUris?: string[];
  /**
   * Scopes the application's products grant. Default: the self-serve ones ("Sign In with
   * LinkedIn using OpenID Connect" and "Share on LinkedIn"). `r_member_social`, needed to list
   * a member's posts or read engagement, is restricted to approved partners on LinkedIn.
   */
  scopes?: string[];
}

export interface SandboxOptions {
  /** Port to listen on (startLinkedinSandbox only); 0 picks a free port. */
  port?: number;
  /** Interface to listen on (startLinkedinSandbox only). Default 127.0.0.1. */
  host?: string;
  members?: SandboxMemberOptions[];
  /**
   * This many more members, generated (`generatedSandboxMembers`), for load tests and benchmarks:
   * `member-1@sandbox.chorus`, `member-2@…`, each with a daily limit of
   * GENERATED_MEMBER_DAILY_POST_LIMIT, so the members themselves are never what holds a burst back.
   */
  generatedMembers?: number;
  clients?: SandboxClientOptions[];
  /** LinkedIn issues refresh tokens only to approved partners. Default false. */
  issueRefreshTokens?: boolean;
  /** Default 60 days. */
  accessTokenTtlSeconds?: number;
  /** Default 365 days; refreshing does not extend it. */
  refreshTokenTtlSeconds?: number;
  /** Default 30 minutes, as LinkedIn. */
  authorizationCodeTtlSeconds?: number;
  /** Posts a member may create per UTC day before 429 (LinkedIn: 150). null: no limit. */
  memberDailyPostLimit?: number | null;
  /** How many months a `LinkedIn-Version` stays active (LinkedIn: at least 12). */
  versionSupportMonths?: number;
  /** Current time. Default: the system clock. */
  clock?: () => Date;
  /** Uniform in [0, 1); drives fault injection. Default Math.random. */
  random?: () => number;
  /** Nest logger setting. Default false (silent). */
  logger?: LoggerService | LogLevel[] | false;
  /**
   * A JSON file (mode 600) that keeps the issued tokens and the share counter across restarts,
   * so a restarted sandbox still accepts the tokens apps hold. Written atomically on every
   * change, read at start. Omitted: everything lives in memory (tests).
   */
  stateFile?: string;
}

export interface SandboxMember {
  email: string;
  name: string;
  givenName: string;
  familyName: string;
  sub: string;
  locale: { country: string; language: string };
  /** Posts per UTC day before 429; null: no limit. */
  dailyPostLimit: number | null;
}

export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  name: string;
  redirectUris: string[] | null;
  scopes: string[];
}

export interface ResolvedSandboxOptions {
  members: SandboxMember[];
  clients: SandboxClient[];
  issueRefreshTokens: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  authorizationCodeTtlSeconds: number;
  memberDailyPostLimit: number | null;
  versionSupportMonths: number;
  clock: () => Date;
  random: () => number;
  stateFile: string | null;
}

/** Injection token for ResolvedSandboxOptions. */
export const SANDBOX_OPTIONS = Symbol('SANDBOX_OPTIONS');

const DAY_SECONDS = 24 * 60 * 60;

/** One member per demo user, with the same email. */
export const DEFAULT_SANDBOX_MEMBERS: readonly SandboxMemberOptions[] = [
  { email: 'admin@demo.chorus', name: 'Ayu Admin' },
  { email: 'curator@demo.chorus', name: 'Candra Curator' },
  { email: 'manager@demo.chorus', name: 'Maya Manager' },
  { email: 'ana@demo.chorus', name: 'Ana Wijaya' },
  { email: 'budi@demo.chorus', name: 'Budi Santoso' },
  { email: 'citra@demo.chorus', name: 'Citra Lestari' },
];

export const DEFAULT_SANDBOX_CLIENT: SandboxClientOptions = {
  clientId: 'chorus-sandbox-client',
  clientSecret: 'chorus-sandbox-secret',
  name: 'Chorus',
};

/** The daily post limit of generated members: far above any benchmark's posts per member. */
export const GENERATED_MEMBER_DAILY_POST_LIMIT = 100_000;
/** At most this many generated members (each is a few hundred bytes of memory). */
export const MAX_GENERATED_MEMBERS = 100_000;

/**
 * `count` members for load: `member-<n>@sandbox.chorus` named "Sandbox Member <n>", n from 1,
 * so a benchmark can give its users the same emails and find each one's member.
 */
export function generatedSandboxMembers(count: number): SandboxMemberOptions[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_GENERATED_MEMBERS) {
    throw new Error(`LinkedIn sandbox: generated members must be a whole number from 0 to ${MAX_GENERATED_MEMBERS}, got ${count}`);
  }
  return Array.from({ length: count }, (_, i) => ({
    email: `member-${i + 1}@sandbox.chorus`,
    name: `Sandbox Member ${i + 1}`,
    dailyPostLimit: GENERATED_MEMBER_DAILY_POST_LIMIT,
  }));
}

/** The self-serve scopes every LinkedIn app can get. */
export const SELF_SERVE_SCOPES: readonly string[] = ['openid', 'profile', 'email', 'w_member_social'];

/** A stable LinkedIn-like member id (10 url-safe characters) derived from the email. */
export function sandboxMemberSub(email: string): string {
  return createHash('sha256')
    .update(`chorus-linkedin-sandbox:${email.trim().toLowerCase()}`)
    .digest('base64url')
    .slice(0, 10);
}

export function resolveSandboxOptions(options: SandboxOptions = {}): ResolvedSandboxOptions {
  const memberDailyPostLimit = options.memberDailyPostLimit === null ? null : positive(options.memberDailyPostLimit ?? 150, 'memberDailyPostLimit');
  const members = [...(options.members ?? DEFAULT_SANDBOX_MEMBERS), ...generatedSandboxMembers(options.generatedMembers ?? 0)].map((member) =>
    resolveMember(member, memberDailyPostLimit),
  );
  const clients = (options.clients ?? [DEFAULT_SANDBOX_CLIENT]).map(resolveClient);
  assertUnique(members.map((member) => member.email), 'member email');
  assertUnique(members.map((member) => member.sub), 'member sub');
  assertUnique(clients.map((client) => client.clientId), 'client id');
  return {
    members,
    clients,
    issueRefreshTokens: options.issueRefreshTokens ?? false,
    accessTokenTtlSeconds: positive(options.accessTokenTtlSeconds ?? 60 * DAY_SECONDS, 'accessTokenTtlSeconds'),
    refreshTokenTtlSeconds: positive(options.refreshTokenTtlSeconds ?? 365 * DAY_SECONDS, 'refreshTokenTtlSeconds'),
    authorizationCodeTtlSeconds: positive(options.authorizationCodeTtlSeconds ?? 30 * 60, 'authorizationCodeTtlSeconds'),
    memberDailyPostLimit,
    versionSupportMonths: positive(options.versionSupportMonths ?? 12, 'versionSupportMonths'),
    clock: options.clock ?? (() => new Date()),
    random: options.random ?? Math.random,
    stateFile: options.stateFile ?? null,
  };
}

function resolveMember(member: SandboxMemberOptions, defaultDailyPostLimit: number | null): SandboxMember {
  const email = member.email.trim().toLowerCase();
  const [givenName, ...rest] = member.name.trim().split(/\s+/);
  return {
    email,
    name: member.name.trim(),
    givenName,
    familyName: rest.join(' '),
    sub: member.sub ?? sandboxMemberSub(email),
    locale: member.locale ?? { country: 'ID', language: 'en' },
    dailyPostLimit:
      member.dailyPostLimit === undefined
        ? defaultDailyPostLimit
        : member.dailyPostLimit === null
          ? null
          : positive(member.dailyPostLimit, `dailyPostLimit of ${member.email}`),
  };
}

function resolveClient(client: SandboxClientOptions): SandboxClient {
  return {
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    name: client.name ?? client.clientId,
    redirectUris: client.redirectUris ?? null,
    scopes: client.scopes ?? [...SELF_SERVE_SCOPES],
  };
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`LinkedIn sandbox option ${name} must be a positive number, got ${value}`);
  }
  return value;
}

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      throw new Error(`LinkedIn sandbox: duplicate ${what} "${value}"`);
    }
    seen.add(value);
  }
}
