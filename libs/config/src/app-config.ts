import { isAbsolute, join, resolve } from 'node:path';

/** How the processes and infrastructure are arranged. */
export type DeploymentMode = 'embedded' | 'distributed';

export interface TokenEncryptionKey {
  /** Stored beside each ciphertext so keys can rotate. */
  id: string;
  /** 32 bytes for AES-256-GCM. */
  key: Buffer;
}

/** The one typed configuration object, built and validated once at boot. */
export interface AppConfig {
  mode: DeploymentMode;
  port: number;
  appUrl: string;
  dataDir: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** JSON lines for log collectors, or readable lines for a person at a terminal. */
  logFormat: 'json' | 'pretty';
  /** The worker's health endpoints (`/health/live`, `/health/ready`); 0 picks a free port, null serves none. */
  workerHealthPort: number | null;
  database: { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };
  /** Benchmarks: a file where this process keeps its count of SQL statements by kind; null counts nothing. */
  statementCountsFile: string | null;
  redis: { url: string; prefix: string } | null;
  jobs: {
    /** First retry delay; each further retry doubles it. */
    retryBaseDelayMs: number;
  };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    inviteTtlHours: number;
    /** Sign-in attempts for one account from one client address, per minute. */
    loginRateLimitPerMinute: number;
    /** Sign-in attempts for one account from all addresses together, per hour. */
    loginAccountRateLimitPerHour: number;
    /** Sign-in attempts from one client address across all accounts, per minute (password spraying). */
    loginAddressRateLimitPerMinute: number;
    secureCookies: boolean;
  };
  /**
   * Which proxies may tell the client's address in `X-Forwarded-For`, as express's
   * `trust proxy`: false (none, the socket's address counts), true (all), a hop count, or
   * proxy addresses and CIDR ranges.
   */
  trustProxy: boolean | number | string[];
  tokenEncryptionKeys: TokenEncryptionKey[];
  seedDemo: boolean;
  /** With the demo organisation, four weeks of sample history (shares, clicks, engagement, conversions, points). */
  seedDemoHistory: boolean;
  linkPreview: {
    /** Hosts, addresses or CIDR ranges fetched even though private (tests, intranets). */
    allowedHosts: string[];
  };
  mail: {
    /** `smtp://` or `smtps://` URL of the relay; null keeps every message for the "Sent mail" page instead of sending it. */
    smtpUrl: string | null;
    /** The From address, e.g. `Chorus <chorus@example.com>`. */
    from: string;
    /** Local hour (0–23, the reader's timezone) at which daily and weekly digests go out. */
    digestHour: number;
    /** How long a password-reset link works. */
    passwordResetTtlMinutes: number;
    /** Forgot-password requests from one client address, per hour. */
    passwordResetAddressRateLimitPerHour: number;
  };
  chat: {
    /**
     * Hosts Slack and Teams webhook URLs may point to besides Slack's and Microsoft's own
     * (a proxy, a local receiver in tests); plain http is accepted only for these.
     */
    webhookAllowedHosts: string[];
  };
  webDistDir: string;
  linkedin: {
    clientId: string;
    clientSecret: string;
    /** Where the LinkedIn API is: null for LinkedIn itself, else the sandbox's origin. */
    sandboxUrl: string | null;
    /** `npm start` runs the sandbox in-process on this port (no credentials, no LINKEDIN_SANDBOX_URL). */
    embeddedSandboxPort: number | null;
    /** The versioned API (`LinkedIn-Version`, YYYYMM); LinkedIn retires versions after a year. */
    apiVersion: string;
    redirectUrl: string;
    scopes: string[];
  };
  publishing: {
    dispatchIntervalMs: number;
    /** How long a claimed share may stay `publishing` before the dispatcher reclaims it. */
    leaseSeconds: number;
    maxAttempts: number;
    /** First retry delay after a 429, 5xx or timeout; doubles each time, with jitter. */
    retryBaseDelayMs: number;
    /** LinkedIn allows 150 member posts a day (UTC). */
    memberDailyLimit: number;
    requestTimeoutMs: number;
  };
  /** Reading published shares' engagement (docs/architecture.md, "Engagement"). */
  engagement: {
    /** How often each worker claims due reads. */
    intervalMs: number;
    /** Reads one worker makes per tick at most, so a burst of posts stays within rate limits. */
    batchSize: number;
    /** First retry delay of a failed read; doubles each time, at most an hour. */
    retryBaseDelayMs: number;
  };
}

export function resolveDataPath(dataDir: string, file: string): string {
  return isAbsolute(file) ? file : join(resolve(dataDir), file);
}
