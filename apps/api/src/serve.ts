import { AppConfig, ConfigError } from '@chorus/config';
import { chorusSandboxOptions, startLinkedinSandbox } from '@chorus/linkedin-sandbox';
import { Logger } from '@nestjs/common';
import { createHttpApp, logLevels } from './bootstrap';

export async function serve(config: AppConfig, role: 'all' | 'api'): Promise<void> {
  if (role === 'api' && !config.redis) {
    throw new ConfigError([
      'The api alone cannot run jobs: set REDIS_URL so a separate worker (`npm run start:worker`) picks them up, or use `npm start` to run both in one process.',
    ]);
  }
  const logger = new Logger('Chorus');
  // Without LinkedIn credentials, `npm start` brings its own LinkedIn: the bundled sandbox.
  if (role === 'all' && config.linkedin.embeddedSandboxPort !== null) {
    // Nest's log levels are process-wide: the sandbox must use the same ones or it silences Chorus.
    const sandbox = await startLinkedinSandbox({ ...chorusSandboxOptions(config), port: config.linkedin.embeddedSandboxPort, host: '127.0.0.1', logger: logLevels(config) });
    logger.log(`LinkedIn sandbox at ${sandbox.url} (set LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET to use LinkedIn).`);
    process.once('beforeExit', () => void sandbox.close());
  }
  const app = await createHttpApp(config, role);
  await app.listen(config.port);
  logger.log(`Chorus is running at ${config.appUrl} (${config.mode} mode: ${config.database.type}, ${config.redis ? 'BullMQ jobs' : 'in-process jobs'}${role === 'api' ? ', api only' : ''}).`);
  logger.log(`API docs at ${config.appUrl}/api/docs`);
}
