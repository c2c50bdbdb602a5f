import { MessageCode, MessageParams, userMessage, UserMessage, UserMessageError } from '@chorus/messages';
import { RE2JS, RE2JSException } from 're2js';

/**
 * Admin-written regular expressions run on RE2 (the pure-JavaScript port `re2js`), whose
 * matching time grows linearly with the text whatever the pattern: JavaScript's own engine
 * backtracks and cannot be interrupted, so one bad rule could stall the whole process for
 * every organisation. Admins still write JavaScript syntax (`/…/flags`); this file reads it
 * and writes the same expression in RE2's syntax, keeping JavaScript's meaning where the two
 * differ (`\s`, `.`, `[]`, escapes), and refuses, with a reason, what RE2 cannot run.
 */

export const LINEAR_TIME_REASON = 'rules run on a linear-time engine so that no pattern can stall the server';

/**
 * RE2's time grows with text length × program size, so the size is capped too: checking
 * 5,000 characters costs at most about 0.2 ms per step on a busy 2-core machine (npm run
 * bench:compliance-regex), so one rule stays around 100 ms at worst; ordinary rules need a
 * few dozen steps.
 */
export const MAX_PROGRAM_SIZE = 500;
const MAX_REPEAT = 1000;

/** A sentence fragment saying why the expression cannot be used ("uses a lookahead …"). */
export class UnsupportedRegexError extends UserMessageError {
  /** The fragment in English; `userMessage` carries its code for the sentence that takes it. */
  readonly reason: string;

  constructor(reason: UserMessage) {
    super(reason);
    this.reason = reason.message;
    this.name = 'UnsupportedRegexError';
  }
}

/** JavaScript's `\s`: WhiteSpace and LineTerminator (RE2's `\s` has only ASCII space, \t, \n, \f, \r). */
export const JS_SPACE_RANGES = '\\x{9}-\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
/** Everything outside `JS_SPACE_RANGES`, for `\S` inside a class, where RE2 cannot negate a part. */
const JS_NON_SPACE_RANGES =
  '\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{9f}\\x{a1}-\\x{167f}\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{fefe}\\x{ff00}-\\x{10ffff}';
/** JavaScript's `.` without the s flag: anything but a line terminator. */
const JS_DOT = '[^\\x{a}\\x{d}\\x{2028}\\x{2029}]';
const ANY_CHARACTER = '[\\x{0}-\\x{10ffff}]';
/**
 * Opens a group without case folding, for sets that are the same either way (spaces have no
 * case; a set holding every non-space holds every case of its letters): folding their large
 * ranges is what makes RE2 slow to compile them.
 */
const CASELESS = '(?-i:';
const NO_CHARACTER = '[^\\x{0}-\\x{10ffff}]';

const GENERAL_CATEGORIES: Record<string, string> = {
  Letter: 'L', Cased_Letter: 'LC', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Combining_Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};

export interface LinearRegex {
  /** The expression in RE2 syntax, flags included (for tests and diagnostics). */
  source: string;
  regex: RE2JS;
}

/**
 * Compiles a JavaScript regular expression (`source` as between the slashes, `flags` from
 * i, m, s, u) for RE2, always case-insensitive. Throws `UnsupportedRegexError` when it uses
 * what RE2 cannot run, and a `SyntaxError` (JavaScript's own) when it is not valid at all.
 */
export function compileLinearRegex(source: string, flags: string): LinearRegex {
  const unicode = flags.includes('u');
  // Read ours first: JavaScript rejects possessive quantifiers and atomic groups as mere
  // syntax errors, while the admin deserves to hear that they are not supported and why.
  let translated = '';
  let unreadable: unknown = null;
  try {
    translated = new JsToRe2(source, unicode, flags.includes('s')).translate();
  } catch (error) {
    if (error instanceof UnsupportedRegexError) throw error;
    unreadable = error;
  }
  new RegExp(source, flags); // only compiled, never run: throws JavaScript's own sentence for a malformed pattern
  if (unreadable) throw unreadable;
  const re2Source = `(?i)${flags.includes('m') ? '(?m)' : ''}${translated}`;
  let regex: RE2JS;
  try {
    regex = RE2JS.compile(re2Source);
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    const detail = error.message.replace(/^error parsing regexp: /, '');
    throw new UnsupportedRegexError(
      userMessage(/expression too large|repeat count/.test(detail) ? 'regex.tooLargeForEngine' : 'regex.cannotRun', { detail }),
    );
  }
  if (regex.programSize() > MAX_PROGRAM_SIZE) {
    throw new UnsupportedRegexError(
      userMessage('regex.tooManySteps', { steps: regex.programSize(), max: MAX_PROGRAM_SIZE }),
    );
  }
  return { source: re2Source, regex };
}

