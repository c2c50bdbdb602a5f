import 'reflect-metadata';
import { loadConfig } from '@chorus/config';
import { chorusSandboxOptions, startLinkedinSandbox } from '@chorus/linkedin-sandbox';
import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { createHttpApp, logLevels } from '../../api/src/bootstrap';
import { runProcess } from '@chorus/platform';
import { EmbeddedAppModule } from './embedded.module';

const LINKEDIN_SANDBOX_STATE_FILE = 'linkedin-sandbox.json';

/**
 * `npm start`: api and worker in one process and, without LinkedIn credentials, the bundled
 * LinkedIn sandbox beside them, so a fresh machine runs the whole product.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('Chorus');
  if (config.linkedin.embeddedSandboxPort !== null) {
    // Nest's log levels are process-wide: the sandbox must use the same ones or it silences Chorus.
    // Its tokens live in DATA_DIR beside the database, so a restart keeps every connection working.
    const sandbox = await startLinkedinSandbox({
      ...chorusSandboxOptions(config),
      port: config.linkedin.embeddedSandboxPort,
      host: '127.0.0.1',
      logger: logLevels(config),
      stateFile: join(config.dataDir, LINKEDIN_SANDBOX_STATE_FILE),
    });
    logger.log(`LinkedIn sandbox at ${sandbox.url} (set LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET to use LinkedIn).`);
    process.once('beforeExit', () => void sandbox.close());
  }
  const app = await createHttpApp(config, EmbeddedAppModule.forRoot(config));
  await app.listen(config.port);
  logger.log(`Chorus is running at ${config.appUrl} (${config.mode} mode: ${config.database.type}, ${config.redis ? 'BullMQ jobs' : 'in-process jobs'}).`);
  logger.log(`API docs at ${config.appUrl}/api/docs`);
}

runProcess(main);
