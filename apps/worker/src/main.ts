import 'reflect-metadata';
import { ConfigError, loadConfig } from '@chorus/config';
import { CoreModule, runProcess } from '@chorus/platform';
import { Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

@Module({})
class WorkerRootModule {}

/** Distributed mode's worker: queue processors and scheduled ticks, no HTTP API. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redis) {
    throw new ConfigError(['The worker takes its jobs from Redis: set REDIS_URL (embedded mode runs the worker inside `npm start`).']);
  }
  const app = await NestFactory.createApplicationContext(
    { module: WorkerRootModule, imports: [CoreModule.forRoot(config, { runMigrations: false }), WorkerModule.forRoot(config)] },
    { logger: ['fatal', 'error', 'warn', 'log'] },
  );
  app.enableShutdownHooks();
  new Logger('Worker').log(`Chorus worker is running (${config.database.type}, BullMQ on ${new URL(config.redis.url).host}).`);
}

runProcess(main);
