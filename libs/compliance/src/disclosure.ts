/**
 * The organisation's disclosure (for example "#employee"), so readers know the author works
 * for the company. `append` adds it when missing; `require` makes the employee write it.
 */
export const DISCLOSURE_MODES = ['append', 'require'] as const;
export type DisclosureMode = (typeof DISCLOSURE_MODES)[number];

export interface DisclosureSetting {
  text: string;
  mode: DisclosureMode;
}

export interface DisclosureResult {
  /** The text to approve and post; the commentary unchanged when there is an `error`. */
  text: string;
  appended: boolean;
  /** Set only in `require` mode when the disclosure is missing: the sentence to show. */
  error?: string;
}

export const MAX_DISCLOSURE_LENGTH = 100;

/** One sentence per problem, naming the field; empty when the setting is usable. */
export function validateDisclosureSetting(setting: unknown): string[] {
  if (typeof setting !== 'object' || setting === null) {
    return ['The required disclosure must be an object with "text" and "mode".'];
  }
  const { text, mode } = setting as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push('The disclosure text must not be empty, for example "#employee".');
  } else if (text.trim().length > MAX_DISCLOSURE_LENGTH) {
    problems.push(`The disclosure text is ${text.trim().length} characters long; at most ${MAX_DISCLOSURE_LENGTH} are allowed.`);
  } else if (/[\r\n]/.test(text)) {
    problems.push('The disclosure text must fit on one line.');
  }
  if (!(DISCLOSURE_MODES as readonly unknown[]).includes(mode)) {
    problems.push(`The disclosure mode must be "append" or "require"; got ${JSON.stringify(mode) ?? 'nothing'}.`);
  }
  return problems;
}

/**
 * Whether the commentary already carries the disclosure: case-insensitive, as a whole token,
 * so "#Employee." counts but "#employees" and "my#employee" do not. Spaces inside a
 * multi-word disclosure may be any whitespace.
 */
export function hasDisclosure(commentary: string, disclosureText: string): boolean {
  const words = disclosureText.normalize('NFKC').trim().split(/\s+/u);
  if (words.length === 0 || words[0] === '') return true;
  const body = words.map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('\\s+');
  // "#" and "@" count as part of a token too, so "##employee" is not "#employee".
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_#@])${body}(?![\\p{L}\\p{N}\\p{M}_])`, 'iu').test(commentary.normalize('NFKC'));
}

/** The final text to approve and post, or the sentence to show when `require` is not met. */
export function applyDisclosure(commentary: string, setting: DisclosureSetting | null | undefined): DisclosureResult {
  const disclosure = setting?.text.trim() ?? '';
  if (!setting || disclosure === '' || hasDisclosure(commentary, disclosure)) {
    return { text: commentary, appended: false };
  }
  if (setting.mode === 'require') {
    return { text: commentary, appended: false, error: `Add "${disclosure}" to your commentary: your organisation requires it on every share.` };
  }
  const body = commentary.trimEnd();
  return { text: body === '' ? disclosure : `${body}\n\n${disclosure}`, appended: true };
}
