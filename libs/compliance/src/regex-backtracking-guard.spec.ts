import {
  BACKREFERENCE_MESSAGE,
  UNANALYSABLE_MESSAGE,
  findBacktrackingRisk,
  NESTED_REPEAT_MESSAGE,
  OVERLAPPING_REPEAT_MESSAGE,
} from './regex-backtracking-guard';

const risk = (source: string, flags = 'ig') => findBacktrackingRisk(source, flags);

describe('findBacktrackingRisk', () => {
  it.each([
    'confidential',
    'internal\\s+only',
    '\\bq[1-4]\\s*(?:results|earnings)\\b',
    '(?:foo|bar)',
    '(?:foo|bar)?baz',
    '\\d{3}-\\d{4}',
    '\\d{1,3}(?:\\.\\d{3})*',
    '\\d+(?:[.,]\\d+)?\\s*(?:juta|miliar)',
    '\\d+x\\d+',
    '\\w+\\s+\\w+',
    '\\S+\\s+\\S+',
    '[^\\s]+\\s[^\\s]+',
    'confidential.*project',
    '(?<!\\w)rahasia(?!\\w)',
    '(?=\\w*x)\\w+',
    '(?:ab)+',
    '(?:ab){2}c',
    'a{1,3}',
    '[a-z]+[0-9]+',
    '\\p{L}+\\s+\\p{L}+',
    '[\\u0041-\\u005A]+\\d+',
    'x{',
  ])('accepts %s', (source) => {
    expect(risk(source, source.includes('\\p') ? 'igu' : 'ig')).toBeNull();
  });

  it.each([
    ['(a+)+', NESTED_REPEAT_MESSAGE],
    ['(a*)*', NESTED_REPEAT_MESSAGE],
    ['(?:a|b)+', NESTED_REPEAT_MESSAGE],
    ['(a|aa)+$', NESTED_REPEAT_MESSAGE],
    ['((ab)*c)+', NESTED_REPEAT_MESSAGE],
    ['(a?){25}', NESTED_REPEAT_MESSAGE],
    ['(a{1,2})+', NESTED_REPEAT_MESSAGE],
    ['(\\d+){2}', NESTED_REPEAT_MESSAGE],
    ['(a)\\1', BACKREFERENCE_MESSAGE],
    ['(?<x>a)\\k<x>', BACKREFERENCE_MESSAGE],
    ['.*.*', OVERLAPPING_REPEAT_MESSAGE],
    ['.*a.*b', OVERLAPPING_REPEAT_MESSAGE],
    ['\\d+\\d+', OVERLAPPING_REPEAT_MESSAGE],
    ['\\d+\\s*\\d+', OVERLAPPING_REPEAT_MESSAGE],
    ['\\w*\\w*b', OVERLAPPING_REPEAT_MESSAGE],
    ['[a-z]+[A-Z]+', OVERLAPPING_REPEAT_MESSAGE], // case-insensitive: both are letters
    ['a+(?:ab)+', OVERLAPPING_REPEAT_MESSAGE],
    ['\\s+(?:\\s)*', OVERLAPPING_REPEAT_MESSAGE],
    ['x+(?:y|x+)', OVERLAPPING_REPEAT_MESSAGE],
    ['.+(?=.*x)', OVERLAPPING_REPEAT_MESSAGE],
    ['[^a]+[^b]+', OVERLAPPING_REPEAT_MESSAGE],
    ['\\S+\\w+', OVERLAPPING_REPEAT_MESSAGE],
  ])('refuses %s', (source, message) => {
    expect(risk(source)).toBe(message);
  });

  it('keeps what it accepts fast on a 3,000-character adversarial post', () => {
    const accepted = ['\\w+\\s+\\w+x', 'confidential.*project', '\\d+(?:[.,]\\d+)?\\s*(?:juta|miliar)', '(?:ab)+c', '\\S+\\s+\\S+x'];
    const inputs = ['a', '1', ' ', 'ab', 'a ', '1.', 'confidential '].map((unit) => unit.repeat(3000).slice(0, 3000));
    for (const source of accepted) {
      expect(risk(source)).toBeNull();
      const regex = new RegExp(source, 'gi');
      const started = Date.now();
      for (const input of inputs) [...input.matchAll(regex)];
      expect({ source, slow: Date.now() - started > 500 }).toEqual({ source, slow: false });
    }
  });

  it('reads odd but valid non-unicode escapes without hanging', () => {
    expect(risk('\\u{')).toBeNull();
    expect(risk('\\k<a')).toBeNull();
    expect(risk('\\xZZ')).toBeNull();
    expect(risk('a{,5}')).toBeNull();
    expect(risk(']')).toBeNull();
    expect(risk('(?<a>x)\\k<a>')).toBe(BACKREFERENCE_MESSAGE);
    expect(risk('\\k<a>', 'igu')).toBe(BACKREFERENCE_MESSAGE);
  });

  it('fails closed on a source it cannot read', () => {
    expect(risk('(abc')).toBe(UNANALYSABLE_MESSAGE);
  });

  it('never throws on random valid regexes, and what it accepts stays fast', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', '1', ' ', '.', '\\d', '\\w', '\\s', '\\S', '[^a]', '(?:', ')', '(?=', '|', '*', '+', '?', '{1,3}', '{2,}', '\\b'];
    const inputs = ['a', '1', ' ', 'a1', 'a '].map((unit) => unit.repeat(3000).slice(0, 3000));
    let accepted = 0;
    for (let i = 0; i < 600; i++) {
      let source = '';
      for (let length = 1 + Math.floor(random() * 10); length > 0; length--) source += pieces[Math.floor(random() * pieces.length)];
      let regex: RegExp;
      try {
        regex = new RegExp(source, 'gi');
      } catch {
        continue;
      }
      if (risk(source) !== null) continue;
      accepted++;
      const started = Date.now();
      for (const input of inputs) {
        let count = 0;
        for (const _match of input.matchAll(regex)) if (++count > 3000) break;
      }
      expect({ source, slow: Date.now() - started > 1000 }).toEqual({ source, slow: false });
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
