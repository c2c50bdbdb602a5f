import fc from 'fast-check';
import { gzipSync } from 'node:zlib';

/**
 * Hostile requests derived from Chorus's own OpenAPI document (GET /api/docs-json): for each
 * operation, bodies built from its request schema with every field left out, valid, or
 * replaced by something hostile (wrong types, null, extreme numbers, huge strings, lone
 * surrogates, prototype keys, deep nesting, unknown fields), and hostile path and query values.
 */

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** The OpenAPI path, e.g. /api/v1/users/{id}. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: Schema | null;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body: operation.requestBody?.content['application/json']?.schema ?? null,
      });
    }
  }
  return operations;
}

export function resolve(document: OpenApiDocument, schema: Schema): Schema {
  let current = schema;
  while (current.$ref) current = document.components.schemas[current.$ref.replace('#/components/schemas/', '')];
  return current;
}

/** JSON text spliced in verbatim: numbers JSON.stringify cannot write (-0, 1e400), deep nesting, broken JSON. */
export class Raw {
  constructor(readonly text: string) {}

  /** How fast-check prints a counterexample: 50,000 brackets are shown as a count. */
  [fc.toStringMethod](): string {
    return `Raw(${shorten(this.text)})`;
  }
}

/** An object as ordered entries, so that `__proto__` and repeated keys survive into the JSON text. */
export class Entries {
  constructor(readonly entries: [string, unknown][]) {}

  [fc.toStringMethod](): string {
    return shorten(toJson(this));
  }
}

