/**
 * Refuses regular expressions whose matching time can explode. JavaScript regexes backtrack
 * and cannot be interrupted, so one bad rule run against a long post would stall the whole
 * API process for every organisation. Rules are checked statically, by shape:
 *
 * 1. A group repeated more than once may contain only fixed parts: no `?`, `*`, `+`,
 *    `{m,n}` or `|` inside. `(a+)+`, `(a|ab)*`, `(a?){20}` split the same text in
 *    exponentially many ways. Use a character class instead: `[ab]+`, not `(a|b)+`.
 * 2. No backreferences (`\1`, `\k<name>`): they defeat every other analysis here.
 * 3. Two repeats one after the other that can consume the same characters (`.*x.*y`,
 *    `\d+\d+`, `\w+\s*\w+`) make matching polynomial: on a 3,000-character post, `.*.*b`
 *    already takes seconds. So along any path through the pattern at most one repeat may
 *    cover each kind of character (digits, letters, spaces, `_`, other ASCII, non-ASCII
 *    spaces, other non-ASCII)
 *    unless something mandatory of another kind sits between them (`\d+\.\d+` is fine).
 *    Lookarounds that contain a repeat count as a repeat of everything they can match.
 *
 * Character kinds are coarse (`[a-f]` and `[x-z]` are both "letters"), so a few harmless
 * patterns are refused too; the message says how to rewrite them. What is accepted runs in
 * at most quadratic time in the length of the post.
 */

const DIGIT = 1;
const LETTER = 2;
const SPACE = 4;
const UNDERSCORE = 8;
const OTHER_ASCII = 16;
const NON_ASCII_SPACE = 32;
const NON_ASCII_OTHER = 64;
const KINDS = [DIGIT, LETTER, SPACE, UNDERSCORE, OTHER_ASCII, NON_ASCII_SPACE, NON_ASCII_OTHER];
const ANY = DIGIT | LETTER | SPACE | UNDERSCORE | OTHER_ASCII | NON_ASCII_SPACE | NON_ASCII_OTHER;

interface Quantifier {
  min: number;
  max: number;
}
interface Atom {
  kind: 'atom';
  mask: number;
  zeroWidth: boolean;
}
interface Group {
  kind: 'group';
  alternatives: Item[][];
  lookaround: boolean;
}
interface Item {
  node: Atom | Group;
  quantifier: Quantifier;
}

const ONCE: Quantifier = { min: 1, max: 1 };

export const NESTED_REPEAT_MESSAGE =
  'repeats a group that itself contains a repeat or alternatives (like "(a+)+" or "(a|b)*"), which can take exponential time; use a character class such as "[ab]+" instead';
export const BACKREFERENCE_MESSAGE = 'uses a backreference (like "\\1"), which is not allowed in compliance rules';
export const UNANALYSABLE_MESSAGE = 'could not be checked for slow matching; write it more simply';
export const OVERLAPPING_REPEAT_MESSAGE =
  'has repeats one after another that can match the same characters (like ".*x.*" or "\\d+\\d+"), which is slow on long posts; a rule matches anywhere in the text, so drop leading and trailing ".*" and separate repeats with something fixed';

/**
 * A sentence fragment ("… which can take exponential time") saying why the regex is refused,
 * or null when it is safe. `source` must already compile with `flags`.
 */
export function findBacktrackingRisk(source: string, flags: string): string | null {
  const parser = new RegexShapeParser(source, flags.includes('u'));
  let tree: Item[][];
  try {
    tree = parser.parse();
  } catch {
    return UNANALYSABLE_MESSAGE; // fail closed: what cannot be read cannot be trusted
  }
  if (parser.hasBackreference) return BACKREFERENCE_MESSAGE;
  if (hasRepeatedVariableGroup(tree)) return NESTED_REPEAT_MESSAGE;
  try {
    walkAlternatives(tree, new Array<number>(KINDS.length).fill(0));
  } catch (error) {
    if (error instanceof OverlapFound) return OVERLAPPING_REPEAT_MESSAGE;
    throw error;
  }
  return null;
}

const isLoop = (q: Quantifier) => q.max > 1 && q.max > q.min;
const isVariable = (q: Quantifier) => q.max > q.min;

function hasRepeatedVariableGroup(alternatives: Item[][]): boolean {
  for (const sequence of alternatives) {
    for (const { node, quantifier } of sequence) {
      if (node.kind !== 'group') continue;
      if (quantifier.max > 1 && containsVariablePart(node)) return true;
      if (hasRepeatedVariableGroup(node.alternatives)) return true;
    }
  }
  return false;
}

