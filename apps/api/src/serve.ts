import { AppConfig, ConfigError } from '@chorus/config';
import { Logger } from '@nestjs/common';
import { ApiAppModule } from './app.module';
import { createHttpApp } from './bootstrap';

/** Distributed mode's api process: the HTTP API, with jobs left to separate workers. */
export async function serveApi(config: AppConfig): Promise<void> {
  if (!config.redis) {
    throw new ConfigError([
      'The api alone cannot run jobs: set REDIS_URL so a separate worker (`npm run start:worker`) picks them up, or use `npm start` to run both in one process.',
    ]);
  }
  const app = await createHttpApp(config, ApiAppModule.forRoot(config));
  await app.listen(config.port);
  const logger = new Logger('Chorus');
  logger.log(`Chorus api is running at ${config.appUrl} (${config.mode} mode: ${config.database.type}, BullMQ jobs).`);
  logger.log(`API docs at ${config.appUrl}/api/docs`);
}