function shorten(text: string): string {
  return text.length <= 300 ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, 200))}… (${text.length} characters)`;
}

export function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (value instanceof Entries) return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') return toJson(new Entries(Object.entries(value)));
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  // JSON.stringify escapes lone surrogates as \udXXX, so they arrive as the server must see them.
  return JSON.stringify(value);
}

export function deepArrays(depth: number): Raw {
  return new Raw('['.repeat(depth) + ']'.repeat(depth));
}

export function deepObjects(depth: number): Raw {
  return new Raw('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
}

/** What the server knows: ids of real rows, by the field or parameter that would name them. */
export interface Knowledge {
  /** Ids of real rows that path parameters of this operation path may name. */
  idsFor(path: string): string[];
  /** Ids for a body field such as teamIds or campaignId: rows of that kind when known, else any id seen. */
  idsForField(name: string): string[];
}

const UUID = fc.uuid();
const REAL_LOOKING_EMAILS = ['ana@demo.chorus', 'admin@demo.chorus', 'new.person@example.co.id', 'UPPER@Example.COM'];

export const HOSTILE_STRINGS: unknown[] = [
  '',
  ' ',
  '\t\n',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  'nul\u0000byte',
  '\u202etxt.exe',
  '👩🏽‍💻'.repeat(50),
  'ä'.repeat(3001),
  'x'.repeat(256),
  'x'.repeat(5001),
  'x'.repeat(100_001),
  'x'.repeat(1_100_000),
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%s%n%x',
  '../../../../etc/passwd',
  'javascript:alert(1)',
  'http://169.254.169.254/latest/meta-data/',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '-2000-01-01T00:00:00Z',
  '2026-W01-1',
  '2026-001',
  '+275760-09-13T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '9999-12-31T23:59:59+14:00',
  '2026-02-30T00:00:00Z',
  '0000-01-01',
  '2026-02-30',
  '/(a+)+$/',
  '/[/',
  '__proto__',
  'constructor',
];

export const HOSTILE_NUMBERS: unknown[] = [
  new Raw('5e-324'),
  new Raw('1e308'),
  new Raw('-1e308'),
  new Raw('-0'),
  new Raw('1e400'),
  new Raw('-1e400'),
  new Raw('123456789012345678901234567890'),
  new Raw('0.1e1'),
  2 ** 53 + 1,
  -(2 ** 31),
  2 ** 31,
  0.5,
  -1,
  1.005,
];

const HOSTILE_SHAPES: unknown[] = [
  null,
  true,
  false,
  0,
  [],
  {},
  [null],
  ['x'],
  [[[]]],
  new Entries([['__proto__', { isAdmin: true }]]),
  new Entries([['constructor', new Entries([['prototype', {}]])]]),
  new Entries([['prototype', 1]]),
  deepArrays(40),
  deepObjects(40),
  deepArrays(50_000),
  deepObjects(50_000),
];

const UNKNOWN_KEYS = ['colour', '', ' ', 'a.b', '__proto__', 'constructor', 'prototype', '\ud800', 'x'.repeat(1000), 'id', 'organizationId', 'roles'];

export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SHAPES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

function heuristicString(name: string, knowledge: Knowledge): fc.Arbitrary<unknown> | null {
  const lower = name.toLowerCase();
  if (lower === 'email') return fc.constantFrom(...REAL_LOOKING_EMAILS);
  if (lower.endsWith('id') || lower.endsWith('ids')) {
    const ids = knowledge.idsForField(name);
    return ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), UUID) : UUID;
  }
  if (lower.endsWith('at') || lower === 'at') {
    return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  }
  if (lower.endsWith('on')) {
    return fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  }
  if (lower.includes('url')) return fc.constantFrom('https://example.com/news/1', 'http://127.0.0.1:1/x', 'https://example.com/' + 'a'.repeat(1970));
  if (lower === 'timezone') return fc.constantFrom('Asia/Jakarta', 'UTC', 'America/St_Johns', 'Not/AZone');
  if (lower === 'time') return fc.constantFrom('09:00', '23:59', '24:00');
  if (lower === 'csv') return fc.constantFrom('email,name,roles\nfuzz@example.com,Fuzz,employee', 'email,name\n' + 'x@y.z,X\n'.repeat(3));
  if (lower === 'pattern') return fc.constantFrom('internal only', '/conf(idential)?/i', '/(a+)+$/');
  if (lower === 'slot') return fc.constant('next');
  return null;
}

/** Something the schema accepts, as far as the document tells (names fill in what it does not). */
export function validValue(document: OpenApiDocument, schema: Schema, name: string, knowledge: Knowledge, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(document, schema);
  if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      return heuristicString(name, knowledge) ?? (s.example !== undefined ? fc.constant(s.example) : fc.string({ minLength: 1, maxLength: 40 }));
    case 'integer':
    case 'number': {
      const min = s.minimum ?? 0;
      const max = s.maximum ?? Math.max(min, 1000);
      return s.type === 'integer' || Number.isInteger(min) ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array':
      if (Array.isArray(s.example)) return fc.constantFrom(s.example, s.example.slice(0, 1), []);
      return depth > 3 ? fc.constant([]) : fc.array(validValue(document, s.items ?? {}, name, knowledge, depth + 1), { maxLength: 3 });
    case 'object':
    default:
      if (s.properties && depth <= 3) return objectValue(document, s, knowledge, depth, 0);
      return fc.constant({});
  }
}

/**
 * An object for `schema`: each field is left out, valid, or hostile (more often as `hostility`
 * grows from 0 to 1; always hostile for `hostileField`), in a random order, sometimes with
 * unknown or prototype keys added.
 */
export function objectValue(document: OpenApiDocument, schema: Schema, knowledge: Knowledge, depth: number, hostility: number, hostileField?: string): fc.Arbitrary<Entries> {
  const s = resolve(document, schema);
  const required = new Set(s.required ?? []);
  const fields = Object.entries(s.properties ?? {}).map(([key, property]) => {
    if (key === hostileField) return hostileValue().map((v) => [key, v] as [string, unknown]);
    const choices: { weight: number; arbitrary: fc.Arbitrary<[string, unknown] | null> }[] = [
      // A valid object (hostility 0) has every required field; a hostile one sometimes lacks some.
      { weight: required.has(key) ? (hostility > 0 ? 1 : 0) : 4, arbitrary: fc.constant(null) },
      { weight: 6, arbitrary: validValue(document, property, key, knowledge, depth + 1).map((v) => [key, v] as [string, unknown]) },
    ];
    if (hostility > 0) choices.push({ weight: Math.round(hostility * 6), arbitrary: hostileValue().map((v) => [key, v] as [string, unknown]) });
    return fc.oneof(...choices);
  });
  const extra = hostility > 0 ? fc.array(fc.tuple(fc.constantFrom(...UNKNOWN_KEYS), hostileValue()), { maxLength: hostility > 0.5 ? 2 : 1 }) : fc.constant([]);
  return fc
    .tuple(fc.tuple(...fields), extra, fc.boolean())
    .map(([chosen, extras, shuffle]) => {
      const entries = [...(chosen.filter(Boolean) as [string, unknown][]), ...(extras as [string, unknown][])];
      return new Entries(shuffle ? entries.reverse() : entries);
    });
}

/** A whole body: mostly a hostile object for the schema, sometimes something that is not one at all. */
export function hostileBody(document: OpenApiDocument, schema: Schema, knowledge: Knowledge): fc.Arbitrary<unknown> {
  const fieldNames = Object.keys(resolve(document, schema).properties ?? {});
  return fc.oneof(
    // Valid as far as the document tells, to reach the services with boundary values.
    { weight: 3, arbitrary: objectValue(document, schema, knowledge, 0, 0) },
    // One bad field among valid ones.
    ...(fieldNames.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...fieldNames).chain((name) => objectValue(document, schema, knowledge, 0, 0, name)) }] : []),
    { weight: 5, arbitrary: fc.double({ min: 0.15, max: 1, noNaN: true }).chain((h) => objectValue(document, schema, knowledge, 0, h)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<unknown>(
        deepArrays(50_000),
        deepObjects(50_000),
        deepArrays(33),
        new Raw('[]'),
        new Raw('null'),
        new Raw('"text"'),
        new Raw('42'),
        new Raw(''),
        new Raw('{"a":'),
        new Raw("{'a':1}"),
        new Raw('{"a":1}{"b":2}'),
        new Raw('{"__proto__":{"admin":true},"__proto__":1}'),
        new Raw('{"name":"\\ud800"}'),
        new Raw(`{"name":"${'\\"'.repeat(1000)}"}`),
        new Raw(`[${'1,'.repeat(200_000)}1]`),
        new Raw(`{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`),
      ),
    },
  );
}

