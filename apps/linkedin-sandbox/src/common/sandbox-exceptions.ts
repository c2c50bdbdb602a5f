import { HttpException } from '@nestjs/common';

/** LinkedIn's JSON error body for its APIs (`/v2`, `/rest`). */
export interface LinkedinErrorBody {
  status: number;
  message: string;
  serviceErrorCode?: number;
  code?: string;
  errorDetailType?: string;
  errorDetails?: unknown;
}

/** An API error answered with LinkedIn's body. */
export class LinkedinApiException extends HttpException {
  constructor(
    readonly body: LinkedinErrorBody,
    /** Extra response headers (e.g. `Retry-After` on a 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body, body.status);
  }
}

/** An OAuth endpoint error, answered as LinkedIn does: `{ error, error_description }`. */
export class OAuthException extends HttpException {
  constructor(status: number, readonly error: string, readonly description: string) {
    super({ error, error_description: description }, status);
  }
}

/** An error shown to a person in the browser (consent flow), never a redirect. */
export class HtmlPageException extends HttpException {
  constructor(
    status: number,
    readonly html: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super('HTML page', status);
  }
}

/** Cut the connection without answering, as a response lost after the work was done. */
export class DropConnectionException extends Error {
  constructor() {
    super('Connection dropped by fault injection');
  }
}

/** Send the browser back to the application, e.g. an OAuth error after the client was verified. */
export class RedirectException extends HttpException {
  constructor(readonly url: string) {
    super('Found', 302);
  }
}
