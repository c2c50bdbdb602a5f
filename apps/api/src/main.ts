import 'reflect-metadata';
import { ConfigError, loadConfig } from '@chorus/config';
import { Logger } from '@nestjs/common';
import { runCli, UsageError } from './cli/cli';
import { runMigrations } from './cli/migrate';
import { serve } from './serve';

/**
 * One bundle, several commands:
 *   main.js              api and worker in one process (embedded mode; `npm start`)
 *   main.js api          the HTTP API only (distributed mode; `npm run start:api`)
 *   main.js migrate      apply pending migrations (`npm run migrate`)
 *   main.js cli …        operator commands (`npm run cli -- help`)
 */
async function main(argv: string[]): Promise<void> {
  const [command = 'all', ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'all':
    case 'api':
      return serve(config, command);
    case 'migrate':
      return runMigrations(config);
    case 'cli':
      return runCli(config, rest);
    default:
      throw new UsageError(`Unknown command "${command}"; use all, api, migrate or cli.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UsageError) {
    console.error(error.message);
  } else {
    new Logger('Chorus').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
