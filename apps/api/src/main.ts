import 'reflect-metadata';
import { loadConfig } from '@chorus/config';
import { runCli } from './cli/cli';
import { runMigrations } from './cli/migrate';
import { runProcess, UsageError } from '@chorus/platform';
import { serveApi } from './serve';

/**
 * The api bundle, several commands (embedded mode's single process is apps/embedded):
 *   main.js api          the HTTP API only (distributed mode; `npm run start:api`)
 *   main.js migrate      apply pending migrations (`npm run migrate`)
 *   main.js cli …        operator commands (`npm run cli -- help`)
 */
async function main(argv: string[]): Promise<void> {
  const [command = 'api', ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'api':
      return serveApi(config);
    case 'migrate':
      return runMigrations(config);
    case 'cli':
      return runCli(config, rest);
    default:
      throw new UsageError(`Unknown command "${command}"; use api, migrate or cli (\`npm start\` runs api and worker in one process).`);
  }
}

runProcess(() => main(process.argv.slice(2)));
