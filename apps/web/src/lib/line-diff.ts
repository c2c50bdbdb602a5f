/** One line of a diff: kept, removed from the old text, or added in the new one. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** A run of unchanged lines left out of a shown diff, counted. */
export interface DiffGap {
  kind: 'gap';
  count: number;
}

/** Above this many line pairs the texts are compared as wholes (all removed, all added). */
const MAX_CELLS = 4_000_000;

/**
 * The difference between two texts line by line: a longest common subsequence of lines, so
 * unchanged lines stay unchanged and a changed line shows as removed then added.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  // Lines equal at both ends need no table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: DiffLine[] = a.slice(0, start).map((text) => ({ kind: 'same', text }));
  const tail: DiffLine[] = a.slice(endA).map((text) => ({ kind: 'same', text }));
  const oldMiddle = a.slice(start, endA);
  const newMiddle = b.slice(start, endB);
  return [...head, ...middleDiff(oldMiddle, newMiddle), ...tail];
}

function middleDiff(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return [...a.map((text): DiffLine => ({ kind: 'removed', text })), ...b.map((text): DiffLine => ({ kind: 'added', text }))];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      lines.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      lines.push({ kind: 'removed', text: a[i++] });
    } else {
      lines.push({ kind: 'added', text: b[j++] });
    }
  }
  while (i < n) lines.push({ kind: 'removed', text: a[i++] });
  while (j < m) lines.push({ kind: 'added', text: b[j++] });
  return lines;
}

/** The changes with `context` unchanged lines around each; longer unchanged runs become a counted gap. */
export function withContext(lines: readonly DiffLine[], context = 2): (DiffLine | DiffGap)[] {
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k++) near[k] = true;
  });
  const shown: (DiffLine | DiffGap)[] = [];
  let gap = 0;
  lines.forEach((line, index) => {
    if (near[index]) {
      if (gap > 0) shown.push({ kind: 'gap', count: gap });
      gap = 0;
      shown.push(line);
    } else {
      gap++;
    }
  });
  if (gap > 0) shown.push({ kind: 'gap', count: gap });
  return shown;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
}
