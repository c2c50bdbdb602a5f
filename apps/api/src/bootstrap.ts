import { AppConfig } from '@chorus/config';
import { INestApplication, LogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule, ProcessRole } from './app.module';
import { guardedJsonBody } from './http/json-body.parser';

/** The largest JSON body, after decompression; the CSV import (up to 1,000,000 characters) fits. */
export const JSON_BODY_LIMIT = '1mb';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function logLevels(config: AppConfig): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
}

/** Builds the HTTP application exactly as production runs it; tests use this too. */
export async function createHttpApp(config: AppConfig, role: Exclude<ProcessRole, 'worker'>, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, role), {
    logger: options.logger ?? logLevels(config),
    bodyParser: false,
    // Let boot errors reach the caller (tests, main) instead of exiting the process.
    abortOnError: false,
  });
  configureHttpApp(app, config);
  await app.init();
  return app;
}

export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.enableShutdownHooks();
  app.set('trust proxy', 'loopback');
  // Flat query strings (node:querystring): `a[b]=1` is a key named "a[b]", never a nested
  // object, so no query can build prototype-shaped input. Express 5's default, made explicit.
  app.set('query parser', 'simple');
  app.use(guardedJsonBody({ limit: JSON_BODY_LIMIT }));
  app.use(cookieParser());
  // Curated posts show their images from the sites they link to; everything else stays same-origin.
  const strict = helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'https:'] } } });
  // Swagger UI needs inline scripts and styles; everything else gets the strict policy.
  const docs = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next));
  app.setGlobalPrefix('api/v1', { exclude: [{ path: 'health', method: RequestMethod.GET }] });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Chorus API')
      .setDescription('Employee advocacy: curated content, shared in each employee\'s own words, approved verbatim, published once.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveWebApp(app as INestApplication, config);
}

/** The built React app at `/`, with every non-API path falling back to index.html. */
function serveWebApp(app: INestApplication, config: AppConfig): void {
  const index = join(config.webDistDir, 'index.html');
  app.use(express.static(config.webDistDir, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || req.path === '/health' || req.path.startsWith('/r/')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build:web` (npm start does this for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
