import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SandboxState } from '../state/sandbox-state.service';

/**
 * Counts answers per route and status for `GET /__sandbox/stats`; a connection closed before
 * an answer (an injected drop, or the client giving up) counts as `dropped`. The controls'
 * own routes are not counted.
 */
@Injectable()
export class ResponseStatsMiddleware implements NestMiddleware {
  constructor(private readonly state: SandboxState) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (request.originalUrl.startsWith('/__sandbox')) {
      next();
      return;
    }
    let recorded = false;
    const record = (outcome: string) => {
      if (!recorded) {
        recorded = true;
        this.state.recordResponse(`${request.method} ${routeOf(request)}`, outcome);
      }
    };
    response.on('finish', () => record(String(response.statusCode)));
    response.on('close', () => record(response.writableFinished ? String(response.statusCode) : 'dropped'));
    next();
  }
}

/** The matched route pattern (`/rest/posts/:id`), so counts do not split per id. */
function routeOf(request: Request): string {
  const route = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof route !== 'string' || route.includes('{*')) {
    return '(no route)';
  }
  return `${request.baseUrl}${route}`;
}
