import { APP_CONFIG, type AppConfig } from '@chorus/config';
import { userMessage, type UserMessage } from '@chorus/messages';
import { ShareConflict } from '@chorus/shares';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject, Logger, Optional } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { dependencyPorts, DependencyPorts, outageOf } from './dependency-outage';

/** Seconds a client is asked to wait before trying again while a dependency is down. */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  errorId?: string;
  [extra: string]: unknown;
}

/**
 * Errors that body-parser, raw-body and zlib raise before a controller runs, by their
 * http-errors `type` (the guarded JSON parser tags zlib's own errors 'encoding.invalid').
 */
type ParserError = { limit?: number; encoding?: string; charset?: string; message: string };
const PARSER_ERRORS: Record<string, (e: ParserError) => [number, UserMessage]> = {
  'entity.too.large': (e) => [413, e.limit === undefined ? userMessage('body.tooLargeForServer') : userMessage('body.tooLarge', { limit: String(e.limit) })],
  'entity.parse.failed': (e) => [400, userMessage('body.invalidJson', { detail: e.message })],
  'encoding.unsupported': (e) => [415, e.encoding ? userMessage('body.encodingUnsupported', { encoding: e.encoding }) : userMessage('body.encodingMissing')],
  'encoding.invalid': (e) => [400, e.encoding ? userMessage('body.encodingInvalid', { encoding: e.encoding }) : userMessage('body.compressionInvalid')],
  'charset.unsupported': () => [415, userMessage('body.charsetUnsupported')],
  'request.aborted': () => [400, userMessage('body.aborted')],
  'request.size.invalid': () => [400, userMessage('body.lengthMismatch')],
};

/**
 * The one place errors become responses, in the shape `{statusCode, error, message}`.
 * A 5xx is logged with an error id that is also returned, so a user can quote it; a
 * dependency that is out of reach is a 503 with Retry-After, logged as a warning.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private readonly ports: DependencyPorts;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    this.ports = config ? dependencyPorts(config) : { database: null, queue: null };
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const outage = exception instanceof HttpException ? null : outageOf(exception, this.ports);
    if (outage) {
      this.logger.warn(`The ${outage === 'database' ? 'database' : 'job queue (Redis)'} is out of reach: ${exception instanceof Error ? exception.message : String(exception)}`);
      if (response.headersSent) return;
      response.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      const message = userMessage(outage === 'database' ? 'service.databaseUnavailable' : 'service.queueUnavailable');
      response.status(503).json({ statusCode: 503, error: 'Service Unavailable', ...message });
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      body.errorId = randomUUID();
      const stack = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(`errorId=${body.errorId} ${stack}`);
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') return { statusCode: status, error: reason(status), message: payload };
      const object = payload as Partial<ErrorBody>;
      return { ...object, statusCode: status, error: object.error ?? reason(status), message: object.message ?? exception.message };
    }
    const parserError = exception as ParserError & { type?: string; status?: unknown; expose?: unknown };
    if (parserError?.type && PARSER_ERRORS[parserError.type]) {
      const [status, message] = PARSER_ERRORS[parserError.type](parserError);
      return { statusCode: status, error: reason(status), ...message };
    }
    // Any other client error from Express's own layers (http-errors marks those safe to show).
    if (isClientStatus(parserError?.status) && parserError.expose === true) {
      return { statusCode: parserError.status, error: reason(parserError.status), ...userMessage('request.refused', { detail: String(parserError.message) }) };
    }
    // Domain errors: the libraries say what went wrong, this filter says it in HTTP.
    if (exception instanceof ShareConflict) return { statusCode: 409, error: 'Conflict', ...exception.userMessage };
    if (exception instanceof EntityNotFoundError) return { statusCode: 404, error: 'Not Found', ...userMessage('error.notFound') };
    if (exception instanceof QueryFailedError && isUniqueViolation(exception)) {
      return { statusCode: 409, error: 'Conflict', ...userMessage('error.conflict') };
    }
    return { statusCode: 500, error: 'Internal Server Error', ...userMessage('error.internal') };
  }
}

function reason(status: number): string {
  const name = HttpStatus[status];
  return name ? name.toLowerCase().split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') : 'Error';
}

function isClientStatus(status: unknown): status is number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500;
}

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string };
  return driverError?.code === '23505' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' || driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
