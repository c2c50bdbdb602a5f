import request from 'supertest';
import { OpenApiDocument, Operation, operationsOf } from './hostile-input';
import { TestApp } from './test-app';

export const DEMO_USERS = ['admin@demo.chorus', 'curator@demo.chorus', 'manager@demo.chorus', 'ana@demo.chorus'] as const;

export interface RawRequest {
  method: Operation['method'];
  url: string;
  /** Exact bytes of the body, if any. */
  body?: Buffer | string;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  body: unknown;
  text: string;
  contentType: string;
}

/** Sends exactly these bytes as `user` (a bearer token), so that nothing re-encodes the body on the way. */
export async function sendRaw(t: TestApp, user: string | null, raw: RawRequest): Promise<RawResponse> {
  let test = request(t.app.getHttpServer())[raw.method](raw.url);
  if (user) test = test.set('Authorization', `Bearer ${await t.tokenFor(user)}`);
  for (const [name, value] of Object.entries(raw.headers ?? {})) test = test.set(name, value);
  // superagent would JSON-encode a Buffer sent as application/json; these bytes go as they are.
  const response = raw.body === undefined ? await test : await test.serialize((data: unknown) => data as string).send(raw.body);
  return { status: response.status, body: response.body, text: response.text ?? '', contentType: String(response.headers['content-type'] ?? '') };
}

export function json(method: Operation['method'], url: string, text: string, headers: Record<string, string> = {}): RawRequest {
  return { method, url, body: text, headers: { 'Content-Type': 'application/json', ...headers } };
}

export async function loadDocument(t: TestApp): Promise<OpenApiDocument> {
  const response = await t.http.get('/api/docs-json').expect(200);
  return response.body as OpenApiDocument;
}

export function bodyOperations(document: OpenApiDocument): Operation[] {
  return operationsOf(document).filter((op) => op.body !== null);
}

/** The path with each parameter filled in (values are used as they are, already URL text). */
export function fillPath(op: Operation, values: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '00000000-0000-4000-8000-000000000000');
}

export function describeOperation(op: Operation): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/**
 * The first demo user allowed to call the route (roles are not in the document): the first
 * that none of the probes answers 403. A probe that passes validation also reaches the
 * service's own permission check.
 */
export async function privilegedUser(t: TestApp, probes: RawRequest[]): Promise<string> {
  for (const user of DEMO_USERS) {
    let allowed = true;
    for (const probe of probes) if ((await sendRaw(t, user, probe)).status === 403) allowed = false;
    if (allowed) return user;
  }
  return DEMO_USERS[0];
}
