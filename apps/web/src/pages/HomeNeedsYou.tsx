import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { AppNotification, Share } from '../api/models';
import { queries } from '../api/queries';
import { useCurrentUser } from '../auth/AuthContext';
import { useI18n } from '../i18n/I18nContext';
import { NotificationItem } from './account/NotificationsPage';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** When this person last opened the home page on this device; a first visit looks back a week. */
export function useLastVisit(userId: string): number {
  const key = `chorus.lastHomeVisit.${userId}`;
  const [previous] = useState(() => {
    const stored = Number(window.localStorage.getItem(key));
    return Number.isFinite(stored) && stored > 0 ? stored : Date.now() - WEEK_MS;
  });
  useEffect(() => {
    window.localStorage.setItem(key, String(Date.now()));
  }, [key]);
  return previous;
}

interface NeedsYou {
  unread: AppNotification[];
  unreadCount: number;
  waiting: Share[];
}

/**
 * What needs the person now: unread notifications and shares waiting for them (to reconnect, or
 * sent back by a reviewer). An employee's next shares and new suggestions are in HomeSummary.
 */
export function HomeNeedsYou() {
  const t = useI18n().t;
  const user = useCurrentUser();
  const employee = user.roles.includes('employee');
  const notifications = useQuery(queries.unreadNotifications(5));
  const shares = useQuery({ ...queries.shares(), enabled: employee });

  // Shown once everything it is made of has arrived; on an error it stays away (the home page has the rest).
  if (!notifications.data || (employee && !shares.data)) return null;
  const mine = shares.data ?? [];
  const needs: NeedsYou = {
    unread: notifications.data.items,
    unreadCount: notifications.data.unreadCount,
    waiting: mine.filter((s) => s.status === 'needs_reconnect' || (s.status === 'draft' && s.reviewNote)),
  };
  const nothing = needs.unread.length + needs.waiting.length === 0;
  return (
    <section className="needs-you" aria-labelledby="needs-you-heading" data-testid="home-needs-you">
      <h2 id="needs-you-heading">{t('home.needsYou')}</h2>
      {nothing && <p data-testid="home-nothing">{t('home.nothingNeedsYou')}</p>}
      {needs.unread.length > 0 && (
        <div className="needs-you-group" data-testid="home-unread">
          <h3>{t('home.unreadNotifications', { count: needs.unreadCount })}</h3>
          <ul className="notification-list">
            {needs.unread.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} />
            ))}
          </ul>
          <p>
            <Link to="/notifications">{t('home.allNotifications')}</Link>
          </p>
        </div>
      )}
      {needs.waiting.length > 0 && (
        <div className="needs-you-group" data-testid="home-waiting">
          <h3>{t('home.waiting')}</h3>
          <ul className="plain-list">
            {needs.waiting.map((share) => (
              <li key={share.id}>
                <Link to={`/shares/${share.id}`}>{share.preview.title ?? t('home.untitledShare')}</Link>{' '}
                <span>{share.status === 'needs_reconnect' ? t('home.waitingReconnect') : t('home.waitingSentBack', { note: share.reviewNote ?? '' })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
