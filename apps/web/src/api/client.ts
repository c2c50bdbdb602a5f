/**
 * The one way the UI talks to the Chorus API: openapi-fetch clients typed by schema.d.ts,
 * which `npm run generate:api` generates from the API's OpenAPI document.
 *
 * The session lives in httpOnly cookies set by the API, so no token is ever read or stored
 * here. A 401 on a signed-in request triggers one cookie-based refresh and a retry; if that
 * fails, the registered signed-out handler is told so the UI can send the user to sign in.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type ApiErrorKind = 'http' | 'network';

/** One problem of a refused request; `field` is the request field's path when it names one. */
export interface ApiErrorDetail {
  field?: string;
  code: string;
  params: Readonly<Record<string, string | number>>;
  message: string;
}

/** An error the API answered with (kind `http`), or a request that never got an answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status; 0 when the API could not be reached. */
    readonly status: number,
    /** The API's own sentences, in order; empty when it sent none. */
    readonly messages: readonly string[],
    /** Present on 5xx answers so a user can quote it to support. */
    readonly errorId?: string,
    /** The whole error body, for answers with more than sentences (e.g. a CSV import's rows). */
    readonly body?: unknown,
    /** The stable code of the answer's message and its parameters, which the UI translates. */
    readonly code?: string,
    readonly params?: Readonly<Record<string, string | number>>,
    /** The problems one by one (each invalid field of a validation error), with codes. */
    readonly errors: readonly ApiErrorDetail[] = [],
  ) {
    super(messages.length > 0 ? messages.join(' ') : describe(kind, status));
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

function describe(kind: ApiErrorKind, status: number): string {
  return kind === 'network' ? 'The API could not be reached.' : `The API answered with HTTP ${status}.`;
}

type SignedOutHandler = () => void;

let signedOutHandler: SignedOutHandler | undefined;

/** Registers who to tell when the session is gone for good. Returns an unregister function. */
export function onSignedOut(handler: SignedOutHandler): () => void {
  signedOutHandler = handler;
  return () => {
    if (signedOutHandler === handler) signedOutHandler = undefined;
  };
}

/** fetch, with an unreachable API turned into an ApiError (a cancelled request stays an AbortError). */
async function send(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new ApiError('network', 0, []);
  }
}

// Concurrent 401s share one refresh instead of racing each other.
let refreshInFlight: Promise<boolean> | undefined;

function refreshSession(): Promise<boolean> {
  refreshInFlight ??= send(new Request('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } }))
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshInFlight = undefined;
    });
  return refreshInFlight;
}

async function sessionFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  let response = await send(request);
  if (response.status === 401) {
    if (await refreshSession()) response = await send(retry);
    if (response.status === 401) signedOutHandler?.();
  }
  return response;
}

const options = { baseUrl: '', credentials: 'same-origin', headers: { Accept: 'application/json' } } as const;

/** For signed-in requests. */
export const api = createClient<paths>({ ...options, fetch: sessionFetch });

/**
 * For requests that do not rely on a session (sign in, accept invite, sign out, meta): a 401
 * is the answer itself, not an expired session, so no refresh is attempted.
 */
export const anonymousApi = createClient<paths>({ ...options, fetch: send });

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or the ApiError it carries. */
export async function unwrap<T>(request: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}

type ErrorBody = Partial<components['schemas']['ErrorResponse']>;

function toApiError(status: number, body: unknown): ApiError {
  const error: ErrorBody = isRecord(body) ? body : {};
  const messages = typeof error.message === 'string' ? (error.message.trim() === '' ? [] : [error.message]) : Array.isArray(error.message) ? error.message.filter((item) => typeof item === 'string') : [];
  const details = Array.isArray(error.errors) ? error.errors.filter(isRecord).map(toDetail) : [];
  return new ApiError('http', status, messages, typeof error.errorId === 'string' ? error.errorId : undefined, body, typeof error.code === 'string' ? error.code : undefined, paramsOf(error.params), details);
}

function toDetail(detail: Record<string, unknown>): ApiErrorDetail {
  return {
    ...(typeof detail.field === 'string' ? { field: detail.field } : {}),
    code: typeof detail.code === 'string' ? detail.code : '',
    params: paramsOf(detail.params),
    message: typeof detail.message === 'string' ? detail.message : '',
  };
}

function paramsOf(params: unknown): Record<string, string | number> {
  if (!isRecord(params)) return {};
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
