import { HealthChecks, Liveness } from '@chorus/platform';
import { Controller, Get } from '@nestjs/common';
import { HealthCheckResult } from '@nestjs/terminus';

/** The only HTTP the worker serves: its health, on WORKER_HEALTH_PORT (docs/operations.md, "Health"). */
@Controller('health')
export class WorkerHealthController {
  constructor(private readonly checks: HealthChecks) {}

  @Get('live')
  live(): Liveness {
    return this.checks.liveness();
  }

  @Get('ready')
  ready(): Promise<HealthCheckResult> {
    return this.checks.readiness();
  }
}
