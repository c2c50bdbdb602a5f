import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthChecks } from './health-checks.service';
import { DatabaseHealthIndicator, RedisHealthIndicator } from './health.indicators';

/** Health checks for any process; the api and the worker each serve them with their own controller. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  providers: [HealthChecks, DatabaseHealthIndicator, RedisHealthIndicator],
  exports: [HealthChecks],
})
export class HealthModule {}
