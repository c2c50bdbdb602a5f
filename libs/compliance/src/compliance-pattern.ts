import { MessageCode, MessageParams, UserMessage, userMessage, UserMessageError } from '@chorus/messages';
import { RE2JS } from 're2js';
import { compileLinearRegex, JS_SPACE_RANGES, UnsupportedRegexError } from './linear-regex';

export const MAX_COMPLIANCE_PATTERN_LENGTH = 200;
const ALLOWED_FLAGS = 'imsu';

export class InvalidCompliancePatternError extends UserMessageError {
  constructor(
    message: UserMessage,
    readonly pattern: string,
  ) {
    super(message);
    this.name = 'InvalidCompliancePatternError';
  }
}

export type CompliancePatternKind = 'word' | 'phrase' | 'regex';

export interface ParsedCompliancePattern {
  kind: CompliancePatternKind;
  /** The pattern as given, trimmed. */
  pattern: string;
  /**
   * The texts the pattern matches in `text` (already `normalizeForCompliance`d), left to
   * right and without overlaps, ignoring case; in time linear in the text's length.
   */
  findAll(text: string): Generator<string>;
}

// Letters, digits and combining marks make words. "_" and "-" separate them, so "rahasia"
// is caught in "#rahasia_perusahaan" and "rahasia-kan" but not inside "kerahasiaan".
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
const STARTS_WITH_WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]/u;
const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{N}\p{M}]$/u;
// The words of a phrase may be separated by any run of whitespace or dashes.
const PHRASE_SEPARATOR = `[${JS_SPACE_RANGES}\\p{Pd}]+`;
// Invisible characters someone could slip inside a word to dodge a rule.
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

/**
 * The text every pattern is matched against: NFKC (so full-width and styled letters such as
 * "ＲＡＨＡＳＩＡ" read as plain ones) without invisible characters.
 */
export function normalizeForCompliance(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/**
 * A pattern is one of:
 * - a word ("rahasia"): matched case-insensitively as a whole word;
 * - a phrase ("internal only"): whole words in order, with any run of whitespace or dashes
 *   between them ("Internal  only", "internal-only");
 * - `/regex/flags`: a regular expression in JavaScript syntax with flags from i, m, s, u,
 *   run on RE2 (see linear-regex.ts), so matching takes linear time whatever the pattern.
 *   It is always matched case-insensitively, and refused if it uses what RE2 cannot run
 *   (lookarounds, backreferences, possessive quantifiers) or if it matches empty text (it
 *   would flag every post). docs/compliance-rules.md lists the syntax.
 */
export function parsePattern(input: string): ParsedCompliancePattern {
  const fail = (code: MessageCode, params: MessageParams = {}): never => {
    throw new InvalidCompliancePatternError(userMessage(code, params), String(input));
  };
  if (typeof input !== 'string' || input.trim() === '') {
    return fail('compliance.pattern.empty');
  }
  const pattern = input.trim();
  if (pattern.length > MAX_COMPLIANCE_PATTERN_LENGTH) {
    return fail('compliance.pattern.tooLong', { length: pattern.length, max: MAX_COMPLIANCE_PATTERN_LENGTH });
  }

  if (pattern.startsWith('/')) {
    const literal = /^\/(.*)\/([A-Za-z]*)$/s.exec(pattern);
    if (!literal) {
      return fail('compliance.pattern.unclosed', { pattern });
    }
    const [, source, flags] = literal;
    if (source === '') return fail('compliance.pattern.emptyRegex');
    const badFlags = [...new Set(flags)].filter((flag) => !ALLOWED_FLAGS.includes(flag));
    if (badFlags.length > 0) {
      return fail(badFlags.length > 1 ? 'compliance.pattern.badFlags' : 'compliance.pattern.badFlag', { pattern, flags: badFlags.join('') });
    }
    const repeated = [...flags].find((flag, index) => flags.indexOf(flag) !== index);
    if (repeated) return fail('compliance.pattern.repeatedFlag', { pattern, flag: repeated });
    let regex: RE2JS;
    try {
      regex = compileLinearRegex(source, flags).regex;
    } catch (error) {
      if (error instanceof UnsupportedRegexError) return fail('compliance.pattern.unsupported', { pattern, reason: error.userMessage.code, ...error.userMessage.params });
      if (error instanceof SyntaxError) {
        return fail('compliance.pattern.invalidRegex', { pattern, detail: error.message.replace(/\.$/, '') });
      }
      throw error;
    }
    if (regex.test('')) return fail('compliance.pattern.matchesEmpty', { pattern });
    return { kind: 'regex', pattern, findAll: (text) => regexMatches(regex, text) };
  }

  const words = normalizeForCompliance(pattern).split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return fail('compliance.pattern.invisible', { quoted: JSON.stringify(pattern) });
  const regex = compileWords(words);
  const boundaries = {
    before: STARTS_WITH_WORD_CHARACTER.test(words[0]),
    after: ENDS_WITH_WORD_CHARACTER.test(words[words.length - 1]),
  };
  return { kind: words.length > 1 ? 'phrase' : 'word', pattern, findAll: (text) => wordMatches(regex, boundaries, text) };
}

// Every check compiles its organisation's rules, and most rules are the same few dozen words
// and phrases (the defaults), so their compiled form is kept. Literal words keep RE2's lazy
// DFA small; regular expressions are compiled afresh, so their caches go with the check.
const compiledWords = new Map<string, RE2JS>();
const MAX_COMPILED_WORDS = 2000;

function compileWords(words: string[]): RE2JS {
  const source = `(?i)${words.map((word) => RE2JS.quote(word)).join(PHRASE_SEPARATOR)}`;
  let regex = compiledWords.get(source);
  if (!regex) {
    regex = RE2JS.compile(source);
    if (compiledWords.size >= MAX_COMPILED_WORDS) compiledWords.delete(compiledWords.keys().next().value!);
    compiledWords.set(source, regex);
  }
  return regex;
}

function* regexMatches(regex: RE2JS, text: string): Generator<string> {
  const matcher = regex.matcher(text);
  while (matcher.find()) {
    const matched = matcher.group();
    if (matched) yield matched;
  }
}

/**
 * Whole-word matches without lookarounds, which RE2 lacks: find the words, then look at the
 * characters around them. A match inside a longer word is dropped and the search goes on
 * from its next character, as a lookbehind would, so "rahasia" still finds the second word in
 * "kerahasiaan rahasia". Only a dropped match is read again, and it is no longer than the
 * text it covers, so the scan stays linear in the text (times the pattern's length).
 */
function* wordMatches(regex: RE2JS, boundaries: { before: boolean; after: boolean }, text: string): Generator<string> {
  const matcher = regex.matcher(text);
  let from = 0;
  while (from <= text.length && matcher.find(from)) {
    const start = matcher.start();
    const end = matcher.end();
    if ((boundaries.before && isWordCharacter(codePointBefore(text, start))) || (boundaries.after && isWordCharacter(text.codePointAt(end)))) {
      from = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    yield text.slice(start, end);
    from = end > start ? end : end + 1;
  }
}

function isWordCharacter(code: number | undefined): boolean {
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}
