import { userMessage, type UserMessage } from '@chorus/messages';

/**
 * "Require own commentary" and "nearly identical to a colleague", on words rather than
 * characters so that case, punctuation, emoji and spacing tricks change nothing.
 *
 * The rule:
 * 1. Normalise: NFKC (full-width and styled letters become plain), lowercase, URLs removed
 *    (the link is attached anyway), apostrophes inside words dropped ("don't" -> "dont"),
 *    every other non-letter, non-digit character (punctuation, symbols, emoji) becomes a
 *    space, whitespace collapses. Hashtags and mentions keep their word ("#AI" -> "ai").
 * 2. Tokenise on whitespace into words.
 * 3. Compare sets of word bigrams (two-word shingles; a one-word text is its own shingle).
 *    Bigrams ignore sentence order, so reordering sentences barely moves them, while any
 *    swapped word changes the two bigrams around it.
 *    - `similarity` (own commentary) = the share of the commentary's bigrams that also occur
 *      in the suggestion: how much of what the employee posts is the suggested text.
 *    - near duplicates use Jaccard (shared / all bigrams), which is symmetric: two colleagues
 *      are compared, neither is "the original".
 * 4. `newWords` = distinct words of two or more characters in the commentary that the
 *    suggestion does not contain. Repeating a word or adding single letters buys nothing.
 *
 * Not handled: scripts written without spaces (Chinese, Japanese, Thai) tokenise as one
 * word per run; paraphrases with synonyms count as own words.
 */

/** At or above this, the commentary is mostly the suggestion: at least ~30% of it must be new. */
export const OWN_COMMENTARY_MAX_SIMILARITY = 0.7;
/** About one short sentence: enough for a real opinion, too many to pad with "Great!". */
export const OWN_COMMENTARY_MIN_NEW_WORDS = 5;
/** Two posts this alike read as the same post on a feed (e.g. one extra word in 20). */
export const NEAR_DUPLICATE_THRESHOLD = 0.9;

export interface OwnCommentaryResult {
  own: boolean;
  /** 0..1: the share of the commentary's word pairs found in the suggested text. */
  similarity: number;
  /** Distinct words (two or more characters) of the commentary not in the suggested text. */
  newWords: number;
  /** Why it is not own commentary, as a sentence for the employee. */
  reason?: string;
  /**
   * The same as the end of "This post asks for your own words: …", the sentence the composer
   * and the approval show, with its code.
   */
  refusal?: UserMessage;
}

export interface OwnCommentaryOptions {
  maxSimilarity?: number;
  minNewWords?: number;
}

export interface CommentaryToCompare {
  id: string;
  text: string;
}

export interface NearDuplicate {
  id: string;
  similarity: number;
}

const URL_PATTERN = /(?:https?:\/\/|www\.)\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*/giu;
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ`](?=[\p{L}\p{N}])/gu;
// Variation selectors and combining keycap/enclosing marks only decorate emoji.
const EMOJI_MARKS = /[\uFE00-\uFE0F\u20D0-\u20FF]/gu;
const NOT_WORD = /[^\p{L}\p{N}\p{M}\s]+/gu;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function normalizeCommentary(text: string): string {
  return commentaryWords(text).join(' ');
}

export function commentaryWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(URL_PATTERN, ' ')
    .replace(INNER_APOSTROPHE, '')
    .replace(EMOJI_MARKS, '')
    .replace(NOT_WORD, ' ')
    .split(/\s+/u)
    .filter((word) => HAS_WORD_CHARACTER.test(word));
}

function shingles(words: readonly string[]): Set<string> {
  if (words.length === 1) return new Set(words);
  const result = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) result.add(`${words[i]} ${words[i + 1]}`);
  return result;
}

function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

/** Symmetric 0..1 similarity (Jaccard over word bigrams); empty texts are never similar. */
export function commentarySimilarity(a: string, b: string): number {
  return jaccard(shingles(commentaryWords(a)), shingles(commentaryWords(b)));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** 0..1: the share of the commentary's word bigrams that also occur in the suggestion. */
export function copiedShare(commentary: string, suggested: string): number {
  return containment(shingles(commentaryWords(commentary)), shingles(commentaryWords(suggested)));
}

function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  return part.size === 0 ? 0 : intersectionSize(part, whole) / part.size;
}

/**
 * Own commentary = similarity below `maxSimilarity` AND at least `minNewWords` new words.
 * Both are needed: new words alone let someone paste the suggestion and add a sentence;
 * low similarity alone lets someone trim the suggestion and add "Great!".
 */
export function isOwnCommentary(
  commentary: string,
  suggested: string | null | undefined,
  options: OwnCommentaryOptions = {},
): OwnCommentaryResult {
  const maxSimilarity = options.maxSimilarity ?? OWN_COMMENTARY_MAX_SIMILARITY;
  const minNewWords = options.minNewWords ?? OWN_COMMENTARY_MIN_NEW_WORDS;
  const words = commentaryWords(commentary);
  const suggestedWords = commentaryWords(suggested ?? '');
  const exact = containment(shingles(words), shingles(suggestedWords));
  const known = new Set(suggestedWords);
  const newWords = new Set(words.filter((word) => word.length >= 2 && !known.has(word))).size;

  const own = exact < maxSimilarity && newWords >= minNewWords;
  const similarity = round(exact);
  if (own) return { own, similarity, newWords };
  const refusal = notOwnRefusal(words.length, exact, newWords, maxSimilarity, minNewWords);
  return { own, similarity, newWords, reason: refusal.message.slice(OWN_WORDS_LEAD.length), refusal };
}

const OWN_WORDS_LEAD = 'This post asks for your own words: ';

function notOwnRefusal(wordCount: number, similarity: number, newWords: number, maxSimilarity: number, minNewWords: number): UserMessage {
  if (wordCount === 0) return userMessage('share.ownWords.empty', { minNewWords });
  const percent = Math.round(similarity * 100);
  const yours = newWords === 0 ? 'None' : newWords === 1 ? 'One' : 'Some';
  if (similarity >= maxSimilarity && newWords < minNewWords) {
    return userMessage(`share.ownWords.repeats${yours}`, { percent, newWords, minNewWords });
  }
  if (similarity >= maxSimilarity) return userMessage('share.ownWords.mostlySuggested', { percent });
  return userMessage(`share.ownWords.few${yours}`, { newWords, minNewWords });
}

/** Colleagues' texts at or above `threshold` (Jaccard), most similar first. */
export function nearDuplicates(
  commentary: string,
  others: readonly CommentaryToCompare[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`The near-duplicate threshold must be above 0 and at most 1; got ${threshold}.`);
  }
  const mine = shingles(commentaryWords(commentary));
  if (mine.size === 0) return [];
  return others
    .map((other) => ({ id: other.id, similarity: jaccard(mine, shingles(commentaryWords(other.text))) }))
    .filter((match) => match.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity)
    .map((match) => ({ id: match.id, similarity: round(match.similarity) }));
}

// Four decimals keep reported figures readable; decisions use the exact value.
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
