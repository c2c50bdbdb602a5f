/**
 * Writes the web app's API types (apps/web/src/api/schema.d.ts) from the api's OpenAPI document.
 *   npm run generate:api
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildApiDocument, renderWebApiSchema, WEB_API_SCHEMA_FILE } from './web-api-schema';

async function main(): Promise<void> {
  const schema = await renderWebApiSchema(await buildApiDocument());
  writeFileSync(WEB_API_SCHEMA_FILE, schema);
  console.log(`Wrote ${relative(process.cwd(), WEB_API_SCHEMA_FILE)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
