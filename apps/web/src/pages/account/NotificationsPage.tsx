import { useState } from 'react';
import { Link } from 'react-router-dom';
import { BusyButton } from '../../components/BusyButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nContext';
import {
  announceNotificationsChanged,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type AppNotification,
  type NotificationList,
} from '../../notifications/notificationsApi';
import { useNotificationText } from '../../notifications/notificationText';

type Filter = 'all' | 'unread';

/** Everything Chorus told the person, newest first, with a way to each thing it is about. */
export function NotificationsPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<Filter>('all');
  const list = useResource((signal) => listNotifications({ unreadOnly: filter === 'unread', limit: 30, signal }), [filter]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function act(key: string, work: () => Promise<(current: NotificationList) => NotificationList>) {
    setBusy(key);
    setError(null);
    try {
      const update = await work();
      list.setData((current) => update(current!));
      announceNotificationsChanged();
    } catch (actError) {
      setError(actError);
    } finally {
      setBusy(null);
    }
  }

  const markOne = (notification: AppNotification) =>
    act(notification.id, async () => {
      await markNotificationRead(notification.id);
      const readAt = new Date().toISOString();
      return (current) => ({
        ...current,
        unreadCount: Math.max(0, current.unreadCount - (notification.readAt ? 0 : 1)),
        items: filter === 'unread' ? current.items.filter((n) => n.id !== notification.id) : current.items.map((n) => (n.id === notification.id ? { ...n, readAt: n.readAt ?? readAt } : n)),
      });
    });

  const markAll = () =>
    act('all', async () => {
      await markAllNotificationsRead();
      const readAt = new Date().toISOString();
      return (current) => ({ ...current, unreadCount: 0, items: filter === 'unread' ? [] : current.items.map((n) => ({ ...n, readAt: n.readAt ?? readAt })) });
    });

  const loadMore = () =>
    act('more', async () => {
      const next = await listNotifications({ unreadOnly: filter === 'unread', limit: 30, cursor: list.data?.nextCursor });
      return (current) => ({ ...next, items: [...current.items, ...next.items] });
    });

  const data = list.data;
  return (
    <Page
      title={t('notifications.pageTitle')}
      intro={t('notifications.intro')}
      testId="page-notifications"
      actions={
        data && data.unreadCount > 0 ? (
          <BusyButton busy={busy === 'all'} busyLabel={t('common.saving')} onClick={markAll} testId="mark-all-read">
            {t('notifications.markAllRead')}
          </BusyButton>
        ) : undefined
      }
    >
      <div className="notifications-toolbar">
        <SegmentedControl<Filter>
          legend={t('notifications.show')}
          hideLegend
          testId="notifications-filter"
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread') },
          ]}
        />
        {data && (
          <p className="notifications-count" data-testid="unread-count">
            {t('notifications.unreadCount', { count: data.unreadCount })}
          </p>
        )}
      </div>
      {error !== null && <ErrorText error={error} />}
      {list.error !== null && !data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : !data ? (
        <LoadingState />
      ) : data.items.length === 0 ? (
        <EmptyState title={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}>{t('notifications.emptyBody')}</EmptyState>
      ) : (
        <>
          <ul className="notification-list" data-testid="notification-list">
            {data.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} busy={busy === notification.id} onRead={() => markOne(notification)} />
            ))}
          </ul>
          {data.nextCursor && (
            <BusyButton busy={busy === 'more'} busyLabel={t('common.loading')} onClick={loadMore} testId="notifications-more">
              {t('notifications.loadMore')}
            </BusyButton>
          )}
        </>
      )}
    </Page>
  );
}

export function NotificationItem({ notification, busy, onRead }: { notification: AppNotification; busy?: boolean; onRead?: () => void }) {
  const { t, formatDate } = useI18n();
  const text = useNotificationText()(notification);
  const unread = notification.readAt === null;
  const external = notification.link !== null && /^https?:\/\//.test(notification.link);
  const open = () => {
    if (unread && onRead) onRead();
  };
  return (
    <li className="card notification-item" data-unread={unread || undefined} data-kind={notification.kind} data-testid="notification">
      <div className="notification-main">
        <p className="notification-title">
          {unread && <span className="notification-dot" aria-hidden="true" />}
          {notification.link === null ? (
            <span>{text.title}</span>
          ) : external ? (
            <a href={notification.link} target="_blank" rel="noopener noreferrer" onClick={open}>
              {text.title} <span className="visually-hidden">({t('common.opensInNewTab')})</span>
            </a>
          ) : (
            <Link to={notification.link} onClick={open}>
              {text.title}
            </Link>
          )}
          {unread && <span className="visually-hidden"> ({t('notifications.unread')})</span>}
        </p>
        <p className="notification-body">{text.body}</p>
        <p className="notification-time">
          <time dateTime={notification.createdAt}>{formatDate(notification.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
        </p>
      </div>
      {unread && onRead && (
        <BusyButton variant="ghost" busy={busy ?? false} busyLabel={t('common.saving')} onClick={onRead} testId="mark-read" aria-label={t('notifications.markReadNamed', { title: text.title })}>
          {t('notifications.markRead')}
        </BusyButton>
      )}
    </li>
  );
}
