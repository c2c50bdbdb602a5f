import { ComplianceMatcher } from './compliance-matcher';
import { parsePattern } from './compliance-pattern';
import { COMPLIANCE_ACTIONS, COMPLIANCE_CATEGORIES, ComplianceRule } from './compliance-rule';
import { DEFAULT_COMPLIANCE_RULES } from './default-compliance-rules';

const rules: ComplianceRule[] = DEFAULT_COMPLIANCE_RULES.map((rule, i) => ({ id: `default-${i + 1}`, ...rule }));
const matcher = new ComplianceMatcher(rules);

describe('DEFAULT_COMPLIANCE_RULES', () => {
  it('are all valid, distinct rules', () => {
    for (const rule of DEFAULT_COMPLIANCE_RULES) {
      expect(() => parsePattern(rule.pattern)).not.toThrow();
      expect(COMPLIANCE_CATEGORIES).toContain(rule.category);
      expect(COMPLIANCE_ACTIONS).toContain(rule.action);
    }
    const patterns = DEFAULT_COMPLIANCE_RULES.map((rule) => rule.pattern.toLowerCase());
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('block confidential markers and send SARA, political and profanity to review', () => {
    for (const rule of DEFAULT_COMPLIANCE_RULES) {
      expect(rule.action).toBe(rule.category === 'confidential' ? 'block' : 'review');
    }
    const categories = new Set(DEFAULT_COMPLIANCE_RULES.map((rule) => rule.category));
    expect([...categories].sort()).toEqual(['confidential', 'political', 'profanity', 'sara']);
  });

  it.each([
    'Sneak peek at our CONFIDENTIAL roadmap',
    'Slides are internal only, but here goes',
    'A look at an unreleased feature',
    'Dokumen ini RAHASIA, tapi saya bagikan',
    'Materi ini hanya untuk internal',
    'Laporan ini belum dirilis',
    'Data ini jangan disebarluaskan',
    'Dilarang disebarkan tanpa izin',
    'Catatan ini bersifat konfidensial',
  ])('blocks %p', (text) => {
    expect(matcher.check(text).action).toBe('block');
  });

  it.each([
    'Ayo sukseskan Pemilu 2029!',
    'Siapa capres pilihanmu?',
    'Go vote for the candidate who backs us',
    'Kaum pribumi harus didahulukan',
    'That launch was damn good',
  ])('sends %p to review', (text) => {
    expect(matcher.check(text).action).toBe('review');
  });

  it.each([
    'We just launched Chorus 2.0! Employees can now schedule posts into weekly slots.',
    'Kami menjaga kerahasiaan data pelanggan dengan serius.',
    'Our commitment to confidentiality is why customers trust us.',
    'Kami baru saja meluncurkan fitur baru. Yuk dicoba dan sebarkan kabar baik ini!',
    'Happy to share that our team won the regional award.',
  ])('lets %p pass', (text) => {
    expect(matcher.check(text)).toEqual({ action: 'pass', matches: [] });
  });
});
