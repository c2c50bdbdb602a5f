import { HealthChecks, Liveness } from '@chorus/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckResult } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';

/** Outside `/api/v1`, for load balancers and orchestrators (docs/operations.md, "Health"). */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly checks: HealthChecks) {}

  @Get()
  @ApiOperation({ summary: 'Ready, with the mode this installation runs in (503 naming what is down)' })
  async check(): Promise<{ status: 'ok'; mode: string; database: string; jobs: string }> {
    await this.checks.readiness();
    return { status: 'ok', ...this.checks.mode };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is running' })
  live(): Liveness {
    return this.checks.liveness();
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database and Redis (when configured) answer; 503 naming what is down' })
  ready(): Promise<HealthCheckResult> {
    return this.checks.readiness();
  }
}
