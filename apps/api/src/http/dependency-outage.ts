import type { AppConfig } from '@chorus/config';
import { QueryFailedError } from 'typeorm';

/** Which dependency an error says is out of reach, or null for any other error. */
export type Outage = 'database' | 'queue';

/** Socket errors that mean the other end is gone, refusing, or unreachable. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL's SQLSTATEs for a connection that failed or is being shut down: class 08
 * (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now).
 */
function isPostgresConnectionState(code: unknown): boolean {
  return typeof code === 'string' && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03');
}

/** node-postgres's own words for a pool or client that lost, or never got, its connection. */
const POSTGRES_CLIENT_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /Client has encountered a connection error/, /Connection terminated due to connection timeout/];

/** ioredis's words when a command cannot reach Redis (offline queue off, retries spent, connection closed, commandTimeout). */
const REDIS_MESSAGES = [/Stream isn't writeable and enableOfflineQueue options is false/, /Reached the max retries per request limit/, /^Connection is closed\.?$/, /^Command timed out$/];

/** The ports of the dependencies, to tell whose socket failed (node's connect errors carry `port`). */
export interface DependencyPorts {
  database: number | null;
  queue: number | null;
}

/** The ports of the configured PostgreSQL and Redis (null in embedded mode: SQLite, in-process jobs). */
export function dependencyPorts(config: Pick<AppConfig, 'database' | 'redis'>): DependencyPorts {
  const portOf = (url: string, fallback: number) => Number(new URL(url).port || fallback);
  return { database: config.database.type === 'postgres' ? portOf(config.database.url, 5432) : null, queue: config.redis ? portOf(config.redis.url, 6379) : null };
}

/**
 * Tells a dependency outage (PostgreSQL or Redis briefly gone) from a bug, so the API can answer
 * 503 with a sentence instead of a 500 (docs/operations.md, "When a dependency is down").
 */
export function outageOf(error: unknown, ports: DependencyPorts): Outage | null {
  // Duck-typed, not `instanceof Error`: socket errors come from Node's own realm, which a test's VM does not share.
  if (typeof error !== 'object' || error === null || typeof (error as { message?: unknown }).message !== 'string') return null;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message: string };
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: unknown } | undefined) : undefined;
  if (ports.database !== null && isPostgresConnectionState(driverError?.code ?? code)) return 'database';
  if (ports.queue !== null && (REDIS_MESSAGES.some((pattern) => pattern.test(message)) || name === 'MaxRetriesPerRequestError')) return 'queue';
  if (ports.database !== null && POSTGRES_CLIENT_MESSAGES.some((pattern) => pattern.test(message))) return 'database';
  if (typeof code === 'string' && SOCKET_CODES.has(code)) {
    const port = (error as { port?: unknown }).port;
    if (port === ports.database) return 'database';
    if (port === ports.queue) return 'queue';
  }
  return null;
}
