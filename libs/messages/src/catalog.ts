import { NOTIFICATION_MESSAGES } from './notification-messages';
import { ANALYTICS_MESSAGES } from './catalog/analytics';
import { COMMON_MESSAGES } from './catalog/common';
import { COMPLIANCE_MESSAGES } from './catalog/compliance';
import { CONTENT_MESSAGES } from './catalog/content';
import { GAMIFICATION_MESSAGES } from './catalog/gamification';
import { HTTP_MESSAGES } from './catalog/http';
import { IDENTITY_MESSAGES } from './catalog/identity';
import { PUBLISHING_MESSAGES } from './catalog/publishing';
import { SHARE_MESSAGES } from './catalog/shares';
import { VALIDATION_MESSAGES } from './catalog/validation';

/**
 * Every sentence the server sends a person, by stable code: the English template the API puts in
 * `message`, and the key the web app translates (apps/web/src/i18n/server-messages.*.ts).
 * Placeholders look like `{name}`; a parameter whose name ends in `At` is an ISO instant that the
 * reader's locale and timezone format; numbers are formatted for the reader's language (pass a
 * position or an id as a string). `{@name}` writes the message whose code the parameter holds.
 * Codes are stable: rename one only together with its translations. Each area keeps its codes in
 * its own file under catalog/ (docs/development.md, "Messages").
 */
export const MESSAGE_CATALOG = {
  ...COMMON_MESSAGES,
  ...HTTP_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...IDENTITY_MESSAGES,
  ...CONTENT_MESSAGES,
  ...COMPLIANCE_MESSAGES,
  ...SHARE_MESSAGES,
  ...PUBLISHING_MESSAGES,
  ...GAMIFICATION_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...ANALYTICS_MESSAGES,
  'error.internal': 'Something went wrong on our side. Quote the error id if you contact support.',
  'error.notFound': 'Not found.',
  'error.conflict': 'This conflicts with something that was saved at the same moment; reload and try again.',
} as const satisfies Record<string, string>;

export type MessageCode = keyof typeof MESSAGE_CATALOG;

export { SHARE_WARNING_MESSAGES } from './catalog/shares';
