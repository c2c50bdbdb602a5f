/**
 * LinkedIn "little text", the format of a post's `commentary`.
 *
 * Reserved characters must be backslash-escaped wherever they appear; LinkedIn reads an
 * unescaped one as the start of markup and, when that markup is not a template it knows,
 * silently cuts the post at that point. Hashtags and mentions have their own templates:
 * `{hashtag|\#|word}` and `@[Name](urn:li:person:id)`.
 *
 * The escaper (regex based) and the parser (a character scanner) are written independently on
 * purpose: the LinkedIn sandbox uses the parser to decide what it stores, so a bug in one is
 * not silently mirrored by the other.
 */

/** Every character LinkedIn reserves in little text. */
export const LITTLE_TEXT_RESERVED_CHARACTERS: readonly string[] = [
  '\\',
  '|',
  '{',
  '}',
  '@',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '#',
  '*',
  '_',
  '~',
];

const RESERVED = new Set(LITTLE_TEXT_RESERVED_CHARACTERS);
const RESERVED_PATTERN = /[\\|{}@[\]()<>#*_~]/g;

/**
 * A hashtag the escaper turns into a template: `#` at the start of the text or after a
 * character that is not a letter or digit, then letters, marks and digits with at least one
 * letter. So `#Chorus2025` and `#BerbagiCerita` are hashtags; `C#`, `#1` and the `_rest` of
 * `#snake_case` are escaped as plain text.
 */
const HASHTAG_PATTERN = /(?<![\p{L}\p{M}\p{N}])#((?=[\p{L}\p{M}\p{N}]*\p{L})[\p{L}\p{M}\p{N}]+)/gu;

export interface EscapeLittleTextOptions {
  /** Turn `#word` hashtags into LinkedIn's hashtag template instead of escaping the `#`. */
  hashtags?: boolean;
}

/** The hashtag template for `word` (without the `#`). */
export function hashtagTemplate(word: string): string {
  return `{hashtag|\\#|${word}}`;
}

/** Escapes `text` so LinkedIn shows it exactly as written. */
export function escapeLittleText(text: string, options: EscapeLittleTextOptions = {}): string {
  if (!options.hashtags) {
    return escapeReserved(text);
  }
  let result = '';
  let last = 0;
  for (const match of text.matchAll(HASHTAG_PATTERN)) {
    const index = match.index;
    result += escapeReserved(text.slice(last, index)) + hashtagTemplate(match[1]);
    last = index + match[0].length;
  }
  return result + escapeReserved(text.slice(last));
}

function escapeReserved(text: string): string {
  return text.replace(RESERVED_PATTERN, (character) => `\\${character}`);
}

export interface LittleTextMention {
  text: string;
  urn: string;
}

export interface LittleTextParseResult {
  /** The text as LinkedIn shows it: escapes removed, templates rendered, cut where LinkedIn cuts. */
  text: string;
  /** The little text LinkedIn keeps: the input up to the cut (the whole input when not cut). */
  storedLittleText: string;
  /** False when an unescaped reserved character cut the text short. */
  complete: boolean;
  /** Index in the input of the character that cut the text, or null. */
  truncatedAt: number | null;
  hashtags: string[];
  mentions: LittleTextMention[];
}

const HASHTAG_TEMPLATE = /^\{hashtag\|\\#\|([^\\|{}@[\]()<>#*_~\s]+)\}/u;
const MENTION_TEMPLATE =
  /^@\[([^\\|{}@[\]()<>#*_~]+)\]\((urn:li:(?:person|organization):[A-Za-z0-9_-]+)\)/u;

/**
 * Reads little text the way LinkedIn does. A backslash makes the next character literal; the
 * hashtag and mention templates are rendered; any other unescaped reserved character (or a
 * trailing lone backslash) ends the post there.
 */
export function parseLittleText(littleText: string): LittleTextParseResult {
  let text = '';
  const hashtags: string[] = [];
  const mentions: LittleTextMention[] = [];
  let index = 0;
  while (index < littleText.length) {
    const character = littleText[index];
    if (!RESERVED.has(character)) {
      text += character;
      index += 1;
      continue;
    }
    if (character === '\\' && index + 1 < littleText.length) {
      const escaped = String.fromCodePoint(littleText.codePointAt(index + 1) ?? 0);
      text += escaped;
      index += 1 + escaped.length;
      continue;
    }
    const rest = littleText.slice(index);
    const hashtag = character === '{' ? HASHTAG_TEMPLATE.exec(rest) : null;
    if (hashtag) {
      text += `#${hashtag[1]}`;
      hashtags.push(hashtag[1]);
      index += hashtag[0].length;
      continue;
    }
    const mention = character === '@' ? MENTION_TEMPLATE.exec(rest) : null;
    if (mention) {
      text += mention[1];
      mentions.push({ text: mention[1], urn: mention[2] });
      index += mention[0].length;
      continue;
    }
    return {
      text,
      storedLittleText: littleText.slice(0, index),
      complete: false,
      truncatedAt: index,
      hashtags,
      mentions,
    };
  }
  return { text, storedLittleText: littleText, complete: true, truncatedAt: null, hashtags, mentions };
}

/** The text LinkedIn shows for `littleText` (the inverse of `escapeLittleText` for its output). */
export function unescapeLittleText(littleText: string): string {
  return parseLittleText(littleText).text;
}
