import fc from 'fast-check';
import { ComplianceMatcher } from './compliance-matcher';
import { normalizeForCompliance, parsePattern } from './compliance-pattern';

const matchesOnRe2 = (pattern: string, text: string): string[] => [...parsePattern(pattern).findAll(text)];

/** What JavaScript's own engine finds, as rules found it before they moved to RE2. */
function matchesOnJavaScript(source: string, flags: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, `${flags}gi`))].map((match) => match[0]).filter((matched) => matched !== '');
}

describe('regular expressions on RE2 keep their JavaScript meaning', () => {
  // Patterns a rule might use, none slow on JavaScript for texts this short, so both engines
  // can be compared. Line terminators other than \n and astral characters without u are left
  // out of the texts: those are where RE2 knowingly differs (docs/compliance-rules.md).
  const patterns: [string, string][] = [
    ['\\b(?:jangan|dilarang)\\s+(?:di)?sebar(?:luas)?kan\\b', ''],
    ['\\d+(?:[.,]\\d+)?\\s*(?:juta|miliar)', ''],
    ['\\d{1,3}(?:\\.\\d{3})*', ''],
    ['[^\\s]+@x\\.com', ''],
    ['a.b', ''],
    ['a.b', 's'],
    ['^a|b$', ''],
    ['^ab?$', 'm'],
    ['\\bab\\B', ''],
    ['[\\w-]+', ''],
    ['[^a-c\\d]+', ''],
    ['\\S+\\s\\S', ''],
    ['[\\s\\S]{2}', ''],
    ['[a\\-z]', ''],
    ['\\x41\\u0062|\\cJ', ''],
    ['(?:a|ab)(?:c|bcd)', ''],
    ['a+?b', ''],
    ['a{2,3}', ''],
    ['(a)(?<n>b)?', ''],
    ['\\p{Lu}\\p{Ll}+', 'u'],
    ['[\\p{L}\\p{N}]+', 'u'],
    ['\\P{L}+', 'u'],
    ['\\u{1F600}|é', 'u'],
    ['.', 'u'],
    ['\\p{L}{2}', ''], // without u: "p", "{L", "}" twice
    ['x{,2}|\\q', ''], // without u: literal braces and an identity escape
    ['\\01|\\8', ''], // without u: an octal escape and a plain digit
  ];
  const alphabet = ['a', 'b', 'c', 'A', 'B', 'x', 'q', 'p', 'L', '1', '2', '.', ',', ' ', '\n', '\t', '-', '@', '{', '}', 'é', 'É', 'ñ', '\u00a0', '\u0001', '8'];

  it.each(patterns)('/%s/%s finds what JavaScript finds', (source, flags) => {
    const characters = flags.includes('u') ? [...alphabet, '😀'] : alphabet;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 14 }), (chars) => {
        const text = chars.join('');
        expect(matchesOnRe2(`/${source}/${flags}`, text)).toEqual(matchesOnJavaScript(source, flags, text));
      }),
      { numRuns: 300 },
    );
  });

  it('matches the default rules’ example texts as JavaScript did', () => {
    const source = '\\b(?:jangan|dilarang)\\s+(?:di)?sebar(?:luas)?kan\\b';
    for (const text of ['Data ini jangan disebarluaskan', 'Dilarang  disebarkan tanpa izin', 'yuk sebarkan', 'JANGAN\u3000SEBARKAN']) {
      const normalized = normalizeForCompliance(text);
      expect(matchesOnRe2(`/${source}/`, normalized)).toEqual(matchesOnJavaScript(source, '', normalized));
    }
  });
});

describe('hostile patterns from the ReDoS literature run in linear time', () => {
  const length = 5000;
  const repeat = (unit: string, tail = '') => unit.repeat(Math.ceil((length - tail.length) / unit.length)).slice(0, length - tail.length) + tail;
  // Texts that make a backtracking engine try exponentially or polynomially many ways.
  const adversarial = [
    repeat('a'),
    repeat('a', '!'),
    repeat('a', 'b'),
    repeat('aa', '\n!'),
    repeat('ſs'),
    repeat('s', 'ſ!'),
    repeat('a ', '!'),
    repeat('ab', '1'),
    repeat('abc ', '$'),
    `${'a'.repeat(11)}${repeat('x').slice(11)}`,
    repeat('Aa', '!'),
  ];

  it.each([
    '/(a+)+$/',
    '/(a|a)*b/',
    '/(a|aa)+$/',
    '/(.*a){12}/',
    '/s+ſ+s+ſ+x/iu',
    '/^(([a-z])+.)+[A-Z]([a-z])+$/',
    '/(\\w+\\s?)+$/',
    '/(a*)*b/',
    '/(?:a+){1,20}c/',
    '/([a-zA-Z]+)*!1/',
    '/(.*){1,20}[bc]/',
    '/\\s*(?:\\s+\\S+)*x/',
  ])('%s checks every 5,000-character adversarial text in well under a second', (pattern) => {
    const matcher = new ComplianceMatcher([{ id: 'hostile', pattern, category: 'custom', action: 'block' }]);
    expect(matcher.skipped).toEqual([]);
    const started = performance.now();
    for (const text of adversarial) {
      expect(text).toHaveLength(length);
      matcher.check(text);
    }
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('finds the same match JavaScript would, only fast', () => {
    expect(matchesOnRe2('/(a+)+$/', repeat('a'))).toEqual([repeat('a')]);
    expect(matchesOnRe2('/(a|aa)+$/', repeat('a', '!'))).toEqual([]);
    expect(matchesOnRe2('/s+ſ+s+ſ+x/iu', normalizeForCompliance(repeat('ſs', 'x')))).toEqual([repeat('s', 'x')]);
  });

  it('keeps words and phrases linear too, even when most candidates sit inside longer words', () => {
    const matcher = new ComplianceMatcher([
      { id: 'w', pattern: 'aa', category: 'custom', action: 'block' },
      { id: 'p', pattern: 'a a a', category: 'custom', action: 'block' },
    ]);
    const started = performance.now();
    expect(matcher.check(repeat('a')).action).toBe('pass');
    expect(matcher.check(repeat('a ', 'x')).matches.map((m) => [m.ruleId, m.matched])).toEqual([['p', ['a a a']]]);
    expect(matcher.check(`${' '.repeat(4998)}aa`).matches.map((m) => m.ruleId)).toEqual(['w']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
