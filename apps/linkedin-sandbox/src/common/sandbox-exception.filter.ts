import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  DropConnectionException,
  HtmlPageException,
  LinkedinApiException,
  OAuthException,
  RedirectException,
} from './sandbox-exceptions';

/**
 * Turns every error into an answer LinkedIn could give: its own bodies for the sandbox's
 * exceptions, `{ status, message }` for framework errors (unknown route, unparsable body), and
 * a logged 500 for anything unexpected.
 */
@Catch()
export class SandboxExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('LinkedinSandbox');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (exception instanceof DropConnectionException) {
      request.socket.destroy();
      return;
    }
    if (response.headersSent) {
      return;
    }
    if (exception instanceof RedirectException) {
      response.redirect(302, exception.url);
      return;
    }
    if (exception instanceof HtmlPageException) {
      response.status(exception.getStatus()).set(exception.headers).type('html').send(exception.html);
      return;
    }
    if (exception instanceof LinkedinApiException) {
      response.status(exception.getStatus()).set(exception.headers).json(exception.getResponse());
      return;
    }
    if (exception instanceof OAuthException) {
      response.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      response.status(status).json({ status, message: messageOf(exception) });
      return;
    }
    const status = statusOfParserError(exception);
    if (status !== null) {
      response.status(status).json({ status, message: `Unable to read the request body: ${(exception as Error).message}` });
      return;
    }
    this.logger.error(`${request.method} ${request.url} failed`, exception instanceof Error ? exception.stack : String(exception));
    response.status(500).json({ status: 500, message: 'Internal Server Error' });
  }
}

function messageOf(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') {
    return body;
  }
  const message = (body as { message?: unknown }).message;
  if (Array.isArray(message)) {
    return message.join('; ');
  }
  return typeof message === 'string' ? message : exception.message;
}

/** body-parser errors carry a 4xx `status` (bad JSON, too large, bad charset). */
function statusOfParserError(exception: unknown): number | null {
  const status = (exception as { status?: unknown; type?: unknown } | null)?.status;
  const type = (exception as { type?: unknown } | null)?.type;
  return typeof status === 'number' && status >= 400 && status < 500 && typeof type === 'string' ? status : null;
}
