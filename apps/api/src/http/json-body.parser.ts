import { fieldMessage, type FieldMessage, userMessage } from '@chorus/messages';
import { BadRequestException } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/** Deeper than any request body Chorus accepts (about four levels), far below a stack overflow. */
export const MAX_JSON_DEPTH = 32;

/** Keys that reach prototypes when a body is merged into an object; no Chorus field is named so. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** At most this many problems are listed; a hostile body could otherwise hold thousands. */
const MAX_PROBLEMS = 20;

/**
 * Far more than any Chorus body has (about 15 fields, lists of at most 100), far fewer than
 * 1 MB can hold: validation is quadratic in places (ArrayUnique, one error per unknown key),
 * and 70,000 unknown keys or 200,000 array elements held the event loop for seconds.
 */
export const MAX_JSON_ENTRIES = 1_000;

// With the u flag a well-formed surrogate pair is one code point, so this finds only halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export interface JsonBodyOptions {
  /** The largest body read, after decompression (body-parser's syntax, e.g. '1mb'). */
  limit: string | number;
  maxDepth?: number;
}

/**
 * Express's JSON body parser, guarded: the body is read as text (same size limit, charset
 * and gzip/deflate/br inflation as body-parser's JSON parser), its nesting depth and the size
 * of each object and array are measured in one pass before JSON.parse, and the parsed value is
 * walked without recursion to
 * refuse prototype keys, lone surrogates, NUL characters and numbers too large for a double,
 * each named by its path. Every failure is a 4xx.
 */
export function guardedJsonBody(options: JsonBodyOptions): RequestHandler {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  // RFC 8259 §8.1: JSON exchanged between systems is UTF-8.
  const read = express.text({ type: 'application/json', limit: options.limit, defaultCharset: 'utf-8', inflate: true });
  return (request: Request, response: Response, next: NextFunction) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8' && request.is('application/json')) {
      next(Object.assign(new Error(`unsupported charset "${charset}"`), { status: 415, expose: true, type: 'charset.unsupported', charset }));
      return;
    }
    read(request, response, (error?: unknown) => {
      if (error) return next(decodingError(error, request));
      if (typeof request.body !== 'string') return next();
      try {
        request.body = parseGuardedJson(request.body, maxDepth);
        next();
      } catch (parseError) {
        next(parseError);
      }
    });
  };
}

/** body-parser passes zlib's own error (e.g. "incorrect header check") for bytes that are not compressed data. */
function decodingError(error: unknown, request: Request): unknown {
  const failure = error as { type?: string; code?: unknown; errno?: unknown };
  const encoding = String(request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (!failure || typeof failure !== 'object' || failure.type || encoding === 'identity') return error;
  if (typeof failure.code === 'string' || typeof failure.errno === 'number') {
    return Object.assign(failure, { status: 400, expose: true, type: 'encoding.invalid', encoding });
  }
  return error;
}

/** JSON.parse behind the checks above; throws BadRequestException sentences. */
export function parseGuardedJson(body: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (body.trim() === '') return {};
  assertShape(body, maxDepth);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new BadRequestException(userMessage('body.invalidJson', { detail: (error as Error).message }));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadRequestException(userMessage('body.notObject'));
  }
  const problems = findProblems(value);
  if (problems.length > 0) throw new BadRequestException({ ...userMessage('body.unusableValues'), message: problems.map((p) => p.message), errors: problems });
  return value;
}

/**
 * One pass over the text, skipping strings: the deepest `{`/`[` nesting is refused past `max`,
 * and an object or array with more entries than the walk below accepts is refused before
 * JSON.parse builds it (parsing 70,000 keys alone takes tens of milliseconds).
 */
function assertShape(body: string, max: number): void {
  const entries = new Array<number>(max + 2).fill(0);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) {
        throw new BadRequestException(userMessage('body.tooDeep', { max, position: String(i) }));
      }
      entries[depth] = 1;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    } else if (c === 0x2c /* , */ && depth > 0 && ++entries[depth] > MAX_JSON_ENTRIES) {
      throw new BadRequestException(userMessage('body.tooManyEntries', { max: MAX_JSON_ENTRIES, position: String(i) }));
    }
  }
}

/** Walks the parsed value with an explicit stack; also turns -0 into 0, which no field tells apart. */
function findProblems(root: object): FieldMessage[] {
  const problems: FieldMessage[] = [];
  const stack: { value: object; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path } = stack.pop()!;
    const container = value as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      const childPath = Array.isArray(value) ? join(path, key, true) : join(path, key, false);
      if (!Array.isArray(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push(fieldMessage(childPath, 'body.forbiddenKey', { key }));
          continue;
        }
        const keyProblem = stringProblem(key);
        if (keyProblem) {
          problems.push(fieldMessage(childPath, keyProblem === 'body.nul' ? 'body.keyNul' : 'body.keyLoneSurrogate'));
          continue;
        }
      }
      const child = container[key];
      if (typeof child === 'string') {
        const problem = stringProblem(child);
        if (problem) problems.push(fieldMessage(childPath, problem));
      } else if (typeof child === 'number') {
        if (!Number.isFinite(child)) problems.push(fieldMessage(childPath, 'body.numberTooLarge'));
        else if (Object.is(child, -0)) container[key] = 0;
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, path: childPath });
      }
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}

function stringProblem(value: string): 'body.loneSurrogate' | 'body.nul' | null {
  if (LONE_SURROGATE.test(value)) return 'body.loneSurrogate';
  if (value.includes('\u0000')) return 'body.nul';
  return null;
}

/**
 * `weeklySlots.0.time`, like the validation messages; odd keys are quoted and shortened. A
 * top-level key may hold dots (the notification kinds of the preferences body), named as sent.
 */
function join(parent: string, key: string, index: boolean): string {
  const plain = parent ? /^[A-Za-z_$][\w$-]{0,63}$/ : /^[A-Za-z_$][\w$.-]{0,63}$/;
  const segment = index || plain.test(key) ? key : JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  return parent ? `${parent}.${segment}` : segment;
}
