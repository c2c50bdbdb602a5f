import { APP_CONFIG, AppConfig } from '@chorus/config';
import { redisConnectionOptions } from '@chorus/jobs';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

/** A dependency that does not answer within this time counts as down. */
const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms.`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The database answers a trivial query. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  async check(): Promise<HealthIndicatorResult<'database'>> {
    const session = this.health.check('database');
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), 'The database');
      return session.up({ type: this.dataSource.options.type });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'The database is not reachable.' });
    }
  }
}

/** Redis (BullMQ's store) answers PING; only checked when REDIS_URL is set. */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private client: Redis | null = null;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return this.config.redis !== null;
  }

  async check(): Promise<HealthIndicatorResult<'redis'>> {
    const session = this.health.check('redis');
    try {
      await withTimeout(this.connection().ping(), 'Redis');
      return session.up();
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : 'Redis is not reachable.' });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client?.disconnect();
    this.client = null;
  }

  private connection(): Redis {
    if (!this.client) {
      // Its own connection that fails fast: a health check must not queue behind a dead socket.
      this.client = new Redis({ ...redisConnectionOptions(this.config.redis!.url), lazyConnect: true, enableOfflineQueue: true, maxRetriesPerRequest: 1, connectTimeout: CHECK_TIMEOUT_MS });
      this.client.on('error', () => undefined);
    }
    return this.client;
  }
}
