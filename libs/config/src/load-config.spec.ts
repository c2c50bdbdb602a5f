import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'chorus-config-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function problemsOf(env: Record<string, string>): string[] {
    try {
      loadConfig({ DATA_DIR: dataDir, ...env });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  }

  it('needs nothing in embedded mode: SQLite in DATA_DIR, in-process jobs, demo seeded', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.mode).toBe('embedded');
    expect(config.port).toBe(3000);
    expect(config.appUrl).toBe('http://localhost:3000');
    expect(config.database).toEqual({ type: 'sqlite', path: join(dataDir, 'chorus.sqlite') });
    expect(config.redis).toBeNull();
    expect(config.seedDemo).toBe(true);
    expect(config.seedDemoHistory).toBe(true);
    expect(config.tokenEncryptionKeys).toHaveLength(1);
    expect(config.tokenEncryptionKeys[0].key).toHaveLength(32);
  });

  it('seeds the demo history with the demo organisation unless SEED_DEMO_HISTORY=false, and never without it', () => {
    expect(loadConfig({ DATA_DIR: dataDir, SEED_DEMO_HISTORY: 'false' })).toMatchObject({ seedDemo: true, seedDemoHistory: false });
    expect(loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false', SEED_DEMO_HISTORY: 'true' })).toMatchObject({ seedDemo: false, seedDemoHistory: false });
    expect(problemsOf({ SEED_DEMO_HISTORY: 'some' })).toEqual(['SEED_DEMO_HISTORY must be true or false; got "some".']);
  });

  it('asks LinkedIn for the self-serve scopes, and the sandbox it starts itself for the read scopes too, so the demo shows engagement', () => {
    const readScopes = ['openid', 'profile', 'email', 'w_member_social', 'r_member_social', 'r_member_postAnalytics'];
    expect(loadConfig({ DATA_DIR: dataDir }).linkedin.scopes).toEqual(readScopes);
    expect(loadConfig({ DATA_DIR: dataDir, LINKEDIN_SANDBOX_URL: 'http://127.0.0.1:4010' }).linkedin.scopes).toEqual(['openid', 'profile', 'email', 'w_member_social']);
    expect(loadConfig({ DATA_DIR: dataDir, LINKEDIN_CLIENT_ID: 'app', LINKEDIN_CLIENT_SECRET: 'secret' }).linkedin.scopes).toEqual(['openid', 'profile', 'email', 'w_member_social']);
    expect(loadConfig({ DATA_DIR: dataDir, LINKEDIN_SCOPES: 'openid w_member_social' }).linkedin.scopes).toEqual(['openid', 'w_member_social']);
  });

  it('generates the JWT secret once, keeps it private in DATA_DIR and reuses it', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = join(dataDir, 'secrets.json');
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(first.auth.jwtSecret);
    expect(first.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    const again = loadConfig({ DATA_DIR: dataDir });
    expect(again.auth.jwtSecret).toBe(first.auth.jwtSecret);
  });

  it('switches to distributed mode with PostgreSQL and Redis, where secrets are required', () => {
    const problems = problemsOf({ DATABASE_URL: 'postgres://u:p@db:5432/chorus', REDIS_URL: 'redis://cache:6379/2' });
    expect(problems).toEqual([
      expect.stringMatching(/^JWT_SECRET is required in distributed mode/),
      expect.stringMatching(/^TOKEN_ENCRYPTION_KEYS is required in distributed mode/),
    ]);
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: 'postgres://u:p@db:5432/chorus',
      REDIS_URL: 'redis://cache:6379/2',
      JWT_SECRET: 'x'.repeat(40),
      TOKEN_ENCRYPTION_KEYS: `old:${key},new:${Buffer.alloc(32, 9).toString('base64')}`,
    });
    expect(config.mode).toBe('distributed');
    expect(config.database).toEqual({ type: 'postgres', url: 'postgres://u:p@db:5432/chorus' });
    expect(config.redis).toEqual({ url: 'redis://cache:6379/2', prefix: 'chorus' });
    expect(config.seedDemo).toBe(false);
    expect(config.seedDemoHistory).toBe(false);
    expect(config.tokenEncryptionKeys.map((k) => k.id)).toEqual(['old', 'new']);
  });

  it('names every bad setting in a sentence, and never echoes a password', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://root:hunter2@db/chorus',
      REDIS_URL: 'localhost:6379',
      SEED_DEMO: 'maybe',
      APP_URL: 'chorus.example.com',
      LOG_LEVEL: 'loud',
      JWT_SECRET: 'short',
      TOKEN_ENCRYPTION_KEYS: 'k1:dG9vLXNob3J0',
      LINKEDIN_CLIENT_ID: 'abc',
    });
    expect(problems).toEqual([
      'PORT must be a whole number from 0 to 65535; got "eighty".',
      'DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset to use the SQLite file in DATA_DIR); got "mysql://root:***@db/chorus".',
      'REDIS_URL must be a redis:// or rediss:// URL (leave it unset to run jobs in-process); got "localhost:6379".',
      'APP_URL must be the http(s) address people use to reach Chorus, e.g. https://chorus.example.com; got "chorus.example.com".',
      'LOG_LEVEL must be one of error, warn, log, debug, verbose; got "loud".',
      'SEED_DEMO must be true or false; got "maybe".',
      'JWT_SECRET must be at least 32 characters long; it has 5.',
      'TOKEN_ENCRYPTION_KEYS: key "k1" must be 32 bytes encoded in base64 (it decodes to 9 bytes).',
      'LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET go together: set both to use LinkedIn, or neither to use the bundled LinkedIn sandbox.',
    ]);
  });

  it('trusts X-Forwarded-For only as TRUST_PROXY says: nobody by default, everyone, a hop count or named proxies', () => {
    const trust = (value?: string) => loadConfig({ DATA_DIR: dataDir, ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy;
    expect(trust()).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.0/8, 127.0.0.1,loopback,fd00::/8')).toEqual(['10.0.0.0/8', '127.0.0.1', 'loopback', 'fd00::/8']);
    expect(problemsOf({ TRUST_PROXY: 'yes please,10.0.0.0/33' })).toEqual([
      'TRUST_PROXY must be false, true, a number of proxy hops (e.g. 1), or a comma-separated list of proxy addresses or CIDR ranges ' +
        '(e.g. 10.0.0.0/8,127.0.0.1; also loopback, linklocal, uniquelocal); "yes please", "10.0.0.0/33" are none of these.',
    ]);
    expect(problemsOf({ TRUST_PROXY: '500' })).toEqual([expect.stringMatching(/^TRUST_PROXY must be false, true, a number of proxy hops/)]);
    expect(problemsOf({ LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE: '0', LOGIN_ACCOUNT_RATE_LIMIT_PER_HOUR: 'many' })).toEqual([
      'LOGIN_ACCOUNT_RATE_LIMIT_PER_HOUR must be a whole number from 1 to 100000; got "many".',
      'LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE must be a whole number from 1 to 100000; got "0".',
    ]);
  });

  it('reports all problems at once in the error message', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir, PORT: '-1', SEED_DEMO: 'x' })).toThrow(
      /Chorus cannot start because of its configuration:\n  - PORT must be a whole number from 0 to 65535; got "-1".\n  - SEED_DEMO must be true or false; got "x"./,
    );
  });
});
