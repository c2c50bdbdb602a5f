import { InvalidCompliancePatternError, MAX_COMPLIANCE_PATTERN_LENGTH, normalizeForCompliance, parsePattern } from './compliance-pattern';

const matches = (pattern: string, text: string): string[] => [...parsePattern(pattern).findAll(normalizeForCompliance(text))];

function refusal(pattern: string): string {
  try {
    parsePattern(pattern);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidCompliancePatternError);
    expect((error as InvalidCompliancePatternError).pattern).toBe(pattern);
    return (error as Error).message;
  }
  throw new Error(`expected ${pattern} to be refused`);
}

describe('parsePattern: kinds', () => {
  it('reads a word, a phrase and a regex', () => {
    expect(parsePattern('rahasia').kind).toBe('word');
    expect(parsePattern('  internal only ').kind).toBe('phrase');
    expect(parsePattern('  internal only ').pattern).toBe('internal only');
    expect(parsePattern('/q[1-4]\\s+results/').kind).toBe('regex');
  });

  it('always matches every occurrence, ignoring case', () => {
    expect(matches('rahasia', 'RAHASIA rahasia Rahasia')).toEqual(['RAHASIA', 'rahasia', 'Rahasia']);
    expect(matches('internal only', 'INTERNAL ONLY, internal only, Internal Only')).toEqual(['INTERNAL ONLY', 'internal only', 'Internal Only']);
    for (const pattern of ['/abc/', '/abc/imsu']) expect(matches(pattern, 'ABC abc Abc')).toEqual(['ABC', 'abc', 'Abc']);
  });
});

describe('parsePattern: words', () => {
  it.each<[string, string, string[]]>([
    ['rahasia', 'Dokumen ini RAHASIA!', ['RAHASIA']],
    ['rahasia', 'Menjaga kerahasiaan data pelanggan.', []],
    ['rahasia', 'rahasiaku', []],
    ['rahasia', '#rahasia_perusahaan', ['rahasia']],
    ['rahasia', 'rahasia-rahasia kecil', ['rahasia', 'rahasia']],
    ['rahasia', 'ＲＡＨＡＳＩＡ (full width)', ['RAHASIA']],
    ['rahasia', 'ra\u200Bhasia with a zero-width space', ['rahasia']],
    ['confidential', 'Confidential: Q3 numbers', ['Confidential']],
    ['confidential', 'our confidentiality promise', []],
    ['café', 'Meet at the CAFÉ.', ['CAFÉ']],
    ['café', 'Meet at the cafe\u0301.', ['café']], // decomposed input is normalised first
    ['c++', 'We love C++ here', ['C++']],
    ['c++', 'abc++', []],
    ['3.5%', 'growth of 3.5% this year', ['3.5%']],
    ['3.5%', 'growth of 3x5% this year', []],
  ])('%s in %p', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });
});

describe('parsePattern: phrases', () => {
  it.each<[string, string, string[]]>([
    ['internal only', 'This deck is INTERNAL ONLY.', ['INTERNAL ONLY']],
    ['internal only', 'internal\n\t only', ['internal\n\t only']],
    ['internal only', 'internal-only material', ['internal-only']],
    ['internal only', 'internal — only', ['internal — only']],
    ['internal only', 'internally only', []],
    ['internal only', 'internal onlyfans', []],
    ['internal only', 'internal, only', []],
    ['hanya untuk internal', 'Materi ini hanya  untuk   internal.', ['hanya  untuk   internal']],
  ])('%s in %p', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });
});

