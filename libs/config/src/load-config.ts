import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, DeploymentMode, TokenEncryptionKey } from './app-config';
import { ConfigError } from './config-error';

export type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
const SECRETS_FILE = 'secrets.json';

/**
 * Builds the configuration from the environment. This is the only place in Chorus that
 * reads environment variables; everything else receives the typed `AppConfig`.
 * Problems are collected so one failed boot names all of them.
 */
/** What LinkedIn grants any app ("Sign In with LinkedIn using OpenID Connect" and "Share on LinkedIn"). */
const SELF_SERVE_SCOPES = 'openid profile email w_member_social';
/**
 * The sandbox Chorus starts itself (embedded demo) plays an approved partner app, so the demo
 * reads engagement too: `r_member_social` and `r_member_postAnalytics` (docs/operations.md).
 */
const BUNDLED_SANDBOX_SCOPES = `${SELF_SERVE_SCOPES} r_member_social r_member_postAnalytics`;

export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const port = parseInteger(read('PORT'), 'PORT', 3000, 0, 65535, problems);
  const dataDir = resolve(read('DATA_DIR') ?? './data');
  const databaseUrl = read('DATABASE_URL');
  const redisUrl = read('REDIS_URL');
  const mode: DeploymentMode = databaseUrl || redisUrl ? 'distributed' : 'embedded';

  let database: AppConfig['database'] = { type: 'sqlite', path: join(dataDir, 'chorus.sqlite') };
  if (databaseUrl) {
    if (/^postgres(ql)?:\/\//.test(databaseUrl) && isUrl(databaseUrl)) {
      database = { type: 'postgres', url: databaseUrl };
    } else {
      problems.push(
        `DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset to use the SQLite file in DATA_DIR); got "${redact(databaseUrl)}".`,
      );
    }
  }

  let redis: AppConfig['redis'] = null;
  if (redisUrl) {
    if (/^rediss?:\/\//.test(redisUrl) && isUrl(redisUrl)) {
      redis = { url: redisUrl, prefix: read('REDIS_PREFIX') ?? 'chorus' };
    } else {
      problems.push(`REDIS_URL must be a redis:// or rediss:// URL (leave it unset to run jobs in-process); got "${redact(redisUrl)}".`);
    }
  }

  const appUrl = (read('APP_URL') ?? `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(appUrl) || !isUrl(appUrl)) {
    problems.push(`APP_URL must be the http(s) address people use to reach Chorus, e.g. https://chorus.example.com; got "${appUrl}".`);
  }

  const logLevel = read('LOG_LEVEL') ?? 'log';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  }

  const logFormat = read('LOG_FORMAT') ?? (mode === 'embedded' ? 'pretty' : 'json');
  if (logFormat !== 'json' && logFormat !== 'pretty') {
    problems.push(`LOG_FORMAT must be json or pretty; got "${logFormat}".`);
  }
  const workerHealthSetting = read('WORKER_HEALTH_PORT');
  const workerHealthPort = workerHealthSetting === 'off' ? null : parseInteger(workerHealthSetting, 'WORKER_HEALTH_PORT', 3002, 0, 65535, problems);

  const seedDemo = parseBoolean(read('SEED_DEMO'), 'SEED_DEMO', mode === 'embedded', problems);
  const seedDemoHistory = parseBoolean(read('SEED_DEMO_HISTORY'), 'SEED_DEMO_HISTORY', seedDemo, problems);
  const secureCookies = parseBoolean(read('COOKIE_SECURE'), 'COOKIE_SECURE', appUrl.startsWith('https://'), problems);

  // Embedded mode must start with nothing configured, so missing secrets are generated once
  // and kept in DATA_DIR. Distributed replicas must share them, so there they are required.
  const stored = mode === 'embedded' ? () => loadOrCreateSecrets(dataDir) : null;

  let jwtSecret = read('JWT_SECRET');
  if (jwtSecret === undefined) {
    if (stored) jwtSecret = stored().jwtSecret;
    else problems.push('JWT_SECRET is required in distributed mode (every api and worker replica must share it): set it to at least 32 random characters.');
  } else if (jwtSecret.length < 32) {
    problems.push(`JWT_SECRET must be at least 32 characters long; it has ${jwtSecret.length}.`);
  }

  let tokenEncryptionKeys: TokenEncryptionKey[] = [];
  const keysSetting = read('TOKEN_ENCRYPTION_KEYS');
  if (keysSetting === undefined) {
    if (stored) tokenEncryptionKeys = parseKeys(stored().tokenEncryptionKeys, 'the generated key file', problems);
    else problems.push('TOKEN_ENCRYPTION_KEYS is required in distributed mode: give "id:base64-32-byte-key" (generate one with `openssl rand -base64 32`).');
  } else {
    tokenEncryptionKeys = parseKeys(keysSetting, 'TOKEN_ENCRYPTION_KEYS', problems);
  }

  const linkedinClientId = read('LINKEDIN_CLIENT_ID') ?? null;
  const linkedinClientSecret = read('LINKEDIN_CLIENT_SECRET') ?? null;
  if ((linkedinClientId === null) !== (linkedinClientSecret === null)) {
    problems.push('LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET go together: set both to use LinkedIn, or neither to use the bundled LinkedIn sandbox.');
  }
  const useSandbox = linkedinClientId === null;
  const sandboxPort = parseInteger(read('LINKEDIN_SANDBOX_PORT'), 'LINKEDIN_SANDBOX_PORT', 3001, 0, 65535, problems);
  const explicitSandboxUrl = read('LINKEDIN_SANDBOX_URL')?.replace(/\/+$/, '');
  if (explicitSandboxUrl && !(/^https?:\/\//.test(explicitSandboxUrl) && isUrl(explicitSandboxUrl))) {
    problems.push(`LINKEDIN_SANDBOX_URL must be the http(s) origin of a running LinkedIn sandbox, e.g. http://127.0.0.1:3001; got "${explicitSandboxUrl}".`);
  }
  const apiVersion = read('LINKEDIN_API_VERSION') ?? '202610';
  if (!/^20\d{2}(0[1-9]|1[0-2])$/.test(apiVersion)) {
    problems.push(`LINKEDIN_API_VERSION must be a LinkedIn API version in the form YYYYMM, e.g. 202610; got "${apiVersion}".`);
  }

  const smtpUrl = read('SMTP_URL') ?? null;
  if (smtpUrl !== null && !(/^smtps?:\/\//.test(smtpUrl) && isUrl(smtpUrl))) {
    problems.push(`SMTP_URL must be an smtp:// or smtps:// URL of the mail relay, e.g. smtp://user:password@smtp.example.com:587; got "${redact(smtpUrl)}".`);
  }
  const mailFrom = read('MAIL_FROM') ?? `Chorus <chorus@${new URL(isUrl(appUrl) ? appUrl : 'http://localhost').hostname}>`;
  if (!/^[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+$/.test(mailFrom)) {
    problems.push(`MAIL_FROM must be an address, optionally with a name, e.g. "Chorus <chorus@example.com>"; got "${mailFrom}".`);
  }

  const config: AppConfig = {
    mode,
    port,
    appUrl,
    dataDir,
    logLevel: logLevel as AppConfig['logLevel'],
    logFormat: logFormat === 'json' ? 'json' : 'pretty',
    workerHealthPort,
    database,
    statementCountsFile: read('DB_STATEMENT_COUNTS_FILE') ? resolve(read('DB_STATEMENT_COUNTS_FILE')!) : null,
    redis,
    jobs: {
      retryBaseDelayMs: parseInteger(read('JOB_RETRY_BASE_DELAY_MS'), 'JOB_RETRY_BASE_DELAY_MS', 2000, 1, 3_600_000, problems),
    },
    auth: {
      jwtSecret: jwtSecret ?? '',
      accessTokenTtlSeconds: parseInteger(read('ACCESS_TOKEN_TTL_SECONDS'), 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60, 30, 24 * 3600, problems),
      refreshTokenTtlSeconds: parseInteger(read('REFRESH_TOKEN_TTL_SECONDS'), 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600, 60, 365 * 24 * 3600, problems),
      inviteTtlHours: parseInteger(read('INVITE_TTL_HOURS'), 'INVITE_TTL_HOURS', 7 * 24, 1, 90 * 24, problems),
      loginRateLimitPerMinute: parseInteger(read('LOGIN_RATE_LIMIT_PER_MINUTE'), 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 10000, problems),
      loginAccountRateLimitPerHour: parseInteger(read('LOGIN_ACCOUNT_RATE_LIMIT_PER_HOUR'), 'LOGIN_ACCOUNT_RATE_LIMIT_PER_HOUR', 100, 1, 100_000, problems),
      loginAddressRateLimitPerMinute: parseInteger(read('LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE'), 'LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000, problems),
      secureCookies,
    },
    trustProxy: parseTrustProxy(read('TRUST_PROXY'), problems),
    tokenEncryptionKeys,
    seedDemo,
    seedDemoHistory: seedDemo && seedDemoHistory,
    linkPreview: {
      allowedHosts: (read('LINK_PREVIEW_ALLOWED_HOSTS') ?? '').split(',').map((h) => h.trim()).filter(Boolean),
    },
    mail: {
      smtpUrl,
      from: mailFrom,
      digestHour: parseInteger(read('MAIL_DIGEST_HOUR'), 'MAIL_DIGEST_HOUR', 8, 0, 23, problems),
      passwordResetTtlMinutes: parseInteger(read('PASSWORD_RESET_TTL_MINUTES'), 'PASSWORD_RESET_TTL_MINUTES', 60, 5, 24 * 60, problems),
      passwordResetAddressRateLimitPerHour: parseInteger(read('PASSWORD_RESET_ADDRESS_RATE_LIMIT_PER_HOUR'), 'PASSWORD_RESET_ADDRESS_RATE_LIMIT_PER_HOUR', 10, 1, 100_000, problems),
    },
    chat: { webhookAllowedHosts: parseHostList(read('CHAT_WEBHOOK_ALLOWED_HOSTS'), 'CHAT_WEBHOOK_ALLOWED_HOSTS', problems) },
    webDistDir: resolve(read('WEB_DIST_DIR') ?? 'apps/web/dist'),
    linkedin: {
      // The sandbox's own application; not a secret anywhere else.
      clientId: linkedinClientId ?? 'chorus-sandbox-client',
      clientSecret: linkedinClientSecret ?? 'chorus-sandbox-secret',
      sandboxUrl: useSandbox ? (explicitSandboxUrl ?? `http://127.0.0.1:${sandboxPort}`) : null,
      embeddedSandboxPort: useSandbox && !explicitSandboxUrl ? sandboxPort : null,
      apiVersion,
      redirectUrl: `${appUrl}/api/v1/connections/linkedin/callback`,
      scopes: (read('LINKEDIN_SCOPES') ?? (useSandbox && !explicitSandboxUrl ? BUNDLED_SANDBOX_SCOPES : SELF_SERVE_SCOPES)).split(/[\s,]+/).filter(Boolean),
    },
    publishing: {
      dispatchIntervalMs: parseInteger(read('DISPATCH_INTERVAL_MS'), 'DISPATCH_INTERVAL_MS', 2000, 50, 600_000, problems),
      leaseSeconds: parseInteger(read('PUBLISH_LEASE_SECONDS'), 'PUBLISH_LEASE_SECONDS', 120, 1, 3600, problems),
      maxAttempts: parseInteger(read('PUBLISH_MAX_ATTEMPTS'), 'PUBLISH_MAX_ATTEMPTS', 8, 1, 100, problems),
      retryBaseDelayMs: parseInteger(read('PUBLISH_RETRY_BASE_DELAY_MS'), 'PUBLISH_RETRY_BASE_DELAY_MS', 30_000, 1, 3_600_000, problems),
      memberDailyLimit: parseInteger(read('LINKEDIN_MEMBER_DAILY_LIMIT'), 'LINKEDIN_MEMBER_DAILY_LIMIT', 150, 1, 100_000, problems),
      requestTimeoutMs: parseInteger(read('PUBLISH_REQUEST_TIMEOUT_MS'), 'PUBLISH_REQUEST_TIMEOUT_MS', 15_000, 100, 120_000, problems),
    },
    engagement: {
      intervalMs: parseInteger(read('ENGAGEMENT_INTERVAL_MS'), 'ENGAGEMENT_INTERVAL_MS', 60_000, 50, 3_600_000, problems),
      batchSize: parseInteger(read('ENGAGEMENT_BATCH_SIZE'), 'ENGAGEMENT_BATCH_SIZE', 20, 1, 1000, problems),
      retryBaseDelayMs: parseInteger(read('ENGAGEMENT_RETRY_BASE_DELAY_MS'), 'ENGAGEMENT_RETRY_BASE_DELAY_MS', 60_000, 1, 3_600_000, problems),
    },
  };

  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parseInteger(value: string | undefined, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}; got "${value}".`);
    return fallback;
  }
  return Number(value);
}

function parseBoolean(value: string | undefined, name: string, fallback: boolean, problems: string[]): boolean {
  if (value === undefined) return fallback;
  const lower = value.toLowerCase();
  if (['true', '1', 'yes'].includes(lower)) return true;
  if (['false', '0', 'no'].includes(lower)) return false;
  problems.push(`${name} must be true or false; got "${value}".`);
  return fallback;
}

const PROXY_SUBNET_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** The values express's `trust proxy` understands, checked here so a typo cannot trust everyone. */
function parseTrustProxy(value: string | undefined, problems: string[]): AppConfig['trustProxy'] {
  if (value === undefined || value.toLowerCase() === 'false') return false;
  if (value.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 100) return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => !PROXY_SUBNET_NAMES.includes(entry) && !isAddressOrCidr(entry));
  if (wrong.length === 0) return entries;
  problems.push(
    'TRUST_PROXY must be false, true, a number of proxy hops (e.g. 1), or a comma-separated list of proxy addresses or CIDR ranges ' +
      `(e.g. 10.0.0.0/8,127.0.0.1; also loopback, linklocal, uniquelocal); ${wrong.map((w) => `"${w}"`).join(', ')} ${wrong.length === 1 ? 'is' : 'are'} none of these.`,
  );
  return false;
}

function isAddressOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

function parseKeys(setting: string, source: string, problems: string[]): TokenEncryptionKey[] {
  const keys: TokenEncryptionKey[] = [];
  for (const entry of setting.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator) : '';
    const material = separator > 0 ? entry.slice(separator + 1) : '';
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      problems.push(`${source}: each key must look like "id:base64key" with an id of letters, digits, "-" or "_"; "${entry.slice(0, 12)}…" does not.`);
      continue;
    }
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) {
      problems.push(`${source}: key "${id}" must be 32 bytes encoded in base64 (it decodes to ${key.length} bytes).`);
      continue;
    }
    if (keys.some((k) => k.id === id)) {
      problems.push(`${source}: key id "${id}" appears twice.`);
      continue;
    }
    keys.push({ id, key });
  }
  if (keys.length === 0 && !problems.some((p) => p.startsWith(source))) {
    problems.push(`${source} must hold at least one key.`);
  }
  return keys;
}

interface StoredSecrets {
  jwtSecret: string;
  tokenEncryptionKeys: string;
}

let cachedSecrets: { dir: string; secrets: StoredSecrets } | null = null;

function loadOrCreateSecrets(dataDir: string): StoredSecrets {
  if (cachedSecrets?.dir === dataDir) return cachedSecrets.secrets;
  const file = join(dataDir, SECRETS_FILE);
  let secrets: StoredSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets;
  } else {
    // Owner-only, like the SQLite database beside it.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    secrets = {
      jwtSecret: randomBytes(48).toString('base64url'),
      tokenEncryptionKeys: `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}:${randomBytes(32).toString('base64')}`,
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  cachedSecrets = { dir: dataDir, secrets };
  return secrets;
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Never echo a password from a connection string into logs. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

/** Host names or addresses, comma-separated, lower-cased. */
function parseHostList(raw: string | undefined, name: string, problems: string[]): string[] {
  const hosts = (raw ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const bad = hosts.filter((h) => !/^[a-z0-9.-]+$|^\[?[0-9a-f:]+\]?$/.test(h));
  if (bad.length > 0) problems.push(`${name} must list host names or addresses separated by commas (no scheme, port or path); "${bad.join('", "')}" is not one.`);
  return hosts.map((h) => h.replace(/^\[|\]$/g, ''));
}
