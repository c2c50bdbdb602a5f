import { AppConfig } from '@chorus/config';
import { CoreModule, HealthModule } from '@chorus/platform';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { AddressInfo } from 'node:net';
import { WorkerHealthController } from './worker-health.controller';
import { WorkerModule } from './worker.module';

@Module({})
class WorkerHealthHttpModule {}

@Module({})
class WorkerRootModule {
  static forRoot(config: AppConfig): DynamicModule {
    const health: DynamicModule = { module: WorkerHealthHttpModule, imports: [HealthModule], controllers: [WorkerHealthController] };
    return {
      module: WorkerRootModule,
      imports: [CoreModule.forRoot(config, { runMigrations: false }), WorkerModule.forRoot(config), ...(config.workerHealthPort === null ? [] : [health])],
    };
  }
}

export interface RunningWorker {
  app: INestApplicationContext;
  /** The port its health answers on (`/health/live`, `/health/ready`), or null when WORKER_HEALTH_PORT=off. */
  healthPort: number | null;
}

/**
 * Distributed mode's worker: queue processors and scheduled ticks; over HTTP only its health,
 * on WORKER_HEALTH_PORT (0 picks a free port). The api process runs the migrations.
 */
export async function startWorker(config: AppConfig): Promise<RunningWorker> {
  const root = WorkerRootModule.forRoot(config);
  const options = { bufferLogs: true, abortOnError: false } as const;
  if (config.workerHealthPort === null) {
    const app = await NestFactory.createApplicationContext(root, options);
    app.useLogger(app.get(PinoNestLogger));
    return { app, healthPort: null };
  }
  const http = await NestFactory.create(root, options);
  http.useLogger(http.get(PinoNestLogger));
  await http.listen(config.workerHealthPort);
  return { app: http, healthPort: (http.getHttpServer().address() as AddressInfo).port };
}