describe('parsePattern: regular expressions', () => {
  it('matches case-insensitively even without the i flag', () => {
    expect(matches('/project\\s+falcon/', 'Project  FALCON launches')).toEqual(['Project  FALCON']);
  });

  it('honours the allowed flags', () => {
    expect(matches('/^secret$/m', 'line\nSecret\nline')).toEqual(['Secret']);
    expect(matches('/a.b/s', 'a\nb')).toEqual(['a\nb']);
    expect(matches('/\\p{Lu}{3}-\\d+/u', 'ticket ABC-123')).toEqual(['ABC-123']);
  });

  it('accepts useful shapes, including ones a backtracking engine would choke on', () => {
    for (const pattern of [
      '/\\b(?:jangan|dilarang)\\s+(?:di)?sebar(?:luas)?kan\\b/',
      '/\\d+(?:[.,]\\d+)?\\s*(?:juta|miliar|million|billion)/',
      '/\\d{1,3}(?:\\.\\d{3})*/',
      '/confidential.*project/',
      '/\\w+\\s+\\w+x/',
      '/\\bq[1-4]\\b/',
      '/[^\\s]+@example\\.com/',
      '/(a+)+/',
      '/(a|ab)*c/',
      '/.*a.*b/',
      '/(?<word>x)y/',
    ]) {
      expect(() => parsePattern(pattern)).not.toThrow();
    }
  });

  it('keeps JavaScript\'s meaning of \\s, ., [] and escapes', () => {
    expect(matches('/project\\sfalcon/', 'project\u2028falcon and project\u3000falcon')).toEqual(['project\u2028falcon', 'project falcon']);
    expect(matches('/a.c/', 'a\nc a\rc a\u2028c abc')).toEqual(['abc']);
    expect(matches('/a.c/s', 'a\nc abc')).toEqual(['a\nc', 'abc']);
    expect(matches('/x[^]y/', 'x\ny')).toEqual(['x\ny']);
    expect(matches('/x[]y|z/', 'xy z')).toEqual(['z']);
    expect(matches('/\\x41\\u0042\\u{43}/u', 'abc')).toEqual(['abc']);
    expect(matches('/\\uD83D\\uDE00+/', 'hi 😀😀')).toEqual(['😀😀']);
    expect(matches('/[\\w-]+@x/', 'a-b@x')).toEqual(['a-b@x']);
    expect(matches('/\\p{L}+/', 'p{L}}} kata')).toEqual(['p{L}}}']); // without u, \p is a plain "p"
    expect(matches('/\\p{L}+/u', 'p{L}}} kata')).toEqual(['p', 'L', 'kata']);
    expect(matches('/\\p{Script=Greek}+/u', 'alpha αλφα')).toEqual(['αλφα']);
    expect(matches('/[\\S]+/', 'ab cd')).toEqual(['ab', 'cd']);
  });

  it.each<[string, string]>([
    ['/x(?=y)/', 'uses a lookahead ((?=…))'],
    ['/x(?!y)/', 'uses a negative lookahead ((?!…))'],
    ['/(?<=x)y/', 'uses a lookbehind ((?<=…))'],
    ['/(?<!\\w)q[1-4](?!\\w)/', 'uses a negative lookbehind ((?<!…))'],
    ['/(x)\\1/', 'uses a backreference (\\1)'],
    ['/(?<word>x)\\k<word>/', 'uses a backreference (\\k<word>)'],
    ['/(\\w+)\\s\\1/u', 'uses a backreference (\\1)'],
    ['/a++b/', 'uses a possessive quantifier (such as a++ or a*+)'],
    ['/a*+b/', 'uses a possessive quantifier (such as a++ or a*+)'],
    ['/(?>a|ab)c/', 'uses an atomic group ((?>…))'],
  ])('refuses %s, which the linear-time engine cannot run, saying why', (pattern, what) => {
    expect(refusal(pattern)).toBe(
      `The pattern ${pattern} ${what}, which compliance rules do not support: rules run on a linear-time engine so that no pattern can stall the server.`,
    );
  });

  it('refuses patterns too large for the linear-time engine, saying what to change', () => {
    expect(refusal('/a{1001}/')).toBe('The pattern /a{1001}/ repeats something {1001} times, and the linear-time engine allows at most 1,000 repeats; use a smaller count.');
    expect(refusal('/(?:a|ab|abc|abcd){1000}x/')).toBe(
      'The pattern /(?:a|ab|abc|abcd){1000}x/ is too large: it expands to 10,003 matching steps and compliance rules allow at most 500, so that checking a long post stays fast; use smaller repeat counts such as {1,20}.',
    );
    expect(refusal('/(?:a{100}){100}/')).toMatch(/^The pattern \/\(\?:a\{100\}\)\{100\}\/ is too large/);
  });

  it('refuses Unicode properties the linear-time engine does not know', () => {
    expect(refusal('/\\p{Script_Extensions=Latin}/u')).toBe(
      'The pattern /\\p{Script_Extensions=Latin}/u uses \\p{Script_Extensions=Latin}, which the linear-time engine does not know; use \\p{Script=Latin} instead.',
    );
    expect(refusal('/\\p{Script=Latn}/u')).toMatch(/uses the Unicode property \\p\{Script=Latn\}, which the linear-time engine does not know/);
  });

  it.each<[string, string]>([
    ['', 'The pattern is empty; give a word, a phrase or a /regular expression/.'],
    ['   ', 'The pattern is empty; give a word, a phrase or a /regular expression/.'],
    ['//', 'The regular expression // is empty; put a pattern between the slashes.'],
    ['/abc', 'The pattern /abc starts with "/" but does not end with "/" and optional flags, as in /rahasia\\s+perusahaan/i.'],
    ['/abc/g', 'The pattern /abc/g uses the flag "g"; only i, m, s and u are allowed.'],
    ['/abc/gy', 'The pattern /abc/gy uses the flags "gy"; only i, m, s and u are allowed.'],
    ['/abc/I', 'The pattern /abc/I uses the flag "I"; only i, m, s and u are allowed.'],
    ['/a*/', 'The pattern /a*/ matches empty text, so it would flag every post.'],
    ['/(?:)|x/', 'The pattern /(?:)|x/ matches empty text, so it would flag every post.'],
  ])('refuses %p with a sentence', (pattern, sentence) => {
    expect(refusal(pattern)).toBe(sentence);
  });

  it('refuses a regex that does not compile, saying why', () => {
    expect(refusal('/(abc/')).toMatch(/^The pattern \/\(abc\/ is not a valid regular expression: .*Unterminated group.*\.$/);
    expect(refusal('/a{2}*/')).toMatch(/is not a valid regular expression/);
    expect(refusal('/abc/ii')).toBe('The pattern /abc/ii gives the flag "i" twice.');
    expect(refusal('/(?i)abc/')).toMatch(/^The pattern \/\(\?i\)abc\/ is not a valid regular expression: .*Invalid group.*\.$/);
  });

  it(`refuses patterns longer than ${MAX_COMPLIANCE_PATTERN_LENGTH} characters`, () => {
    expect(() => parsePattern('a'.repeat(200))).not.toThrow();
    expect(refusal('a'.repeat(201))).toBe('The pattern is 201 characters long; at most 200 are allowed.');
  });

  it('refuses a word made only of invisible characters', () => {
    expect(refusal('\u200B\u200B')).toBe('The pattern "\u200b\u200b" has no visible characters.');
  });

  it('refuses a non-string', () => {
    expect(() => parsePattern(undefined as unknown as string)).toThrow(InvalidCompliancePatternError);
  });
});
