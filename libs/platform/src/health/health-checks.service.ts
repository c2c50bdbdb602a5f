import { APP_CONFIG, AppConfig } from '@chorus/config';
import { userMessage } from '@chorus/messages';
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
      const down = Object.keys(result.error ?? {});
      throw new ServiceUnavailableException({
        error: 'Service Unavailable',
        ...userMessage('service.notReady', { down: down.join(', ') || 'a dependency' }),
        status: result.status,
        details: result.details,
      });
    }
  }

  get mode(): Pick<AppConfig, 'mode'> & { database: string; jobs: string } {
    return { mode: this.config.mode, database: this.config.database.type, jobs: this.config.redis ? 'bullmq' : 'in-process' };
  }
}
