import { ComplianceMatcher, ComplianceResult, describeBlock, describeReview, InvalidCompliancePatternError as ReExported, matchCompliance, parsePattern } from './compliance-matcher';
import { InvalidCompliancePatternError } from './compliance-pattern';
import { ComplianceRule } from './compliance-rule';

const rules: ComplianceRule[] = [
  { id: 'r1', pattern: 'confidential', category: 'confidential', action: 'block' },
  { id: 'r2', pattern: 'rahasia', category: 'confidential', action: 'block' },
  { id: 'r3', pattern: 'pemilu', category: 'political', action: 'review' },
  { id: 'r4', pattern: 'internal only', category: 'confidential', action: 'block' },
  { id: 'r5', pattern: '/project\\s+falcon/', category: 'custom', action: 'review' },
];

describe('ComplianceMatcher', () => {
  const matcher = new ComplianceMatcher(rules);

  it('passes a clean text', () => {
    expect(matcher.check('Proud of our team: we shipped Chorus 2.0 today!')).toEqual({ action: 'pass', matches: [] });
  });

  it('passes an empty text', () => {
    expect(matcher.check('')).toEqual({ action: 'pass', matches: [] });
  });

  it('blocks on a block rule, naming the rule, category and matched text as written', () => {
    expect(matcher.check('Sneak peek, strictly CONFIDENTIAL!')).toEqual({
      action: 'block',
      matches: [{ ruleId: 'r1', category: 'confidential', action: 'block', pattern: 'confidential', matched: ['CONFIDENTIAL'] }],
    });
  });

  it('asks for review on a review rule', () => {
    const result = matcher.check('Jangan lupa ikut Pemilu besok.');
    expect(result.action).toBe('review');
    expect(result.matches.map((m) => m.ruleId)).toEqual(['r3']);
  });

  it('lets block win over review and reports every rule that matched, in rule order', () => {
    const result = matcher.check('Project Falcon is rahasia; Pemilu aside. PROJECT   falcon again.');
    expect(result.action).toBe('block');
    expect(result.matches.map((m) => [m.ruleId, m.matched])).toEqual([
      ['r2', ['rahasia']],
      ['r3', ['Pemilu']],
      ['r5', ['Project Falcon', 'PROJECT   falcon']],
    ]);
  });

  it('lists each distinct matched text once', () => {
    const result = matcher.check('confidential, Confidential, confidential');
    expect(result.matches[0].matched).toEqual(['confidential', 'Confidential']);
  });

  it('respects word boundaries: rahasia is not kerahasiaan', () => {
    expect(matcher.check('Kami menjaga kerahasiaan data pelanggan.').action).toBe('pass');
    expect(matcher.check('Ini RAHASIA!').action).toBe('block');
  });

  it('sees through full-width letters and zero-width characters', () => {
    expect(matcher.check('ｃｏｎｆｉｄｅｎｔｉａｌ').action).toBe('block');
    expect(matcher.check('confi\u200Bdential').action).toBe('block');
    expect(matcher.check('inter\u00ADnal only').action).toBe('block');
  });

  it('tolerates any whitespace between the words of a phrase', () => {
    expect(matcher.check('This is internal\n\nonly, ok?').matches.map((m) => m.ruleId)).toEqual(['r4']);
  });

  it('can be reused: results do not leak between texts', () => {
    expect(matcher.check('confidential').action).toBe('block');
    expect(matcher.check('confidential').action).toBe('block');
    expect(matcher.check('fine').action).toBe('pass');
  });

  it('caps the matched texts reported per rule', () => {
    const text = Array.from({ length: 30 }, (_, i) => `project falcon${' '.repeat(i + 1)}`).join('x ');
    const many = new ComplianceMatcher([{ id: 'r', pattern: '/project\\s+falcon\\s+/', category: 'custom', action: 'review' }]);
    expect(many.check(text).matches[0].matched).toHaveLength(10);
  });

  it('skips a stored rule the linear-time engine cannot run, naming it and why, and applies the others', () => {
    const stored: ComplianceRule = { id: 'r9', pattern: '/(?<!\\w)q[1-4](?!\\w)/', category: 'custom', action: 'block' };
    const withBroken = new ComplianceMatcher([...rules, stored]);
    expect(withBroken.skipped).toEqual([
      { rule: stored, reason: expect.stringMatching(/^The pattern \/\(\?<!\\w\)q\[1-4\]\(\?!\\w\)\/ uses a negative lookbehind/) },
    ]);
    expect(withBroken.check('Our q3 numbers are rahasia').matches.map((m) => m.ruleId)).toEqual(['r2']);
    expect(matcher.skipped).toEqual([]);
  });

  it('checks hostile patterns on long texts in linear time', () => {
    const hostile = new ComplianceMatcher([
      { id: 'h1', pattern: '/(a+)+$/', category: 'custom', action: 'block' },
      { id: 'h2', pattern: '/s+ſ+s+ſ+x/iu', category: 'custom', action: 'block' },
    ]);
    const started = performance.now();
    expect(hostile.check(`${'a'.repeat(4999)}!`).action).toBe('pass');
    expect(hostile.check('ſs'.repeat(2500)).action).toBe('pass');
    expect(hostile.check(`${'a'.repeat(4999)}`).matches.map((m) => m.ruleId)).toEqual(['h1']);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('re-exports the pattern parser for callers that validate admin input', () => {
    expect(ReExported).toBe(InvalidCompliancePatternError);
    expect(parsePattern('rahasia').kind).toBe('word');
  });

  it('matchCompliance is the one-off form', () => {
    expect(matchCompliance('internal only', rules).action).toBe('block');
    expect(matchCompliance('anything', []).action).toBe('pass');
  });
});

describe('describeBlock and describeReview', () => {
  it('names the rule and the matched words in a sentence', () => {
    const result = matchCompliance('Strictly confidential.', rules);
    expect(describeBlock(result)).toBe('Blocked by compliance rule "confidential" (category: confidential): matched "confidential".');
    expect(describeReview(result)).toBe('');
  });

  it('gives one sentence per blocking rule and lists several matches', () => {
    const result = matchCompliance('CONFIDENTIAL and confidential: rahasia, internal\nonly. Pemilu.', rules);
    expect(describeBlock(result)).toBe(
      'Blocked by compliance rule "confidential" (category: confidential): matched "CONFIDENTIAL", "confidential". ' +
        'Blocked by compliance rule "rahasia" (category: confidential): matched "rahasia". ' +
        'Blocked by compliance rule "internal only" (category: confidential): matched "internal only".',
    );
    expect(describeReview(result)).toBe('Sent for review by compliance rule "pemilu" (category: political): matched "Pemilu".');
  });

  it('names the review rules when nothing blocks, and is empty on a pass', () => {
    const pass: ComplianceResult = { action: 'pass', matches: [] };
    expect(describeBlock(pass)).toBe('');
    expect(describeReview(pass)).toBe('');
    expect(describeBlock(matchCompliance('Pemilu!', rules))).toBe(
      'Sent for review by compliance rule "pemilu" (category: political): matched "Pemilu".',
    );
  });
});
