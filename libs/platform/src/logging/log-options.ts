import { AppConfig } from '@chorus/config';
import { Correlation } from '@chorus/jobs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LevelWithSilent } from 'pino';
import type { Options } from 'pino-http';

/** Chorus's LOG_LEVEL names (Nest's) in pino's words. */
const PINO_LEVELS: Record<AppConfig['logLevel'], LevelWithSilent> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Query parameters whose values are secrets or single-use grants: never written to a log. */
const SECRET_QUERY_PARAMETERS = ['code', 'state', 'token', 'access_token', 'refresh_token', 'id_token', 'password', 'secret', 'signature', 'key'];

/** The path and query of a URL with every secret parameter's value replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url || !url.includes('?')) return url;
  const [path, query] = url.split('?', 2);
  const params = new URLSearchParams(query);
  for (const name of [...params.keys()]) {
    if (SECRET_QUERY_PARAMETERS.includes(name.toLowerCase())) params.set(name, '[redacted]');
  }
  return `${path}?${params.toString()}`;
}

/**
 * pino-http's options: JSON lines at the configured level, each with the request id (which
 * follows the request into its jobs), requests logged without headers, bodies or secret query
 * values; tokens, cookies and passwords never reach a log line (docs/operations.md, "Logs").
 */
export function pinoHttpOptions(config: AppConfig): Options {
  return {
    level: PINO_LEVELS[config.logLevel],
    base: { service: 'chorus' },
    // Every line, in a request or in a job it enqueued, carries the request's id.
    mixin: () => {
      const requestId = Correlation.id();
      return requestId ? { requestId } : {};
    },
    // The id set by the request-context middleware (from X-Request-Id or new).
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
    serializers: {
      req: (req: { id?: string; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // Belt and braces: should anything log an object with these fields, they are hidden.
    redact: {
      paths: ['password', '*.password', 'accessToken', '*.accessToken', 'refreshToken', '*.refreshToken', 'authorization', '*.authorization', 'cookie', '*.cookie', 'headers'],
      censor: '[redacted]',
    },
    quietReqLogger: true,
  };
}