function containsVariablePart(group: Group): boolean {
  if (group.alternatives.length > 1) return true;
  return group.alternatives.some((sequence) =>
    sequence.some(({ node, quantifier }) => isVariable(quantifier) || (node.kind === 'group' && containsVariablePart(node))),
  );
}

function containsLoop(group: Group): boolean {
  return group.alternatives.some((sequence) =>
    sequence.some(({ node, quantifier }) => isLoop(quantifier) || (node.kind === 'group' && containsLoop(node))),
  );
}

function unionMask(group: Group): number {
  let mask = 0;
  for (const sequence of group.alternatives) {
    for (const { node } of sequence) mask |= node.kind === 'atom' ? node.mask : unionMask(node);
  }
  return mask;
}

class OverlapFound extends Error {}

/**
 * `state[k]` = how many repeats covering character kind k can end here in one unbroken run.
 * Reaching 2 means two repeats can share a run of characters: polynomial backtracking.
 */
function walkAlternatives(alternatives: Item[][], state: number[]): number[] {
  const outputs = alternatives.map((sequence) => sequence.reduce((current, item) => walkItem(item, current), state));
  return state.map((_, k) => Math.max(...outputs.map((output) => output[k])));
}

function walkItem({ node, quantifier }: Item, state: number[]): number[] {
  if (quantifier.max === 0) return state;
  if (node.kind === 'atom') {
    if (node.zeroWidth) return state;
    return step(state, node.mask, quantifier);
  }
  if (node.lookaround) {
    walkAlternatives(node.alternatives, state.map(() => 0));
    if (containsLoop(node)) {
      const mask = unionMask(node);
      if (KINDS.some((kind, k) => mask & kind && state[k] >= 1)) throw new OverlapFound();
    }
    return state;
  }
  if (quantifier.max > 1) {
    // Only fixed parts inside (checked before), so one iteration is a fixed run of atoms:
    // the group can extend a run of kind k only if every mandatory part is of kind k.
    const atoms = node.alternatives[0].filter((item) => item.node.kind === 'group' || !item.node.zeroWidth);
    const mask = atoms.reduce((all, item) => all & (item.node.kind === 'atom' ? item.node.mask : unionMask(item.node)), ANY);
    return step(state, atoms.length === 0 ? 0 : mask, quantifier);
  }
  const through = walkAlternatives(node.alternatives, state);
  return quantifier.min === 0 ? state.map((value, k) => Math.max(value, through[k])) : through;
}

function step(state: number[], mask: number, quantifier: Quantifier): number[] {
  const loop = isLoop(quantifier);
  return state.map((value, k) => {
    const covers = (mask & KINDS[k]) !== 0;
    const through = covers ? value + (loop ? 1 : 0) : 0;
    if (through >= 2) throw new OverlapFound();
    return quantifier.min === 0 ? Math.max(value, through) : through;
  });
}

/** Just enough of JavaScript's regex grammar to see the shape; the pattern already compiled. */
class RegexShapeParser {
  private pos = 0;
  hasBackreference = false;

  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Item[][] {
    const tree = this.alternatives();
    if (this.pos < this.src.length) throw new Error(`Unexpected "${this.src[this.pos]}" at ${this.pos}.`);
    return tree;
  }

  /** Moves past the next `char`; a regex that compiled always has it where this is called. */
  private skipPast(char: string): void {
    const index = this.src.indexOf(char, this.pos);
    if (index < 0) throw new Error(`Expected "${char}" after ${this.pos}.`);
    this.pos = index + 1;
  }

