/**
 * The one way the UI talks to the Chorus API.
 *
 * The session lives in httpOnly cookies set by the API, so no token is ever read or stored
 * here. A 401 on a signed-in request triggers one cookie-based refresh and a retry; if that
 * fails, the registered signed-out handler is told so the UI can send the user to sign in.
 */

export const API_BASE = '/api/v1';

export type ApiErrorKind = 'http' | 'network';

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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /**
   * For requests that do not rely on a session (sign in, accept invite, refresh): a 401 is
   * the answer itself, not an expired session, so no refresh is attempted.
   */
  anonymous?: boolean;
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

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);

  if (response.status === 401 && !options.anonymous) {
    if (await refreshSession()) {
      response = await send(path, options);
    }
    if (response.status === 401) {
      signedOutHandler?.();
    }
  }

  if (!response.ok) {
    throw await toApiError(response);
  }
  return (await readBody(response)) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  patch: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'DELETE' }),
};

// Concurrent 401s share one refresh instead of racing each other.
let refreshInFlight: Promise<boolean> | undefined;

function refreshSession(): Promise<boolean> {
  refreshInFlight ??= send('/auth/refresh', { method: 'POST', anonymous: true })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      refreshInFlight = undefined;
    });
  return refreshInFlight;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    signal: options.signal,
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  try {
    return await fetch(`${API_BASE}${path}`, init);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', 0, []);
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const isJson = response.headers.get('Content-Type')?.includes('json') ?? false;
  return isJson ? JSON.parse(text) : text;
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await readBody(response);
  } catch {
    body = undefined; // A malformed error body still leaves us the status.
  }
  return new ApiError('http', response.status, messagesOf(body), errorIdOf(body), body);
}

function messagesOf(body: unknown): string[] {
  if (!isRecord(body)) return [];
  const { message } = body;
  if (typeof message === 'string') return message.trim() === '' ? [] : [message];
  if (Array.isArray(message)) return message.filter((item): item is string => typeof item === 'string');
  return [];
}

function errorIdOf(body: unknown): string | undefined {
  return isRecord(body) && typeof body.errorId === 'string' ? body.errorId : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
