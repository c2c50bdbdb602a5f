import { OpenAPIObject } from '@nestjs/swagger';
import { readFileSync } from 'node:fs';
import { buildApiDocument, renderWebApiSchema, WEB_API_SCHEMA_FILE } from '../../scripts/web-api-schema';

describe('the OpenAPI document and the web app types generated from it', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await buildApiDocument();
  });

  it('describes a success answer and the error answers of every route', () => {
    const gaps: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations as Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>)) {
        const route = `${method.toUpperCase()} ${path}`;
        const success = Object.entries(operation.responses).filter(([status]) => /^[23]\d\d$/.test(status));
        if (success.length === 0) gaps.push(`${route}: no success answer`);
        for (const [status, response] of success) {
          const described = Object.values(response.content ?? {}).some((content) => content.schema);
          if (status !== '204' && !status.startsWith('3') && !described) gaps.push(`${route}: ${status} without a schema`);
        }
        const errors = operation.responses['4XX']?.content?.['application/json']?.schema as { $ref?: string } | undefined;
        if (!path.startsWith('/health') && errors?.$ref !== '#/components/schemas/ErrorResponse') gaps.push(`${route}: 4XX is not ErrorResponse`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('the committed apps/web/src/api/schema.d.ts is what the document generates', async () => {
    const generated = await renderWebApiSchema(document);
    const committed = readFileSync(WEB_API_SCHEMA_FILE, 'utf8');
    if (committed !== generated) {
      throw new Error('apps/web/src/api/schema.d.ts is stale: the API changed since it was generated. Run `npm run generate:api` and commit the result.');
    }
  });
});
