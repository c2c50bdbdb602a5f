import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { queries } from '../api/queries';
import { useRefetchOnNavigation } from '../hooks/useRefetchOnNavigation';
import { useI18n } from '../i18n/I18nContext';

/** How often the unread count is asked for while the app is open. */
const POLL_MS = 30_000;

/**
 * The header's way to the notifications, with the unread count. It asks again every 30 s,
 * after each navigation, and whenever a page marks something read (which invalidates the
 * notifications keys). A failed poll keeps the last count; the next one tries again.
 */
export function NotificationBell() {
  const { t, formatNumber } = useI18n();
  const { data, refetch } = useQuery({ ...queries.unreadNotifications(1), refetchInterval: POLL_MS });
  useRefetchOnNavigation(refetch);
  const unread = data?.unreadCount ?? 0;

  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Link to="/notifications" className="button button-ghost notification-bell" aria-label={label} title={label} data-testid="notification-bell" data-unread={unread}>
      <svg className="notification-bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="notification-bell-count" aria-hidden="true" data-testid="notification-count">
          {unread > 99 ? '99+' : formatNumber(unread)}
        </span>
      )}
    </Link>
  );
}
