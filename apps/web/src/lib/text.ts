/**
 * Client-side mirrors of what the API does to a commentary, so the composer can show its
 * result while the employee types. The API's own preview stays the authority: the composer
 * swaps it in after every save.
 */
import type { DisclosureMode } from '../api/models';

export interface DisclosureResult {
  text: string;
  appended: boolean;
  /** `require` mode and the disclosure is missing. */
  missing: boolean;
}

/** Whether the commentary already carries the disclosure, as a whole token, ignoring case. */
export function hasDisclosure(commentary: string, disclosure: string): boolean {
  const words = disclosure.normalize('NFKC').trim().split(/\s+/u);
  if (words.length === 0 || words[0] === '') return true;
  const body = words.map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_#@])${body}(?![\\p{L}\\p{N}\\p{M}_])`, 'iu').test(commentary.normalize('NFKC'));
}

/** The text that will be posted: the commentary plus the organisation's disclosure. */
export function applyDisclosure(commentary: string, disclosure: string | null, mode: DisclosureMode): DisclosureResult {
  const required = disclosure?.trim() ?? '';
  if (required === '' || hasDisclosure(commentary, required)) return { text: commentary, appended: false, missing: false };
  if (mode === 'require') return { text: commentary, appended: false, missing: true };
  const body = commentary.trimEnd();
  return { text: body === '' ? required : `${body}\n\n${required}`, appended: true, missing: false };
}

export { networkLimit, xWeightedLength } from '@chorus/networks';

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/(?<=[\p{L}\p{N}])['’ʼ`](?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function bigrams(tokens: string[]): Set<string> {
  if (tokens.length === 1) return new Set(tokens);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) pairs.add(`${tokens[i]} ${tokens[i + 1]}`);
  return pairs;
}

/**
 * How much of the commentary is the suggested text (0..1) and how many new words it adds:
 * the same measure the API applies to "own words", for a hint while typing.
 */
export function similarityToSuggestion(commentary: string, suggestion: string): { similarity: number; newWords: number } {
  const mine = words(commentary);
  if (mine.length === 0) return { similarity: 0, newWords: 0 };
  const theirs = words(suggestion);
  const theirPairs = bigrams(theirs);
  const myPairs = bigrams(mine);
  let shared = 0;
  for (const pair of myPairs) if (theirPairs.has(pair)) shared++;
  const known = new Set(theirs);
  const added = new Set(mine.filter((word) => word.length >= 2 && !known.has(word)));
  return { similarity: myPairs.size === 0 ? 0 : shared / myPairs.size, newWords: added.size };
}

/** Hashtags as typed ("#a, b  #c") to the API's list form. */
export function parseHashtags(value: string): string[] {
  return [...new Set(value.split(/[\s,]+/).map((tag) => tag.trim()).filter(Boolean).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)))];
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase() || '?';
}
