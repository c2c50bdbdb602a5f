import { formatMessage, MAIL_MESSAGES, MAIL_MESSAGES_ID, MailMessageCode, MessageParams, NOTIFICATION_MESSAGES, NOTIFICATION_MESSAGES_ID, NotificationCode } from '@chorus/messages';

/** The languages mails are written in; anything else reads English. */
export type MailLocale = 'en' | 'id';

export function mailLocale(locale: string | null | undefined): MailLocale {
  return locale?.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** Who reads it: their language and timezone decide how every sentence, date and number is written. */
export interface Reader {
  name: string;
  locale: MailLocale;
  timeZone: string;
  organizationName: string;
}

/** A user as a mail's reader: their name, language and timezone, and their organisation's name. */
export function readerOf(user: { name: string; locale: string | null; timezone: string }, organizationName: string): Reader {
  return { name: user.name, locale: mailLocale(user.locale), timeZone: user.timezone, organizationName };
}

const INTL_LOCALES: Record<MailLocale, string> = { en: 'en-GB', id: 'id-ID' };
const MAIL_TEMPLATES: Record<MailLocale, Record<MailMessageCode, string>> = { en: MAIL_MESSAGES, id: MAIL_MESSAGES_ID };
const NOTIFICATION_TEMPLATES: Record<MailLocale, Record<string, string>> = { en: NOTIFICATION_MESSAGES, id: NOTIFICATION_MESSAGES_ID };

/** Writes a parameter for the reader: numbers grouped, instants (`…At`) as a date and time in their timezone. */
export function readerValue(reader: Pick<Reader, 'locale' | 'timeZone'>): (name: string, value: string | number) => string {
  const intl = INTL_LOCALES[reader.locale];
  return (name, value) => {
    if (typeof value === 'number') return value.toLocaleString(intl);
    if (name.endsWith('At') && !Number.isNaN(Date.parse(value))) {
      return new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone: safeZone(reader.timeZone) }).format(new Date(value));
    }
    return value;
  };
}

function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

export function mailText(reader: Pick<Reader, 'locale' | 'timeZone'>, code: MailMessageCode, params: MessageParams = {}): string {
  return formatMessage(MAIL_TEMPLATES[reader.locale][code], params, readerValue(reader));
}

/** A notification's title and body in the reader's language (English when the code is unknown). */
export function notificationText(reader: Pick<Reader, 'locale' | 'timeZone'>, code: NotificationCode | string, params: MessageParams): { title: string; body: string } {
  const templates = NOTIFICATION_TEMPLATES[reader.locale];
  const write = (part: 'title' | 'body') => {
    const template = templates[`${code}.${part}`] ?? NOTIFICATION_MESSAGES[`${code}.${part}` as keyof typeof NOTIFICATION_MESSAGES] ?? '';
    return formatMessage(template, params, readerValue(reader)).replace(/\s+/g, ' ').trim();
  };
  return { title: write('title'), body: write('body') };
}

export interface MailLink {
  label: string;
  url: string;
}

export interface MailItem {
  title: string;
  body?: string;
  link?: MailLink;
}

/** What a mail says, before it is laid out as plain text and as HTML. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  action?: MailLink;
  sections?: { heading: string; items: MailItem[]; more?: string }[];
  /** The footer's links: the preferences page and, for what can be unsubscribed, the signed link. */
  preferencesUrl: string;
  unsubscribe?: MailLink;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The same content as plain text and as simple, inline-styled HTML (mail clients ignore style sheets). */
export function renderMail(reader: Reader, content: MailContent): RenderedMail {
  const greeting = mailText(reader, 'mail.greeting', { name: reader.name });
  const footer = mailText(reader, 'mail.footer', { organizationName: reader.organizationName });
  const preferences = mailText(reader, 'mail.preferences');
  const subject = oneLine(content.subject).slice(0, 300);

  const text: string[] = [greeting, '', ...content.paragraphs.flatMap((p) => [p, ''])];
  if (content.action) text.push(`${content.action.label}: ${content.action.url}`, '');
  for (const section of content.sections ?? []) {
    text.push(section.heading, '-'.repeat(Math.min(60, section.heading.length)));
    for (const item of section.items) {
      text.push(`* ${item.title}`);
      if (item.body) text.push(`  ${item.body}`);
      if (item.link) text.push(`  ${item.link.label}: ${item.link.url}`);
    }
    if (section.more) text.push(section.more);
    text.push('');
  }
  text.push('--', footer, `${preferences}: ${content.preferencesUrl}`);
  if (content.unsubscribe) text.push(`${content.unsubscribe.label}: ${content.unsubscribe.url}`);

  const p = (inner: string) => `<p style="margin:0 0 16px;line-height:1.5">${inner}</p>`;
  const a = (link: MailLink) => `<a href="${escapeHtml(link.url)}" style="color:#1d4ed8">${escapeHtml(link.label)}</a>`;
  const html: string[] = [
    `<!doctype html><html lang="${reader.locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1f2328">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">',
    `<p style="margin:0 0 16px;font-size:13px;color:#57606a">${escapeHtml(reader.organizationName)} · Chorus</p>`,
    p(escapeHtml(greeting)),
    ...content.paragraphs.map((para) => p(escapeHtml(para))),
  ];
  if (content.action) {
    html.push(
      `<p style="margin:0 0 24px"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  for (const section of content.sections ?? []) {
    html.push(`<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(section.heading)}</h2><ul style="padding-left:20px;margin:0 0 16px">`);
    for (const item of section.items) {
      html.push(
        `<li style="margin:0 0 12px"><strong>${escapeHtml(item.title)}</strong>${item.body ? `<br>${escapeHtml(item.body)}` : ''}${item.link ? `<br>${a(item.link)}` : ''}</li>`,
      );
    }
    html.push('</ul>');
    if (section.more) html.push(p(escapeHtml(section.more)));
  }
  html.push(
    '<hr style="border:none;border-top:1px solid #d0d7de;margin:24px 0 12px">',
    `<p style="margin:0 0 8px;font-size:12px;color:#57606a">${escapeHtml(footer)}</p>`,
    `<p style="margin:0;font-size:12px">${a({ label: preferences, url: content.preferencesUrl })}${content.unsubscribe ? ` · ${a(content.unsubscribe)}` : ''}</p>`,
    '</div></body></html>',
  );
  return { subject, text: text.join('\n'), html: html.join('\n') };
}

function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
