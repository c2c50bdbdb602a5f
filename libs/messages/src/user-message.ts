import { MESSAGE_CATALOG, type MessageCode } from './catalog';

export type MessageParams = Record<string, string | number>;

/** A sentence for a person: its code and parameters (for translation) beside the English. */
export interface UserMessage {
  code: MessageCode;
  params: MessageParams;
  message: string;
}

/** One problem of a request that names where it is (`weeklySlots.0.time`, a CSV column …). */
export interface FieldMessage extends UserMessage {
  field: string;
}

/** Writes a parameter's value into a sentence; the default writes it as it is. */
export type ValueFormatter = (name: string, value: string | number) => string;

/** Nested messages deeper than this are written as their code: a cycle must not hang the caller. */
const MAX_NESTING = 4;

/**
 * Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing.
 * `{@name}` writes another message of `templates` whose code is the parameter's value, with
 * the same parameters: how one sentence takes a part that differs case by case ("This share
 * is published", "1 second" or "5 minutes") and is still translated whole.
 */
export function formatMessage(
  template: string,
  params: MessageParams,
  formatValue: ValueFormatter = (_n, v) => String(v),
  templates: Readonly<Record<string, string>> = MESSAGE_CATALOG,
  depth = 0,
): string {
  return template.replace(/\{(@?)(\w+)\}/g, (placeholder, nested: string, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    if (nested) {
      const part = typeof value === 'string' && depth < MAX_NESTING ? templates[value] : undefined;
      return part === undefined ? String(value) : formatMessage(part, params, formatValue, templates, depth + 1);
    }
    return formatValue(name, value);
  });
}

/** English as the API writes it: numbers grouped (1,000); strings, ISO dates included, as they are. */
export const englishValue: ValueFormatter = (_name, value) => (typeof value === 'number' ? value.toLocaleString('en') : value);

export function userMessage(code: MessageCode, params: MessageParams = {}): UserMessage {
  return { code, params, message: formatMessage(MESSAGE_CATALOG[code], params, englishValue) };
}

/** A problem with one field; the field is also the `field` parameter, which sentences start with. */
export function fieldMessage(field: string, code: MessageCode, params: MessageParams = {}): FieldMessage {
  return { field, ...userMessage(code, { field, ...params }) };
}

/**
 * The payload of a 4xx about one request field that a service refused ("endsAt must be after
 * startsAt"): its sentence and code, and `errors` naming the field, as validation errors do.
 */
export function fieldProblem(field: string, code: MessageCode, params: MessageParams = {}): UserMessage & { errors: FieldMessage[] } {
  const problem = fieldMessage(field, code, params);
  return { code: problem.code, params: problem.params, message: problem.message, errors: [problem] };
}

/** The placeholders a template uses (`@` marks a nested message), sorted, for checking that translations keep them. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(@?\w+)\}/g)].map((m) => m[1]))].sort();
}

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGE_CATALOG, value);
}

/**
 * An error whose sentence is for a person: the api's exception filter answers it with its
 * code and parameters. Libraries throw subclasses of it for domain errors (a share that
 * cannot move, a pattern that cannot be used) without knowing about HTTP.
 */
export class UserMessageError extends Error {
  constructor(readonly userMessage: UserMessage) {
    super(userMessage.message);
  }
}