  private alternatives(): Item[][] {
    const result = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      result.push(this.sequence());
    }
    return result;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const before = this.pos;
      const node = this.atom();
      if (this.pos <= before) throw new Error(`No progress at ${before}.`);
      items.push({ node, quantifier: this.quantifier() ?? ONCE });
    }
    return items;
  }

  private atom(): Atom | Group {
    const c = this.src[this.pos];
    if (c === '(') return this.group();
    if (c === '[') return { kind: 'atom', mask: this.characterClass().mask(), zeroWidth: false };
    if (c === '\\') return this.escape();
    this.pos++;
    if (c === '.') return { kind: 'atom', mask: ANY, zeroWidth: false };
    if (c === '^' || c === '$') return { kind: 'atom', mask: 0, zeroWidth: true };
    const code = this.src.codePointAt(this.pos - 1) ?? 0;
    if (code > 0xffff) this.pos++;
    return { kind: 'atom', mask: CharSet.of(code).mask(), zeroWidth: false };
  }

  private group(): Group {
    this.pos++;
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (this.src.startsWith('?=', this.pos) || this.src.startsWith('?!', this.pos)) {
      this.pos += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.pos) || this.src.startsWith('?<!', this.pos)) {
      this.pos += 3;
      lookaround = true;
    } else if (this.src.startsWith('?<', this.pos)) {
      this.skipPast('>');
    }
    const alternatives = this.alternatives();
    if (this.src[this.pos] !== ')') throw new Error(`Unclosed group before ${this.pos}.`);
    this.pos++;
    return { kind: 'group', alternatives, lookaround };
  }

  private quantifier(): Quantifier | null {
    const c = this.src[this.pos];
    let quantifier: Quantifier | null = null;
    if (c === '*') quantifier = { min: 0, max: Infinity };
    else if (c === '+') quantifier = { min: 1, max: Infinity };
    else if (c === '?') quantifier = { min: 0, max: 1 };
    if (quantifier) this.pos++;
    else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!braces) return null; // a literal "{" outside unicode mode
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
      quantifier = { min, max };
      this.pos += braces[0].length;
    }
    if (quantifier && this.src[this.pos] === '?') this.pos++; // lazy: same backtracking
    return quantifier;
  }

  private escape(): Atom {
    const atom = (mask: number, zeroWidth = false): Atom => ({ kind: 'atom', mask, zeroWidth });
    const c = this.src[this.pos + 1];
    if (c === 'b' || c === 'B') {
      this.pos += 2;
      return atom(0, true);
    }
    // Outside unicode mode "\k<" is a plain "k<" unless the pattern has named groups.
    const namedBackreference = c === 'k' && this.src[this.pos + 2] === '<' && (this.unicode || this.src.includes('(?<'));
    if (/[1-9]/.test(c) || namedBackreference) {
      this.hasBackreference = true;
      this.pos += 2;
      if (c === 'k') this.skipPast('>');
      else while (/\d/.test(this.src[this.pos] ?? '')) this.pos++;
      return atom(ANY);
    }
    return atom(this.classEscape().mask());
  }

  /** An escape that stands for characters, at `pos` (the backslash). */
  private classEscape(): CharSet {
    const c = this.src[this.pos + 1];
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S': {
        this.pos += 2;
        const base = c === 'd' || c === 'D' ? CharSet.range(48, 57) : c === 'w' || c === 'W' ? CharSet.word() : CharSet.space();
        return c === c.toUpperCase() ? base.complement() : base;
      }
      case 'p':
      case 'P':
        if (this.unicode && this.src[this.pos + 2] === '{') return this.propertyEscape(c === 'P');
        return CharSet.of(this.characterEscape());
      default:
        return CharSet.of(this.characterEscape());
    }
  }

  private propertyEscape(negated: boolean): CharSet {
    const start = this.pos + 3;
    this.skipPast('}');
    const name = this.src.slice(start, this.pos - 1);
    if (negated) return CharSet.all();
    if (/^(L|Letter|Lu|Ll|Lt|Lm|Lo|Alphabetic|Alpha|Uppercase|Lowercase|(Script|Script_Extensions|sc|scx)=.*)$/.test(name)) {
      return CharSet.letters();
    }
    if (/^(N|Number|Nd|Decimal_Number|digit)$/.test(name)) return CharSet.range(48, 57).withNonAscii();
    return CharSet.all();
  }

  /** The code point of an escape that stands for one character, such as \n, \x41 or \. */
  private characterEscape(): number {
    const c = this.src[this.pos + 1];
    this.pos += 2;
    // Outside unicode mode a malformed \x or \u is just the letter; take digits only when all are there.
    const hex = (length: number) => {
      const digits = this.src.slice(this.pos, this.pos + length);
      if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) return c.charCodeAt(0);
      this.pos += length;
      return parseInt(digits, 16);
    };
    switch (c) {
      case 'n':
        return 10;
      case 'r':
        return 13;
      case 't':
        return 9;
      case 'f':
        return 12;
      case 'v':
        return 11;
      case '0':
        return 0;
      case 'c':
        this.pos++;
        return 1;
      case 'x':
        return hex(2);
      case 'u':
        if (this.unicode && this.src[this.pos] === '{') {
          const start = this.pos + 1;
          this.skipPast('}');
          return parseInt(this.src.slice(start, this.pos - 1), 16);
        }
        return hex(4);
      default: {
        const code = this.src.codePointAt(this.pos - 1) ?? 0;
        if (code > 0xffff) this.pos++;
        return code;
      }
    }
  }

  private characterClass(): CharSet {
    this.pos++; // '['
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const set = new CharSet();
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const low = this.classMember();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && low.single !== null) {
        this.pos++;
        const high = this.classMember();
        if (high.single !== null) set.addRange(low.single, high.single);
        else set.add(low.set).add(high.set).addRange(45, 45);
      } else {
        set.add(low.set);
      }
    }
    if (this.src[this.pos] !== ']') throw new Error('Unclosed character class.');
    this.pos++;
    return negated ? set.complement() : set;
  }

  private classMember(): { set: CharSet; single: number | null } {
    if (this.src[this.pos] === '\\') {
      const c = this.src[this.pos + 1];
      if (c === 'b') {
        this.pos += 2;
        return { set: CharSet.of(8), single: 8 };
      }
      const isClass = /[dDwWsS]/.test(c) || (this.unicode && /[pP]/.test(c) && this.src[this.pos + 2] === '{');
      if (isClass) return { set: this.classEscape(), single: null };
      const code = this.characterEscape();
      return { set: CharSet.of(code), single: code };
    }
    const code = this.src.codePointAt(this.pos) ?? 0;
    this.pos += code > 0xffff ? 2 : 1;
    return { set: CharSet.of(code), single: code };
  }
}

