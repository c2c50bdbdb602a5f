import { xWeightedLength } from './x-text';

describe('xWeightedLength', () => {
  it('counts Latin and Indonesian text one per character', () => {
    expect(xWeightedLength('Halo semua, ayo baca!')).toBe(21);
  });

  it('counts every URL as 23', () => {
    expect(xWeightedLength('Read https://example.com/a/very/long/path?with=query')).toBe(5 + 23);
  });

  it('counts CJK characters and emoji as 2, an emoji sequence once', () => {
    expect(xWeightedLength('日本')).toBe(4);
    expect(xWeightedLength('🎉')).toBe(2);
    expect(xWeightedLength('👨‍👩‍👧')).toBe(2);
  });
});
