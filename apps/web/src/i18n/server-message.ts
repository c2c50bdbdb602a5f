import { formatMessage, isMessageCode, MESSAGE_CATALOG, type MessageCode, type MessageParams } from '@chorus/messages';
import { SERVER_MESSAGES_ID } from './server-messages.id';

/** What the server sends beside a sentence: its code and parameters (any of them may be missing). */
export interface ServerMessage {
  code?: unknown;
  params?: unknown;
  message?: unknown;
}

/** The parts of the i18n context that writing a server message needs. */
export interface MessageFormatting {
  locale: Locale;
  formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

export interface TranslateOptions {
  /** The form's labels for request fields, by the path the server names (`pointsMultiplier`, `weeklySlots.0.time`). */
  labels?: FieldLabels;
}

/** A form's label for a request field the server names, or undefined to keep the server's name. */
export type FieldLabels = Readonly<Record<string, string>> | ((field: string) => string | undefined);

// Kept free of browser APIs (and of locale.ts) so that jest runs it in Node; a language the UI
// adds needs its templates here, or passing its I18n to translateServerMessage fails the build.
const TEMPLATES = { en: MESSAGE_CATALOG, id: SERVER_MESSAGES_ID } satisfies Record<string, Readonly<Record<MessageCode, string>>>;

type Locale = keyof typeof TEMPLATES;

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * A server message in the reader's language: a known code is written from its template, with
 * dates (parameters ending in `At`) in the reader's timezone, numbers for the language and
 * fields named as the form labels them; an unknown code (a newer server, a message without
 * one) is the server's English sentence.
 */
export function translateServerMessage(source: ServerMessage, i18n: MessageFormatting, options: TranslateOptions = {}): string {
  const english = typeof source.message === 'string' ? source.message : '';
  if (!isMessageCode(source.code)) return english;
  const params = paramsOf(source.params);
  return formatMessage(TEMPLATES[i18n.locale][source.code], params, (name, value) => formatValue(name, value, i18n, options), TEMPLATES[i18n.locale]);
}

function formatValue(name: string, value: string | number, i18n: MessageFormatting, { labels }: TranslateOptions): string {
  if (typeof value === 'number') return i18n.formatNumber(value);
  if (name === 'field' || name.endsWith('Field')) return labelOf(value, labels) ?? value;
  if (name.endsWith('At') && !Number.isNaN(Date.parse(value))) return i18n.formatDate(value, DATE_TIME);
  return value;
}

/** The label of a field path, or of the nearest enclosing field the labels name (`weeklySlots.0.time` → `weeklySlots.0`). */
export function labelOf(field: string, labels: FieldLabels | undefined): string | undefined {
  if (!labels) return undefined;
  if (typeof labels === 'function') return labels(field);
  const key = fieldKeyOf(field, labels);
  return key === undefined ? undefined : labels[key];
}

/** Which of the form's fields a server path belongs to: the path itself or its nearest enclosing field. */
export function fieldKeyOf(field: string, fields: Readonly<Record<string, unknown>>): string | undefined {
  for (let path = field; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    if (Object.prototype.hasOwnProperty.call(fields, path)) return path;
  }
  return undefined;
}

function paramsOf(params: unknown): MessageParams {
  if (typeof params !== 'object' || params === null) return {};
  const result: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) result[name] = value;
  }
  return result;
}

/** A compliance verdict's sentence: one per rule of its decision, as the server joins them. */
export function translateVerdict(verdict: { decision: string; message: string; matches: readonly (ServerMessage & { action: string })[] }, i18n: MessageFormatting): string {
  const sentences = verdict.matches.filter((match) => match.action === verdict.decision && isMessageCode(match.code)).map((match) => translateServerMessage(match, i18n));
  return sentences.length > 0 ? sentences.join(' ') : verdict.message;
}
