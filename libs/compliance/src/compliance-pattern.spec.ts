import { InvalidCompliancePatternError, MAX_COMPLIANCE_PATTERN_LENGTH, normalizeForCompliance, parsePattern } from './compliance-pattern';

const matches = (pattern: string, text: string): string[] =>
  [...normalizeForCompliance(text).matchAll(parsePattern(pattern).regex)].map((m) => m[0]);

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

  it('always returns a global, case-insensitive regex', () => {
    for (const pattern of ['rahasia', 'internal only', '/abc/', '/abc/imsu']) {
      expect(parsePattern(pattern).regex.flags).toMatch(/^(?=.*g)(?=.*i)/);
    }
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

  it('accepts useful shapes', () => {
    for (const pattern of [
      '/\\b(?:jangan|dilarang)\\s+(?:di)?sebar(?:luas)?kan\\b/',
      '/\\d+(?:[.,]\\d+)?\\s*(?:juta|miliar|million|billion)/',
      '/\\d{1,3}(?:\\.\\d{3})*/',
      '/confidential.*project/',
      '/\\w+\\s+\\w+x/',
      '/(?<!\\w)q[1-4](?!\\w)/',
      '/[^\\s]+@example\\.com/',
    ]) {
      expect(() => parsePattern(pattern)).not.toThrow();
    }
  });

  it.each<[string, RegExp]>([
    ['/(a+)+/', /repeats a group that itself contains a repeat or alternatives/],
    ['/(\\w+\\s?)*$/', /repeats a group/],
    ['/(a|ab)*c/', /repeats a group/],
    ['/(?:a?){20}a{20}/', /repeats a group/],
    ['/(a+){3}/', /repeats a group/],
    ['/(x)\\1/', /backreference/],
    ['/(?<word>x)\\k<word>/', /backreference/],
    ['/.*a.*b/', /repeats one after another that can match the same characters/],
    ['/.*.*x/', /repeats one after another/],
    ['/\\d+\\d+x/', /repeats one after another/],
    ['/\\w+\\s*\\w+x/', /repeats one after another/],
    ['/[a-z]{1,100}[a-z]{1,100}x/', /repeats one after another/],
    ['/\\w+(?=\\w*x)/', /repeats one after another/],
  ])('refuses %s, which could backtrack catastrophically', (pattern, reason) => {
    const message = refusal(pattern);
    expect(message.startsWith(`The pattern ${pattern} `)).toBe(true);
    expect(message).toMatch(reason);
    expect(message).toMatch(/\.$/);
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
  });

  it(`refuses patterns longer than ${MAX_COMPLIANCE_PATTERN_LENGTH} characters`, () => {
    expect(() => parsePattern('a'.repeat(200))).not.toThrow();
    expect(refusal('a'.repeat(201))).toBe('The pattern is 201 characters long; at most 200 are allowed.');
  });

  it('refuses a non-string', () => {
    expect(() => parsePattern(undefined as unknown as string)).toThrow(InvalidCompliancePatternError);
  });
});
