import { formatMessage, MessageParams, NOTIFICATION_MESSAGES, NotificationCode } from '@chorus/messages';

const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** The English title and body of a notification, as stored beside its code. */
export function renderNotification(code: NotificationCode, params: MessageParams): { title: string; body: string } {
  const value = (name: string, v: string | number) => (name.endsWith('At') && typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? ENGLISH_DATE.format(new Date(v)) : String(v));
  const render = (template: string, max: number) => clip(formatMessage(template, params, value).replace(/\s+/g, ' ').trim(), max);
  return { title: render(NOTIFICATION_MESSAGES[`${code}.title`], 200), body: render(NOTIFICATION_MESSAGES[`${code}.body`], 4000) };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const NETWORK_NAMES: Record<string, string> = { linkedin: 'LinkedIn', x: 'X' };

/** A network's name as people write it, for notification parameters. */
export function networkName(network: string): string {
  return NETWORK_NAMES[network] ?? network;
}