type Coverage = 'none' | 'some' | 'all';

/**
 * The ASCII characters a piece can match, exactly, and roughly which non-ASCII ones:
 * whitespace (as in \s) and everything else, each none, some or all.
 */
class CharSet {
  private readonly ascii = new Array<boolean>(128).fill(false);
  private nonAsciiSpace: Coverage = 'none';
  private nonAsciiOther: Coverage = 'none';

  static of(code: number): CharSet {
    return new CharSet().addRange(code, code);
  }
  static range(low: number, high: number): CharSet {
    return new CharSet().addRange(low, high);
  }
  static word(): CharSet {
    return CharSet.range(48, 57).addRange(65, 90).addRange(97, 122).addRange(95, 95);
  }
  static space(): CharSet {
    const set = CharSet.range(9, 13).addRange(32, 32);
    set.nonAsciiSpace = 'all';
    return set;
  }
  static letters(): CharSet {
    return CharSet.range(65, 90).addRange(97, 122).withNonAscii();
  }
  static all(): CharSet {
    const set = CharSet.range(0, 127);
    set.nonAsciiSpace = 'all';
    set.nonAsciiOther = 'all';
    return set;
  }

  /** Some non-ASCII letters or digits (as in \p{L}). */
  withNonAscii(): this {
    this.nonAsciiOther = widest(this.nonAsciiOther, 'some');
    return this;
  }

  /** Letters count in both cases: compliance regexes always match case-insensitively. */
  addRange(low: number, high: number): this {
    for (let code = Math.max(0, low); code <= Math.min(high, 127); code++) {
      this.ascii[code] = true;
      if (code >= 65 && code <= 90) this.ascii[code + 32] = true;
      if (code >= 97 && code <= 122) this.ascii[code - 32] = true;
    }
    if (high > 127) {
      const single = low === high ? String.fromCodePoint(high) : null;
      if (single === null || /\s/u.test(single)) this.nonAsciiSpace = widest(this.nonAsciiSpace, 'some');
      if (single === null || !/\s/u.test(single)) this.nonAsciiOther = widest(this.nonAsciiOther, 'some');
    }
    return this;
  }

  add(other: CharSet): this {
    other.ascii.forEach((present, code) => {
      if (present) this.ascii[code] = true;
    });
    this.nonAsciiSpace = widest(this.nonAsciiSpace, other.nonAsciiSpace);
    this.nonAsciiOther = widest(this.nonAsciiOther, other.nonAsciiOther);
    return this;
  }

  complement(): CharSet {
    const result = new CharSet();
    this.ascii.forEach((present, code) => {
      if (!present) result.ascii[code] = true;
    });
    const flip = (coverage: Coverage): Coverage => (coverage === 'none' ? 'all' : coverage === 'all' ? 'none' : 'some');
    result.nonAsciiSpace = flip(this.nonAsciiSpace);
    result.nonAsciiOther = flip(this.nonAsciiOther);
    return result;
  }

  mask(): number {
    let mask = (this.nonAsciiSpace !== 'none' ? NON_ASCII_SPACE : 0) | (this.nonAsciiOther !== 'none' ? NON_ASCII_OTHER : 0);
    this.ascii.forEach((present, code) => {
      if (present) mask |= kindOf(code);
    });
    return mask;
  }
}

function widest(a: Coverage, b: Coverage): Coverage {
  return a === 'all' || b === 'all' ? 'all' : a === 'some' || b === 'some' ? 'some' : 'none';
}

function kindOf(code: number): number {
  if (code >= 48 && code <= 57) return DIGIT;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return LETTER;
  if ((code >= 9 && code <= 13) || code === 32) return SPACE;
  if (code === 95) return UNDERSCORE;
  return OTHER_ASCII;
}
