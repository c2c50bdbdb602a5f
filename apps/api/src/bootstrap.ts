import { AppConfig } from '@chorus/config';
import { CSV_IMPORT_BODY_LIMIT_BYTES } from '@chorus/identity';
import { requestContext } from '@chorus/platform';
import { DynamicModule, INestApplication, LogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { guardedJsonBody } from './http/json-body.parser';
import { openApiDocument } from './openapi';

/** The largest JSON body, after decompression, but for the CSV import's own limit. */
export const JSON_BODY_LIMIT = '1mb';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function logLevels(config: AppConfig): LogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
}

/**
 * Builds the HTTP application around a root module (the api's, or embedded mode's that adds the
 * worker) exactly as production runs it; tests use `configureHttpApp` too.
 */
export async function createHttpApp(config: AppConfig, root: DynamicModule, options: { logger?: false } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(root, {
    // Boot lines wait for the structured logger (configureHttpApp hands them over).
    bufferLogs: options.logger !== false,
    logger: options.logger,
    bodyParser: false,
    // Let boot errors reach the caller (tests, main) instead of exiting the process.
    abortOnError: false,
  });
  configureHttpApp(app, config);
  await app.init();
  return app;
}

export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(PinoNestLogger));
  app.enableShutdownHooks();
  app.use(requestContext);
  // Only the proxies the operator names may tell the client's address (X-Forwarded-For).
  app.set('trust proxy', config.trustProxy);
  // Flat query strings (node:querystring): `a[b]=1` is a key named "a[b]", never a nested
  // object, so no query can build prototype-shaped input. Express 5's default, made explicit.
  app.set('query parser', 'simple');
  // A CSV import carries its file (up to 2 MB) inside JSON; every other request keeps 1 MB.
  app.use('/api/v1/users/import', guardedJsonBody({ limit: CSV_IMPORT_BODY_LIMIT_BYTES }));
  app.use(guardedJsonBody({ limit: JSON_BODY_LIMIT }));
  app.use(cookieParser());
  // Curated posts show their images from the sites they link to; everything else stays same-origin.
  const strict = helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'https:'] } } });
  // Swagger UI needs inline scripts and styles; everything else gets the strict policy.
  const docs = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/docs') ? docs : strict)(req, res, next));
  app.setGlobalPrefix('api/v1', { exclude: ['health', 'health/live', 'health/ready', 'r/:code'].map((path) => ({ path, method: RequestMethod.GET })) });

  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveWebApp(app as INestApplication, config);
}

/** The built React app at `/`, with every non-API path falling back to index.html. */
function serveWebApp(app: INestApplication, config: AppConfig): void {
  const index = join(config.webDistDir, 'index.html');
  const assets = express.static(config.webDistDir, { index: false, maxAge: '1h' });
  const ours = (req: Request) => req.path.startsWith('/api/') || /^\/health(\/|$)/.test(req.path) || req.path.startsWith('/r/');
  // The API's own paths never look for a file: that is a file-system call per request.
  app.use((req: Request, res: Response, next: NextFunction) => (ours(req) ? next() : assets(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    // HEAD answers as GET does (monitors and link checkers ask with HEAD; sendFile sends no body for it).
    if ((req.method !== 'GET' && req.method !== 'HEAD') || ours(req)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build:web` (npm start does this for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