const unsupported = (construct: MessageCode, params: MessageParams = {}): never => {
  throw new UnsupportedRegexError(userMessage('regex.unsupported', { construct, ...params }));
};

/**
 * One pass over a JavaScript pattern, writing RE2 syntax. It follows ECMAScript's grammar for
 * the given mode (with `u`, or the looser web-compatibility grammar without it); malformed
 * input is left for `new RegExp` to refuse. Every group becomes non-capturing: only the whole
 * match is used, and RE2 runs faster without captures.
 */
class JsToRe2 {
  private pos = 0;
  private readonly captureCount: number;
  private readonly hasNamedGroups: boolean;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
    private readonly dotAll: boolean,
  ) {
    const groups = countGroups(src);
    this.captureCount = groups.captures;
    this.hasNamedGroups = groups.named;
  }

  translate(): string {
    let out = '';
    while (this.pos < this.src.length) out += this.term();
    return out;
  }

  private term(): string {
    const c = this.src[this.pos];
    switch (c) {
      case '(':
        return this.groupOpening();
      case ')':
      case '|':
      case '^':
      case '$':
        this.pos++;
        return c;
      case '.':
        this.pos++;
        return this.dotAll ? ANY_CHARACTER : JS_DOT;
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        this.pos++;
        return c + this.afterQuantifier();
      case '{': {
        const quantifier = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.pos));
        if (!quantifier) {
          this.pos++;
          return '\\{'; // a literal "{" (only valid without u)
        }
        for (const count of [quantifier[1], quantifier[2]]) {
          if (count && Number(count) > MAX_REPEAT) {
            throw new UnsupportedRegexError(userMessage('regex.tooManyRepeats', { quantifier: quantifier[0], max: MAX_REPEAT }));
          }
        }
        this.pos += quantifier[0].length;
        return quantifier[0] + this.afterQuantifier();
      }
      default:
        return literal(this.readCodePoint());
    }
  }

  /** A lazy `?` passes through; a `+` after a quantifier would make it possessive. */
  private afterQuantifier(): string {
    let lazy = '';
    if (this.src[this.pos] === '?') {
      this.pos++;
      lazy = '?';
    }
    if (this.src[this.pos] === '+') unsupported('regex.construct.possessive');
    return lazy;
  }

  private groupOpening(): string {
    const rest = this.src.slice(this.pos);
    if (rest.startsWith('(?=')) unsupported('regex.construct.lookahead');
    if (rest.startsWith('(?!')) unsupported('regex.construct.negativeLookahead');
    if (rest.startsWith('(?<=')) unsupported('regex.construct.lookbehind');
    if (rest.startsWith('(?<!')) unsupported('regex.construct.negativeLookbehind');
    if (rest.startsWith('(?>')) unsupported('regex.construct.atomicGroup');
    if (rest.startsWith('(?:')) {
      this.pos += 3;
      return '(?:';
    }
    const named = /^\(\?<[^>]*>/.exec(rest);
    if (named) {
      this.pos += named[0].length;
      return '(?:';
    }
    if (rest.startsWith('(?')) {
      // Inline flags such as (?i) or (?i:…): RE2 has them, this version of JavaScript does not.
      throw new SyntaxError(`Invalid group at "${rest.slice(0, 4)}"`);
    }
    this.pos++;
    return '(?:';
  }

  /** An escape outside a character class, at `pos` (the backslash). */
  private escape(): string {
    const c = this.src[this.pos + 1];
    if (c === undefined) throw new SyntaxError('\\ at end of pattern');
    if (c === 'b' || c === 'B') {
      this.pos += 2;
      return `\\${c}`; // ASCII word boundary, in both engines
    }
    if (/[1-9]/.test(c)) {
      const digits = /^\d+/.exec(this.src.slice(this.pos + 1))![0];
      if (this.unicode || Number(digits) <= this.captureCount) unsupported('regex.construct.backreference', { reference: `\\${digits}` });
      // Without u and without that many groups, \N is an old octal escape or the digit itself.
      return literal(this.legacyDecimalEscape());
    }
    if (c === 'k' && (this.unicode || this.hasNamedGroups)) {
      const name = /^\\k<[^>]*>/.exec(this.src.slice(this.pos));
      unsupported('regex.construct.backreference', { reference: name ? name[0] : '\\k<…>' });
    }
    return this.classEscape().outside;
  }

  /**
   * An escape that stands for one or more characters, at `pos` (the backslash), as RE2 writes
   * it outside a class (`outside`) and inside one (`inClass`, null when it is a single
   * character, which `code` then holds, so that it can be a range's end).
   */
  private classEscape(): { outside: string; inClass: string | null; code: number | null } {
    const c = this.src[this.pos + 1];
    const set = (outside: string, inClass: string) => ({ outside, inClass, code: null });
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        this.pos += 2;
        return set(`\\${c}`, `\\${c}`); // ASCII, in both engines
      case 's':
        this.pos += 2;
        return set(`${CASELESS}[${JS_SPACE_RANGES}])`, JS_SPACE_RANGES);
      case 'S':
        this.pos += 2;
        return set(`${CASELESS}[^${JS_SPACE_RANGES}])`, JS_NON_SPACE_RANGES);
      case 'p':
      case 'P':
        if (this.unicode) return this.propertyEscape(c === 'P');
        break;
    }
    const code = this.characterEscape();
    return { outside: literal(code), inClass: null, code };
  }

  private propertyEscape(negated: boolean): { outside: string; inClass: string; code: null } {
    const close = this.src.indexOf('}', this.pos);
    if (this.src[this.pos + 2] !== '{' || close < 0) throw new SyntaxError('Invalid property name');
    const written = this.src.slice(this.pos + 3, close);
    this.pos = close + 1;
    const [key, value] = written.includes('=') ? written.split('=') : [null, written];
    let name: string;
    if (key === 'Script_Extensions' || key === 'scx') {
      throw new UnsupportedRegexError(userMessage('regex.scriptShorthand', { written, script: value }));
    } else if (key === 'Script' || key === 'sc') {
      name = value;
    } else if (key === 'General_Category' || key === 'gc' || key === null) {
      name = GENERAL_CATEGORIES[value] ?? value;
    } else {
      throw new SyntaxError('Invalid property name');
    }
    if (name === 'ASCII') {
      return negated ? { outside: '[^\\x{0}-\\x{7f}]', inClass: '\\x{80}-\\x{10ffff}', code: null } : { outside: '[\\x{0}-\\x{7f}]', inClass: '\\x{0}-\\x{7f}', code: null };
    }
    if (!/^[A-Za-z_]+$/.test(name)) throw new SyntaxError('Invalid property name');
    const escape = `\\${negated ? 'P' : 'p'}{${name}}`;
    try {
      RE2JS.compile(escape);
    } catch {
      throw new UnsupportedRegexError(userMessage('regex.unknownProperty', { letter: negated ? 'P' : 'p', written }));
    }
    return { outside: escape, inClass: escape, code: null };
  }

  /** The code point of an escape that stands for one character, such as \n, \x41 or \., at `pos`. */
  private characterEscape(): number {
    const c = this.src[this.pos + 1];
    this.pos += 2;
    const hex = (length: number): number | null => {
      const digits = this.src.slice(this.pos, this.pos + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) return null;
      this.pos += length;
      return parseInt(digits, 16);
    };
    switch (c) {
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case 'f':
        return 0x0c;
      case 'v':
        return 0x0b;
      case '0':
        if (!this.unicode && /[0-7]/.test(this.src[this.pos] ?? '')) {
          this.pos -= 2;
          return this.legacyDecimalEscape();
        }
        return 0;
      case 'c': {
        const letter = this.src[this.pos] ?? '';
        if (/[A-Za-z]/.test(letter)) {
          this.pos++;
          return letter.charCodeAt(0) % 32;
        }
        this.pos--; // without u, "\c" not before a letter is a backslash and a "c"
        return 0x5c;
      }
      case 'x':
        return hex(2) ?? 0x78;
      case 'u': {
        if (this.unicode && this.src[this.pos] === '{') {
          const close = this.src.indexOf('}', this.pos);
          const code = parseInt(this.src.slice(this.pos + 1, close), 16);
          this.pos = close + 1;
          return code;
        }
        const high = hex(4);
        if (high === null) return 0x75;
        // A surrogate pair written as two escapes is one character to RE2, which reads code points.
        if (high >= 0xd800 && high <= 0xdbff && this.src.startsWith('\\u', this.pos)) {
          const save = this.pos;
          this.pos += 2;
          const low = hex(4);
          if (low !== null && low >= 0xdc00 && low <= 0xdfff) return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
          this.pos = save;
        }
        return high;
      }
      default: {
        // An identity escape: "\." is ".", and without u "\q" is "q".
        this.pos -= 1;
        return this.readCodePoint();
      }
    }
  }

  /** Without u: \1 to \377 are octal escapes when no such group exists, and \8, \9 the digits. */
  private legacyDecimalEscape(): number {
    const octal = /^[0-7]{1,3}/.exec(this.src.slice(this.pos + 1));
    if (!octal) {
      this.pos += 2;
      return this.src.charCodeAt(this.pos - 1);
    }
    let digits = octal[0];
    if (parseInt(digits, 8) > 0o377) digits = digits.slice(0, 2);
    this.pos += 1 + digits.length;
    return parseInt(digits, 8);
  }

  private characterClass(): string {
    this.pos++; // '['
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    let body = '';
    let empty = true;
    let holdsNonSpaces = false;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      empty = false;
      holdsNonSpaces ||= this.src.startsWith('\\S', this.pos);
      const low = this.classMember();
      const dash = this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && this.pos + 1 < this.src.length;
      if (dash) {
        this.pos++;
        const high = this.classMember();
        // Without u, a class escape next to "-" (as in [\w-z]) makes the dash literal.
        body += low.code !== null && high.code !== null ? `${hexEscape(low.code)}-${hexEscape(high.code)}` : `${low.inClass}\\x{2d}${high.inClass}`;
      } else {
        body += low.inClass;
      }
    }
    if (this.src[this.pos] !== ']') throw new SyntaxError('Unterminated character class');
    this.pos++;
    // JavaScript's [] matches nothing and [^] anything; RE2 has no empty class.
    if (empty) return negated ? ANY_CHARACTER : NO_CHARACTER;
    const set = `[${negated ? '^' : ''}${body}]`;
    return holdsNonSpaces ? `${CASELESS}${set})` : set;
  }

  private classMember(): { inClass: string; code: number | null } {
    if (this.src[this.pos] !== '\\') {
      const code = this.readCodePoint();
      return { inClass: hexEscape(code), code };
    }
    const c = this.src[this.pos + 1];
    if (c === 'b') {
      this.pos += 2;
      return { inClass: hexEscape(8), code: 8 }; // backspace inside a class
    }
    if (c === '-') {
      this.pos += 2;
      return { inClass: hexEscape(0x2d), code: 0x2d };
    }
    if (!this.unicode && c === 'c' && /[0-9_]/.test(this.src[this.pos + 2] ?? '')) {
      const code = this.src.charCodeAt(this.pos + 2) % 32;
      this.pos += 3;
      return { inClass: hexEscape(code), code };
    }
    if (!this.unicode && /[0-9]/.test(c)) {
      const code = this.legacyDecimalEscape(); // octal inside a class, never a backreference
      return { inClass: hexEscape(code), code };
    }
    const escape = this.classEscape();
    return escape.inClass === null ? { inClass: hexEscape(escape.code!), code: escape.code } : { inClass: escape.inClass, code: null };
  }

  private readCodePoint(): number {
    const code = this.src.codePointAt(this.pos)!;
    this.pos += code > 0xffff ? 2 : 1;
    return code;
  }
}

/** How many capturing groups the pattern has and whether any is named, as JavaScript counts them. */
function countGroups(src: string): { captures: number; named: boolean } {
  let captures = 0;
  let named = false;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      if (src[i + 1] !== '?') captures++;
      else if (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
        captures++;
        named = true;
      }
    }
  }
  return { captures, named };
}

/** Letters and digits as themselves (readable in messages), everything else as \x{…}. */
function literal(code: number): string {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x20
    ? String.fromCharCode(code)
    : hexEscape(code);
}

function hexEscape(code: number): string {
  return `\\x{${code.toString(16)}}`;
}
