import { BadRequestException } from '@nestjs/common';
import { MAX_JSON_DEPTH, MAX_JSON_ENTRIES, parseGuardedJson } from './json-body.parser';

function refusal(body: string): unknown {
  try {
    parseGuardedJson(body);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse() as { message: unknown };
  }
  throw new Error(`accepted ${body.slice(0, 80)}`);
}

const message = (body: string) => (refusal(body) as { message: unknown }).message;

describe('parseGuardedJson', () => {
  it('reads ordinary JSON, and an empty body as {}', () => {
    expect(parseGuardedJson('{"name":"Sales","teamIds":["a"],"n":1.5,"ok":true,"none":null}')).toEqual({ name: 'Sales', teamIds: ['a'], n: 1.5, ok: true, none: null });
    expect(parseGuardedJson('  ')).toEqual({});
  });

  it('takes 32 levels of nesting and refuses 33, counting no brackets inside strings', () => {
    const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '[]' + '}'.repeat(depth - 1);
    expect(() => parseGuardedJson(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(message(nested(MAX_JSON_DEPTH + 1))).toMatch(/^The request body nests objects or arrays deeper than 32 levels \(at character \d+\)\.$/);
    // Brackets and escaped quotes inside strings are text, not nesting.
    const text = `{"a":"${'[{'.repeat(100)}\\"${'['.repeat(100)}"}`;
    expect(parseGuardedJson(text)).toEqual({ a: `${'[{'.repeat(100)}"${'['.repeat(100)}` });
  });

  it('measures depth without recursion, so 1,000,000 brackets are a 400 and not a stack overflow', () => {
    expect(message('['.repeat(1_000_000))).toMatch(/deeper than 32 levels/);
  });

  it('refuses what is not a JSON object, and malformed JSON with the parser’s position', () => {
    for (const body of ['[]', '"text"', '42', 'null']) expect(message(body)).toBe('The request body must be a JSON object, such as {"name": "Sales"}.');
    expect(message('{"name": "Sales",')).toMatch(/^The request body is not valid JSON: .*JSON at position 17/);
  });

  it('names the path of every prototype key, lone surrogate, NUL and overflowing number', () => {
    expect(message('{"__proto__":{"admin":true}}')).toEqual(['__proto__: the key "__proto__" is not allowed']);
    expect(message('{"weeklySlots":[{"time":"09:00"},{"constructor":{}}]}')).toEqual(['weeklySlots.1.constructor: the key "constructor" is not allowed']);
    expect(message('{"a":{"b":{"prototype":1}}}')).toEqual(['a.b.prototype: the key "prototype" is not allowed']);
    expect(message('{"name":"x\\udc00"}')).toEqual(['name contains an unpaired UTF-16 surrogate (such as \\ud800), which is not text']);
    expect(message('{"tags":["ok","\\ud800"]}')).toEqual(['tags.1 contains an unpaired UTF-16 surrogate (such as \\ud800), which is not text']);
    expect(message('{"\\ud800":1}')).toEqual(['"\\ud800": the key contains an unpaired UTF-16 surrogate (such as \\ud800), which is not text']);
    expect(message('{"name":"a\\u0000b"}')).toEqual(['name contains the NUL character (\\u0000)']);
    expect(message('{"limit":1e400,"min":-1e999}')).toEqual(expect.arrayContaining(['limit is a number too large to represent', 'min is a number too large to represent']));
    expect(message('{"a b.c":{"__proto__":1}}')).toEqual(['"a b.c".__proto__: the key "__proto__" is not allowed']);
  });

  it('keeps surrogate pairs, and turns -0 into 0', () => {
    expect(parseGuardedJson('{"name":"\\ud83d\\ude00","n":-0,"list":[-0]}')).toEqual({ name: '😀', n: 0, list: [0] });
    expect(Object.is((parseGuardedJson('{"n":-0}') as { n: number }).n, 0)).toBe(true);
  });

  it('refuses an object or array of more than 1,000 entries before parsing it, counting no commas inside strings', () => {
    const keys = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    expect(() => parseGuardedJson(keys(MAX_JSON_ENTRIES))).not.toThrow();
    expect(message(keys(70_000))).toMatch(/^The request body has an object or array of more than 1,000 entries \(at character \d+\)\.$/);
    const list = (n: number) => `{"teamIds":[${Array.from({ length: n }, (_, i) => `"${i}"`).join(',')}]}`;
    expect(() => parseGuardedJson(list(MAX_JSON_ENTRIES))).not.toThrow();
    expect(message(list(200_000))).toMatch(/more than 1,000 entries/);
    // Commas in strings, and entries spread over several objects, are not one big object.
    expect(() => parseGuardedJson(`{"csv":"${','.repeat(100_000)}"}`)).not.toThrow();
    expect(() => parseGuardedJson(`{"a":[${Array.from({ length: 40 }, () => keys(900)).join(',')}]}`)).not.toThrow();
  });

  it('lists at most 20 problems', () => {
    const body = `{${Array.from({ length: 500 }, (_, i) => `"k${i}":"\\ud800"`).join(',')}}`;
    expect(message(body)).toHaveLength(20);
  });
});
