import { AppConfig, ConfigError } from '@chorus/config';
import { Logger } from '@nestjs/common';
import { createHttpApp } from './bootstrap';

export async function serve(config: AppConfig, role: 'all' | 'api'): Promise<void> {
  if (role === 'api' && !config.redis) {
    throw new ConfigError([
      'The api alone cannot run jobs: set REDIS_URL so a separate worker (`npm run start:worker`) picks them up, or use `npm start` to run both in one process.',
    ]);
  }
  const app = await createHttpApp(config, role);
  await app.listen(config.port);
  const logger = new Logger('Chorus');
  logger.log(`Chorus is running at ${config.appUrl} (${config.mode} mode: ${config.database.type}, ${config.redis ? 'BullMQ jobs' : 'in-process jobs'}${role === 'api' ? ', api only' : ''}).`);
  logger.log(`API docs at ${config.appUrl}/api/docs`);
}
