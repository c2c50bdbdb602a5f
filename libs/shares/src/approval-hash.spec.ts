import { createHash } from 'node:crypto';
import {
  approvalHash,
  ApprovalContent,
  canonicalApprovalContent,
  InvalidApprovalContentError,
  matchesApprovalHash,
} from './approval-hash';

const base: ApprovalContent = {
  network: 'linkedin',
  connectionId: '7d0c1f8e-3b7a-4a55-9f0e-1b2c3d4e5f60',
  text: 'Proud of what our team shipped this quarter. Have a look!',
  link: 'https://example.com/blog/q3',
};

describe('approvalHash', () => {
  it('is a sha256 hex digest', () => {
    expect(approvalHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(approvalHash(base)).toBe(createHash('sha256').update(canonicalApprovalContent(base)).digest('hex'));
  });

  it('gives the same hash for the same content, whatever the key order of the object', () => {
    const reordered: ApprovalContent = { link: base.link, text: base.text, connectionId: base.connectionId, network: base.network };
    expect(approvalHash({ ...base })).toBe(approvalHash(base));
    expect(approvalHash(reordered)).toBe(approvalHash(base));
  });

  it.each<[string, Partial<ApprovalContent>]>([
    ['network', { network: 'x' }],
    ['network case', { network: 'LinkedIn' }],
    ['connection', { connectionId: '7d0c1f8e-3b7a-4a55-9f0e-1b2c3d4e5f61' }],
    ['text: one character', { text: 'Proud of what our team shipped this quarter. Have a look?' }],
    ['text: trailing space', { text: `${base.text} ` }],
    ['text: extra newline', { text: `${base.text}\n` }],
    ['text: letter case', { text: base.text.toLowerCase() }],
    ['text: empty', { text: '' }],
    ['link: different URL', { link: 'https://example.com/blog/q4' }],
    ['link: query string', { link: 'https://example.com/blog/q3?utm_source=x' }],
    ['link: removed', { link: null }],
  ])('changes when the %s changes', (_name, change) => {
    expect(approvalHash({ ...base, ...change })).not.toBe(approvalHash(base));
  });

  it('cannot be fooled by moving characters between fields', () => {
    const a = approvalHash({ network: 'linkedin', connectionId: 'ab', text: 'c', link: null });
    const b = approvalHash({ network: 'linkedin', connectionId: 'a', text: 'bc', link: null });
    const c = approvalHash({ network: 'linkedin', connectionId: 'a', text: 'b', link: 'c' });
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('cannot be fooled by separators or quotes inside the text', () => {
    const a = approvalHash({ network: 'linkedin', connectionId: 'a', text: 'x","y', link: null });
    const b = approvalHash({ network: 'linkedin', connectionId: 'a', text: 'x', link: 'y' });
    expect(a).not.toBe(b);
  });

  it('treats composed and decomposed forms of the same letters as the same text (NFC)', () => {
    const composed = 'Caf\u00e9 launch'; // é as one code point
    const decomposed = 'Cafe\u0301 launch'; // e + combining acute accent
    expect(composed).not.toBe(decomposed);
    expect(approvalHash({ ...base, text: composed })).toBe(approvalHash({ ...base, text: decomposed }));
  });

  it('does not fold compatibility characters (NFC, not NFKC): a full-width letter is a different text', () => {
    expect(approvalHash({ ...base, text: 'Ａ' })).not.toBe(approvalHash({ ...base, text: 'A' }));
  });

  it('treats a missing, null and empty link alike', () => {
    const { link: _link, ...noLink } = base;
    const hash = approvalHash({ ...base, link: null });
    expect(approvalHash(noLink)).toBe(hash);
    expect(approvalHash({ ...base, link: '' })).toBe(hash);
    expect(approvalHash({ ...base, link: undefined })).toBe(hash);
  });

  it('handles emoji and Indonesian text', () => {
    const text = 'Bangga dengan tim kami 🚀🇮🇩 — ayo dukung peluncuran ini!';
    expect(approvalHash({ ...base, text })).toBe(approvalHash({ ...base, text: `${text}` }));
    expect(approvalHash({ ...base, text })).not.toBe(approvalHash({ ...base, text: text.replace('🚀', '🎉') }));
  });

  it.each<[string, unknown]>([
    ['network is empty', { ...base, network: '' }],
    ['connection is missing', { ...base, connectionId: undefined }],
    ['text is missing', { ...base, text: undefined }],
    ['link is not a string', { ...base, link: 42 }],
  ])('refuses content whose %s', (_name, content) => {
    expect(() => approvalHash(content as ApprovalContent)).toThrow(InvalidApprovalContentError);
  });
});

describe('matchesApprovalHash', () => {
  it('accepts the content that was approved and nothing else', () => {
    const approved = approvalHash(base);
    expect(matchesApprovalHash(base, approved)).toBe(true);
    expect(matchesApprovalHash({ ...base, text: `${base.text}!` }, approved)).toBe(false);
  });

  it('never matches when there is no approval', () => {
    expect(matchesApprovalHash(base, null)).toBe(false);
    expect(matchesApprovalHash(base, undefined)).toBe(false);
    expect(matchesApprovalHash(base, '')).toBe(false);
  });
});
