import { Correlation } from '@chorus/jobs';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

/** An id a caller (or a proxy) may hand us; anything else is replaced by our own. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id (the caller's `X-Request-Id` when it is reasonable), returns it in
 * the response's `X-Request-Id`, and runs the rest of the request under it so that log lines and
 * enqueued jobs carry it.
 */
export function requestContext(req: Request, res: Response, next: NextFunction): void {
  const offered = req.headers['x-request-id'];
  const id = typeof offered === 'string' && ACCEPTED_REQUEST_ID.test(offered) ? offered : randomUUID();
  (req as Request & { id: string }).id = id;
  res.setHeader('X-Request-Id', id);
  Correlation.run(id, next);
}
