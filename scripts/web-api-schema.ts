/**
 * The web app's API types, generated from the OpenAPI document the api serves. Used by
 * `npm run generate:api` (writes the file) and by the test that fails when it is stale.
 */
import { loadConfig } from '@chorus/config';
import { OpenAPIObject } from '@nestjs/swagger';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ApiAppModule } from '../apps/api/src/app.module';
import { createHttpApp } from '../apps/api/src/bootstrap';
import { openApiDocument } from '../apps/api/src/openapi';

export const WEB_API_SCHEMA_FILE = join(__dirname, '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run generate:api\`: do not edit.
 * Change the response classes and controller decorators on the server, then run it again.
 */

`;

/** The document of the api app as production builds it, from a throwaway SQLite app that never listens. */
export async function buildApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chorus-openapi-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'error', WEB_DIST_DIR: join(dataDir, 'web') });
    const app = await createHttpApp(config, ApiAppModule.forRoot(config), { logger: false });
    try {
      return openApiDocument(app);
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function renderWebApiSchema(document: OpenAPIObject): Promise<string> {
  // openapi-typescript loads ES modules, which jest's module system cannot; plain node can.
  const types = execFileSync(process.execPath, [join(__dirname, 'openapi-to-typescript.js')], { input: JSON.stringify(document), encoding: 'utf8' });
  return HEADER + types;
}
