import { DeploymentMode } from '@chorus/config';
import { HealthChecks, Liveness } from '@chorus/platform';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckStatus } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';
import { ErrorResponse } from '../http/api-responses';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['embedded', 'distributed'] }) mode!: DeploymentMode;
  @ApiProperty({ example: 'sqlite' }) database!: string;
  @ApiProperty({ example: 'in-process' }) jobs!: string;
}

export class LivenessResponse implements Liveness {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty() uptimeSeconds!: number;
}

const CHECKS = { type: 'object', additionalProperties: { type: 'object', properties: { status: { type: 'string' } }, additionalProperties: true } } as const;

/** Terminus's result: each check by name (`database`, `redis`) with its status. */
export class ReadinessResponse implements HealthCheckResult {
  @ApiProperty({ enum: ['error', 'ok', 'shutting_down'] }) status!: HealthCheckStatus;
  @ApiPropertyOptional({ ...CHECKS, nullable: true }) info?: HealthCheckResult['info'];
  @ApiPropertyOptional({ ...CHECKS, nullable: true }) error?: HealthCheckResult['error'];
  @ApiProperty(CHECKS) details!: HealthCheckResult['details'];
}

/** Outside `/api/v1`, for load balancers and orchestrators (docs/operations.md, "Health"). */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly checks: HealthChecks) {}

  @Get()
  @ApiOperation({ summary: 'Ready, with the mode this installation runs in (503 naming what is down)' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: ErrorResponse })
  async check(): Promise<HealthResponse> {
    await this.checks.readiness();
    return { status: 'ok', ...this.checks.mode };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is running' })
  @ApiOkResponse({ type: LivenessResponse })
  live(): LivenessResponse {
    return this.checks.liveness();
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database and Redis (when configured) answer; 503 naming what is down' })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ErrorResponse })
  ready(): Promise<ReadinessResponse> {
    return this.checks.readiness();
  }
}
