import { NOTIFICATION_MESSAGES } from './notification-messages';

/**
 * Every sentence the server sends a person, by stable code: the English template the API puts in
 * `message`, and the key the web app translates (apps/web/src/i18n/server-messages.*.ts).
 * Placeholders look like `{name}`; a parameter whose name ends in `At` is an ISO instant that the
 * reader's locale and timezone format; numbers are formatted for the reader's language.
 * Codes are stable: rename one only together with its translations. Notifications' sentences
 * are kept apart, in notification-messages.ts.
 */
export const MESSAGE_CATALOG = {
  ...NOTIFICATION_MESSAGES,
  'error.internal': 'Something went wrong on our side. Quote the error id if you contact support.',
  'error.notFound': 'Not found.',
  'error.conflict': 'This conflicts with something that was saved at the same moment; reload and try again.',
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof MESSAGE_CATALOG;
