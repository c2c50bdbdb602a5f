import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The API's contract, from the controllers' decorators: served at /api/docs-json, and the
 * source of the web app's generated types (`npm run generate:api`).
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Chorus API')
      .setDescription('Employee advocacy: curated content, shared in each employee\'s own words, approved verbatim, published once.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