export interface Transport {
  contentType?: string;
  contentEncoding?: string;
  /** Compress the body for real (the encoding is then honest). */
  gzip?: boolean;
}

export const TRANSPORTS: fc.Arbitrary<Transport> = fc.oneof(
  { weight: 20, arbitrary: fc.constant<Transport>({ contentType: 'application/json' }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Transport>(
      { contentType: 'application/json', contentEncoding: 'gzip' },
      { contentType: 'application/json', contentEncoding: 'deflate' },
      { contentType: 'application/json', contentEncoding: 'br' },
      { contentType: 'application/json', contentEncoding: 'compress' },
      { contentType: 'application/json', contentEncoding: 'gzip', gzip: true },
      { contentType: 'application/json; charset=utf-16' },
      { contentType: 'application/json; charset=latin1' },
      { contentType: 'application/json; charset="utf-8"' },
      { contentType: 'text/plain' },
      { contentType: 'application/x-www-form-urlencoded' },
      {},
    ),
  },
);

export function encodeBody(json: string, transport: Transport): Buffer {
  const bytes = Buffer.from(json, 'utf8');
  return transport.gzip ? gzipSync(bytes) : bytes;
}

/** Path values: mostly ids of real rows when `real` has some, else ids that are wrong in every way. */
export function pathValue(real: string[], allowReal: boolean): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    '%E0%A4%A',
    '%ED%A0%80',
    '%00',
    '%2e%2e%2f%2e%2e',
    'x'.repeat(3000),
    '%F0%9F%98%80',
    '%20',
    'null',
    '__proto__',
  );
  const arbitraries: { weight: number; arbitrary: fc.Arbitrary<string> }[] = [
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: UUID },
  ];
  if (allowReal && real.length > 0) {
    arbitraries.push({ weight: 5, arbitrary: fc.constantFrom(...real) });
    arbitraries.push({ weight: 1, arbitrary: fc.constantFrom(...real).map((id) => id.toUpperCase()) });
  }
  return fc.oneof(...arbitraries);
}

const RAW_QUERY_VALUES = ['', '%', '%ZZ', '%ED%A0%80', '%00', '%F0%9F', 'x'.repeat(6000), '-0', '1e308', '5e-324', 'NaN', 'Infinity', '0x10', '1.5', '-1', '99999999999999999999', 'null', 'undefined', '%5B%5D', 'a%26b%3Dc'];

/** A query string: each documented parameter left out, valid, or hostile, plus repeated and bracketed keys. */
export function queryString(document: OpenApiDocument, params: Parameter[], knowledge: Knowledge): fc.Arbitrary<string> {
  const parts = params.map((p) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<string[]>([]) },
      { weight: 3, arbitrary: validValue(document, p.schema ?? {}, p.name, knowledge).map((v) => [`${p.name}=${encodeURIComponent(String(v))}`]) },
      { weight: 4, arbitrary: fc.constantFrom(...RAW_QUERY_VALUES).map((v) => [`${p.name}=${v}`]) },
      { weight: 1, arbitrary: fc.constantFrom([`${p.name}=a`, `${p.name}=b`], [`${p.name}[]=1`], [`${p.name}[a]=1`], [`${p.name}[__proto__][x]=1`]) },
    ),
  );
  const extras = fc.array(fc.constantFrom('__proto__=1', '__proto__[admin]=true', 'constructor[prototype][x]=1', 'unknown=1', '&&', '=', '%=%', 'a'.repeat(200) + '=1'), { maxLength: 2 });
  return fc.tuple(fc.tuple(...parts), extras).map(([chosen, extra]) => [...chosen.flat(), ...extra].join('&'));
}
