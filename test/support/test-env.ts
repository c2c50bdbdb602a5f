import { AppConfig, Env, loadConfig } from '@chorus/config';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';

/**
 * A fresh, isolated environment for one test file: SQLite in a temp dir by default, or a
 * new PostgreSQL database and its own Redis key prefix when the services suite runs
 * (`npm run test:services` sets CHORUS_TEST_DATABASE_URL and CHORUS_TEST_REDIS_URL).
 */
export interface TestEnvironment {
  config: AppConfig;
  env: Env;
  usesServices: boolean;
  dispose(): Promise<void>;
}

export const servicesUnderTest = {
  databaseUrl: process.env.CHORUS_TEST_DATABASE_URL,
  redisUrl: process.env.CHORUS_TEST_REDIS_URL,
};

/** The APP_URL of test apps that do not listen on a port of their own. */
export const TEST_APP_URL = 'http://localhost:3999';

export function testKeys(): string {
  return `test:${randomBytes(32).toString('base64')}`;
}

export async function createTestEnvironment(overrides: Env = {}): Promise<TestEnvironment> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-test-'));
  const suffix = randomBytes(6).toString('hex');
  const env: Env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    SEED_DEMO: 'true',
    // Most tests count what they do themselves from an empty start; test/e2e/demo-history.e2e-spec.ts turns the sample history on.
    SEED_DEMO_HISTORY: 'false',
    JOB_RETRY_BASE_DELAY_MS: '20',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    LOGIN_ACCOUNT_RATE_LIMIT_PER_HOUR: '1000',
    LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE: '1000',
    APP_URL: TEST_APP_URL,
    WEB_DIST_DIR: join(dataDir, 'web'),
  };
  let databaseName: string | null = null;
  if (servicesUnderTest.databaseUrl) {
    databaseName = `chorus_test_${suffix}`;
    await adminQuery(servicesUnderTest.databaseUrl, `CREATE DATABASE ${databaseName}`);
    const url = new URL(servicesUnderTest.databaseUrl);
    url.pathname = `/${databaseName}`;
    env.DATABASE_URL = url.toString();
  }
  if (servicesUnderTest.redisUrl) {
    env.REDIS_URL = servicesUnderTest.redisUrl;
    env.REDIS_PREFIX = `chorus-test-${suffix}`;
  }
  if (env.DATABASE_URL || env.REDIS_URL) {
    env.JWT_SECRET = randomBytes(32).toString('hex');
    env.TOKEN_ENCRYPTION_KEYS = `t1:${randomBytes(32).toString('base64')}`;
  }
  Object.assign(env, overrides);
  const config = loadConfig(env);
  return {
    config,
    env,
    usesServices: Boolean(servicesUnderTest.databaseUrl),
    dispose: async () => {
      if (databaseName && servicesUnderTest.databaseUrl) {
        await adminQuery(servicesUnderTest.databaseUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      }
      if (env.REDIS_PREFIX && servicesUnderTest.redisUrl) await deleteRedisPrefix(servicesUnderTest.redisUrl, env.REDIS_PREFIX);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function deleteRedisPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
