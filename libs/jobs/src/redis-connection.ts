import type { RedisOptions } from 'ioredis';

/** ioredis options from a redis:// or rediss:// URL, as BullMQ workers need them. */
export function redisConnectionOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis; they must not give up on a slow command.
    maxRetriesPerRequest: null,
  };
}

/**
 * The producers' connection (queues that only add jobs, in the api and the worker's ticks):
 * while Redis is down a command fails after one reconnection attempt (at most a second apart)
 * or 5 s, instead of waiting for Redis to return, so an HTTP request answers 503 rather than
 * hanging (docs/operations.md, "When a dependency is down"). Commands still queue while it
 * connects, so a queue can close (QUIT) while Redis is away.
 */
export function producerConnectionOptions(url: string): RedisOptions {
  return { ...redisConnectionOptions(url), maxRetriesPerRequest: 1, commandTimeout: 5000, retryStrategy: (times) => Math.min(times * 100, 1000) };
}
