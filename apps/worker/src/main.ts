import 'reflect-metadata';
import { ConfigError, loadConfig } from '@chorus/config';
import { runProcess } from '@chorus/platform';
import { Logger } from '@nestjs/common';
import { startWorker } from './start-worker';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.redis) {
    throw new ConfigError(['The worker takes its jobs from Redis: set REDIS_URL (embedded mode runs the worker inside `npm start`).']);
  }
  const { app, healthPort } = await startWorker(config);
  app.enableShutdownHooks();
  const health = healthPort === null ? '' : `, health at http://localhost:${healthPort}/health/ready`;
  new Logger('Worker').log(`Chorus worker is running (${config.database.type}, BullMQ on ${new URL(config.redis.url).host}${health}).`);
}

runProcess(main);
