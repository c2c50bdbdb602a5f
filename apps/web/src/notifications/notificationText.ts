import { formatMessage, NOTIFICATION_MESSAGES, type NotificationMessageCode } from '@chorus/messages';
import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { notificationsId } from '../i18n/notifications.id';
import type { AppNotification } from '../api/models';

const TRANSLATIONS = { en: NOTIFICATION_MESSAGES, id: notificationsId } as const;

function isMessageCode(code: string): code is NotificationMessageCode {
  return Object.hasOwn(NOTIFICATION_MESSAGES, code);
}

/**
 * A notification's title and body in the reader's language: its code's translation filled
 * with its parameters (instants, `…At`, in the reader's locale and timezone; numbers formatted);
 * the stored English when the code is unknown here (an older or newer server).
 */
export function useNotificationText(): (notification: AppNotification) => { title: string; body: string } {
  const { locale, formatDate, formatNumber } = useI18n();
  return useCallback(
    (notification) => {
      const { code, params } = notification;
      const titleCode = `${code}.title`;
      const bodyCode = `${code}.body`;
      if (!code || !isMessageCode(titleCode) || !isMessageCode(bodyCode)) return { title: notification.title, body: notification.body };
      const value = (name: string, v: string | number) =>
        typeof v === 'number' ? formatNumber(v) : name.endsWith('At') && !Number.isNaN(Date.parse(v)) ? formatDate(v, { dateStyle: 'medium' }) : v;
      const render = (key: NotificationMessageCode) => formatMessage(TRANSLATIONS[locale][key], params, value).replace(/\s+/g, ' ').trim();
      return { title: render(titleCode), body: render(bodyCode) };
    },
    [locale, formatDate, formatNumber],
  );
}
