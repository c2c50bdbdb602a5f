/**
 * X (Twitter) counts text by weight: most Latin characters weigh 1, CJK, emoji and most
 * other scripts weigh 2, and every URL weighs 23 whatever its length.
 */
const URL_PATTERN = /https?:\/\/[^\s]+/g;
const URL_WEIGHT = 23;

function charWeight(codePoint: number): number {
  // X's light ranges: Latin, Latin-1, general punctuation and a few symbol blocks.
  if (codePoint <= 0x10ff) return 1;
  if (codePoint >= 0x2000 && codePoint <= 0x200d) return 1;
  if (codePoint >= 0x2010 && codePoint <= 0x201f) return 1;
  if (codePoint >= 0x2032 && codePoint <= 0x2037) return 1;
  return 2;
}

export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let weight = 0;
  const withoutUrls = normalized.replace(URL_PATTERN, () => {
    weight += URL_WEIGHT;
    return '';
  });
  for (const segment of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(withoutUrls)) {
    const first = segment.segment.codePointAt(0) ?? 0;
    // An emoji sequence (e.g. a family or a flag) counts once, as 2.
    weight += /\p{Extended_Pictographic}/u.test(segment.segment) ? 2 : charWeight(first);
  }
  return weight;
}

