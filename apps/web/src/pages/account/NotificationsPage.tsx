import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { AppNotification, NotificationList } from '../../api/models';
import { markAllNotificationsRead, markNotificationRead } from '../../api/notifications';
import { AFFECTED_BY, invalidate, queries } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useI18n } from '../../i18n/I18nContext';
import { useNotificationText } from '../../notifications/notificationText';

type Filter = 'all' | 'unread';

const PAGE_SIZE = 30;

/** Everything Chorus told the person, newest first, with a way to each thing it is about. */
export function NotificationsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('all');
  const pages = queries.notificationPages(filter, PAGE_SIZE);
  const list = useInfiniteQuery(pages);
  const [error, setError] = useState<unknown>(null);

  /** Shows the change at once in the list on screen, then has every notifications key (the bell, the home page) asked again. */
  function patched(update: (page: NotificationList) => NotificationList) {
    queryClient.setQueryData<InfiniteData<NotificationList, string | null>>(pages.queryKey, (current) => current && { ...current, pages: current.pages.map(update) });
    invalidate(queryClient, AFFECTED_BY.notificationsRead);
  }

  const markOne = useMutation({
    mutationFn: (notification: AppNotification) => markNotificationRead(notification.id),
    onMutate: () => setError(null),
    onError: setError,
    onSuccess: (_, notification) => {
      const readAt = new Date().toISOString();
      patched((page) => ({
        ...page,
        unreadCount: Math.max(0, page.unreadCount - (notification.readAt ? 0 : 1)),
        items: filter === 'unread' ? page.items.filter((n) => n.id !== notification.id) : page.items.map((n) => (n.id === notification.id ? { ...n, readAt: n.readAt ?? readAt } : n)),
      }));
    },
  });

  const markAll = useMutation({
    mutationFn: markAllNotificationsRead,
    onMutate: () => setError(null),
    onError: setError,
    onSuccess: () => {
      const readAt = new Date().toISOString();
      patched((page) => ({ ...page, unreadCount: 0, items: filter === 'unread' ? [] : page.items.map((n) => ({ ...n, readAt: n.readAt ?? readAt })) }));
    },
  });

  const loaded = list.data?.pages;
  // The newest answer knows the count best (a later page was asked for after the first).
  const data = loaded && { items: loaded.flatMap((page) => page.items), unreadCount: loaded[loaded.length - 1]!.unreadCount };
  const busyId = markOne.isPending ? markOne.variables.id : null;
  return (
    <Page
      title={t('notifications.pageTitle')}
      intro={t('notifications.intro')}
      testId="page-notifications"
      actions={
        data && data.unreadCount > 0 ? (
          <BusyButton busy={markAll.isPending} busyLabel={t('common.saving')} onClick={() => markAll.mutate()} testId="mark-all-read">
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
      {list.isFetchNextPageError && <ErrorText error={list.error} />}
      {list.error !== null && !data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : data.items.length === 0 ? (
        <EmptyState title={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')}>{t('notifications.emptyBody')}</EmptyState>
      ) : (
        <>
          <ul className="notification-list" data-testid="notification-list">
            {data.items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} busy={busyId === notification.id} onRead={() => markOne.mutate(notification)} />
            ))}
          </ul>
          {list.hasNextPage && (
            <BusyButton busy={list.isFetchingNextPage} busyLabel={t('common.loading')} onClick={() => void list.fetchNextPage()} testId="notifications-more">
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
