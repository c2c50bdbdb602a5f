import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Where the distributed modes of the benchmarks find PostgreSQL and Redis. */
export const PG_URL = process.env.CHORUS_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.CHORUS_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * A PostgreSQL database and a Redis key prefix of their own for one run (`<name>_<random>`),
 * with the settings a distributed process needs, and how to remove them both.
 */
export async function throwawayServices(name: string): Promise<{ env: Record<string, string>; dispose: () => Promise<void> }> {
  const suffix = randomBytes(6).toString('hex');
  const database = `${name.replace(/-/g, '_')}_${suffix}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_URL,
    REDIS_PREFIX: `${name}-${suffix}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    TOKEN_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  };
  return {
    env,
    dispose: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await deleteRedisKeys(env.REDIS_PREFIX);
    },
  };
}

/** Fails early, with the settings to change, when a distributed mode cannot reach its services. */
export async function checkServices(leaveOut: string): Promise<void> {
  try {
    await adminQuery('SELECT 1');
  } catch (error) {
    throw new Error(`The distributed modes need PostgreSQL at ${PG_URL} (set CHORUS_BENCH_PG_URL, or leave them out with ${leaveOut}): ${(error as Error).message}`);
  }
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`The distributed modes need Redis at ${REDIS_URL} (set CHORUS_BENCH_REDIS_URL, or leave them out with ${leaveOut}): ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
