import { userMessage } from '@chorus/messages';
import { ShareConflict } from '@chorus/shares';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  errorId?: string;
  [extra: string]: unknown;
}

/** Errors that body-parser raises before a controller runs (Nest maps malformed JSON itself). */
const PARSER_ERRORS: Record<string, (e: { limit?: number; message: string }) => [number, string]> = {
  'entity.too.large': (e) => [413, `The request body is larger than the limit of ${e.limit ?? 'the server'} bytes.`],
  'encoding.unsupported': () => [415, 'The request body encoding is not supported.'],
  'charset.unsupported': () => [415, 'The request body charset is not supported; send UTF-8.'],
  'request.aborted': () => [400, 'The request was aborted before its body arrived.'],
};

/**
 * The one place errors become responses, in the shape `{statusCode, error, message}`.
 * A 5xx is logged with an error id that is also returned, so a user can quote it.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
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
    const parserError = exception as { type?: string; limit?: number; message: string };
    if (parserError?.type && PARSER_ERRORS[parserError.type]) {
      const [status, message] = PARSER_ERRORS[parserError.type](parserError);
      return { statusCode: status, error: reason(status), message };
    }
    // Domain errors: the libraries say what went wrong, this filter says it in HTTP.
    if (exception instanceof ShareConflict) return { statusCode: 409, error: 'Conflict', message: exception.message };
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

function isUniqueViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string };
  return driverError?.code === '23505' || driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE' || driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
