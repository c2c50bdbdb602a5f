/** A piece of a text, marked when it is one of the words looked for. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Splits a text into pieces, marking every occurrence (any case) of the given words: the words
 * a compliance rule matched, shown where they are. Longer words win where two overlap.
 */
export function highlightPieces(text: string, words: readonly string[]): TextPiece[] {
  const wanted = [...new Set(words.map((word) => word.trim()).filter((word) => word !== ''))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, marked: false }];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu');
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ text: text.slice(last, start), marked: false });
    pieces.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
