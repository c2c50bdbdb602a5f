import { MESSAGE_CATALOG, type MessageCode } from './catalog';

export type MessageParams = Record<string, string | number>;

/** A sentence for a person: its code and parameters (for translation) beside the English. */
export interface UserMessage {
  code: MessageCode;
  params: MessageParams;
  message: string;
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function formatMessage(template: string, params: MessageParams, formatValue: (name: string, value: string | number) => string = (_n, v) => String(v)): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (params[name] === undefined ? placeholder : formatValue(name, params[name])));
}

export function userMessage(code: MessageCode, params: MessageParams = {}): UserMessage {
  return { code, params, message: formatMessage(MESSAGE_CATALOG[code], params) };
}

/** The placeholders a template uses, for checking that translations keep them. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
