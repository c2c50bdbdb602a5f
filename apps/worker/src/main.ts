import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@chorus/config';
import { CoreModule, HealthModule, runProcess } from '@chorus/platform';
import { DynamicModule, INestApplicationContext, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { AddressInfo } from 'node:net';
import { WorkerHealthController } from './worker-health.controller';
import { WorkerModule } from './worker.module';

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

@Module({})
class WorkerHealthHttpModule {}

/** Distributed mode's worker: queue processors and scheduled ticks; over HTTP only its health. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redis) {
    throw new ConfigError(['The worker takes its jobs from Redis: set REDIS_URL (embedded mode runs the worker inside `npm start`).']);
  }
  const root = WorkerRootModule.forRoot(config);
  const options = { bufferLogs: true, abortOnError: false } as const;
  let app: INestApplicationContext;
  let healthUrl = '';
  if (config.workerHealthPort === null) {
    app = await NestFactory.createApplicationContext(root, options);
    app.useLogger(app.get(PinoNestLogger));
  } else {
    const http = await NestFactory.create(root, options);
    http.useLogger(http.get(PinoNestLogger));
    await http.listen(config.workerHealthPort);
    healthUrl = `, health at http://localhost:${(http.getHttpServer().address() as AddressInfo).port}/health/ready`;
    app = http;
  }
  app.enableShutdownHooks();
  new Logger('Worker').log(`Chorus worker is running (${config.database.type}, BullMQ on ${new URL(config.redis.url).host}${healthUrl}).`);
}

runProcess(main);
