import { APP_CONFIG, AppConfig } from '@chorus/config';
import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { DatabaseHealthIndicator, RedisHealthIndicator } from './health.indicators';

export interface Liveness {
  status: 'ok';
  uptimeSeconds: number;
}

/**
 * Liveness (the process runs its event loop; restart it if not) and readiness (it can do its
 * work: the database and, in distributed mode, Redis answer; send it traffic only then).
 */
@Injectable()
export class HealthChecks {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  liveness(): Liveness {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }

  /** The checks' result, or a 503 whose message names what is down. */
  async readiness(): Promise<HealthCheckResult> {
    const checks = [() => this.database.check()];
    if (this.redis.configured) checks.push(() => this.redis.check() as never);
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const down = Object.entries(result.error ?? {}).map(([name, detail]) => `${name} (${String((detail as { message?: string }).message ?? 'down')})`);
      throw new ServiceUnavailableException({
        error: 'Service Unavailable',
        message: `Chorus is not ready: ${down.join(', ') || 'a dependency is down'}.`,
        status: result.status,
        details: result.details,
      });
    }
  }

  get mode(): Pick<AppConfig, 'mode'> & { database: string; jobs: string } {
    return { mode: this.config.mode, database: this.config.database.type, jobs: this.config.redis ? 'bullmq' : 'in-process' };
  }
}
