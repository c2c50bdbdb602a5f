import { findBacktrackingRisk } from './regex-backtracking-guard';

export const MAX_COMPLIANCE_PATTERN_LENGTH = 200;
const ALLOWED_FLAGS = 'imsu';

export class InvalidCompliancePatternError extends Error {
  constructor(
    message: string,
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
  /** Global and case-insensitive; run it on `normalizeForCompliance(text)` with `matchAll`. */
  regex: RegExp;
}

// Letters, digits and combining marks make words. "_" and "-" separate them, so "rahasia"
// is caught in "#rahasia_perusahaan" and "rahasia-kan" but not inside "kerahasiaan".
const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{M}]';
const STARTS_WITH_WORD_CHARACTER = /^[\p{L}\p{N}\p{M}]/u;
const ENDS_WITH_WORD_CHARACTER = /[\p{L}\p{N}\p{M}]$/u;
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
 * - `/regex/flags`: a JavaScript regular expression with flags from i, m, s, u. It is
 *   always matched case-insensitively, and refused if it could backtrack catastrophically
 *   (see regex-backtracking-guard.ts) or if it matches empty text (it would flag every post).
 */
export function parsePattern(input: string): ParsedCompliancePattern {
  const fail = (sentence: string): never => {
    throw new InvalidCompliancePatternError(sentence, String(input));
  };
  if (typeof input !== 'string' || input.trim() === '') {
    return fail('The pattern is empty; give a word, a phrase or a /regular expression/.');
  }
  const pattern = input.trim();
  if (pattern.length > MAX_COMPLIANCE_PATTERN_LENGTH) {
    return fail(`The pattern is ${pattern.length} characters long; at most ${MAX_COMPLIANCE_PATTERN_LENGTH} are allowed.`);
  }

  if (pattern.startsWith('/')) {
    const literal = /^\/(.*)\/([A-Za-z]*)$/s.exec(pattern);
    if (!literal) {
      return fail(`The pattern ${pattern} starts with "/" but does not end with "/" and optional flags, as in /rahasia\\s+perusahaan/i.`);
    }
    const [, source, flags] = literal;
    if (source === '') return fail('The regular expression // is empty; put a pattern between the slashes.');
    const badFlags = [...new Set(flags)].filter((flag) => !ALLOWED_FLAGS.includes(flag));
    if (badFlags.length > 0) {
      return fail(`The pattern ${pattern} uses the flag${badFlags.length > 1 ? 's' : ''} "${badFlags.join('')}"; only i, m, s and u are allowed.`);
    }
    const repeated = [...flags].find((flag, index) => flags.indexOf(flag) !== index);
    if (repeated) return fail(`The pattern ${pattern} gives the flag "${repeated}" twice.`);
    const finalFlags = [...new Set(`${flags}ig`)].join('');
    let regex: RegExp;
    try {
      regex = new RegExp(source, finalFlags);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
      return fail(`The pattern ${pattern} is not a valid regular expression: ${reason}.`);
    }
    const risk = findBacktrackingRisk(source, finalFlags);
    if (risk) return fail(`The pattern ${pattern} ${risk}.`);
    if (new RegExp(source, finalFlags.replace('g', '')).test('')) {
      return fail(`The pattern ${pattern} matches empty text, so it would flag every post.`);
    }
    return { kind: 'regex', pattern, regex };
  }

  const words = normalizeForCompliance(pattern).split(/\s+/u);
  const body = words.map(escapeForRegExp).join('(?:\\s|\\p{Pd})+');
  const before = STARTS_WITH_WORD_CHARACTER.test(words[0]) ? `(?<!${WORD_CHARACTER})` : '';
  const after = ENDS_WITH_WORD_CHARACTER.test(words[words.length - 1]) ? `(?!${WORD_CHARACTER})` : '';
  return { kind: words.length > 1 ? 'phrase' : 'word', pattern, regex: new RegExp(`${before}${body}${after}`, 'giu') };
}

/** Only the characters that unicode-mode regexes allow (and need) escaped. */
function escapeForRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
