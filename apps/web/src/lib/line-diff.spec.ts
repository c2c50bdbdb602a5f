import { lineDiff, withContext } from './line-diff';

describe('lineDiff', () => {
  it('keeps unchanged lines and shows a changed line as removed then added', () => {
    expect(lineDiff('# Policy\nBe kind.\nNo secrets.', '# Policy\nBe kind and fair.\nNo secrets.\nAsk first.')).toEqual([
      { kind: 'same', text: '# Policy' },
      { kind: 'removed', text: 'Be kind.' },
      { kind: 'added', text: 'Be kind and fair.' },
      { kind: 'same', text: 'No secrets.' },
      { kind: 'added', text: 'Ask first.' },
    ]);
  });

  it('finds the lines both texts share even when others move around them', () => {
    const diff = lineDiff('a\nb\nc\nd\ne', 'b\nx\nc\ne\nf');
    expect(diff.filter((line) => line.kind === 'same').map((line) => line.text)).toEqual(['b', 'c', 'e']);
    expect(diff.filter((line) => line.kind === 'removed').map((line) => line.text)).toEqual(['a', 'd']);
    expect(diff.filter((line) => line.kind === 'added').map((line) => line.text)).toEqual(['x', 'f']);
  });

  it('treats Windows line ends and a final newline as the same text, and an empty side as all added or removed', () => {
    expect(lineDiff('a\r\nb\r\n', 'a\nb').every((line) => line.kind === 'same')).toBe(true);
    expect(lineDiff('', 'a\nb')).toEqual([
      { kind: 'added', text: 'a' },
      { kind: 'added', text: 'b' },
    ]);
    expect(lineDiff('a', '')).toEqual([{ kind: 'removed', text: 'a' }]);
  });
});

describe('withContext', () => {
  it('keeps a few unchanged lines around each change and counts the rest', () => {
    const before = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
    const after = before.replace('line 5', 'line five');
    expect(withContext(lineDiff(before, after), 1)).toEqual([
      { kind: 'gap', count: 4 },
      { kind: 'same', text: 'line 4' },
      { kind: 'removed', text: 'line 5' },
      { kind: 'added', text: 'line five' },
      { kind: 'same', text: 'line 6' },
      { kind: 'gap', count: 3 },
    ]);
  });
});
