import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { queries } from '../api/queries';
import { useI18n } from '../i18n/I18nContext';

/**
 * An employee's day at a glance: their points, their next scheduled shares, and suggestions
 * new since their last visit (the newest few they have not shared when nothing is new).
 */
export function HomeSummary({ since }: { since: number }) {
  const { t, formatDate, formatNumber } = useI18n();
  const points = useQuery(queries.myPoints());
  const shares = useQuery(queries.shares());
  const feed = useQuery(queries.feed(20));

  const scheduled = (shares.data ?? [])
    .filter((s) => s.status === 'scheduled' && s.scheduledAt)
    .sort((a, b) => a.scheduledAt!.localeCompare(b.scheduledAt!))
    .slice(0, 3);
  const open = (feed.data?.items ?? []).filter((post) => !post.sharedByMe && !post.myShare);
  const fresh = open.filter((post) => post.publishedAt && Date.parse(post.publishedAt) > since);
  const suggestions = (fresh.length > 0 ? fresh : open).slice(0, fresh.length > 0 ? 5 : 3);

  return (
    <section className="home-summary" aria-label={t('home.summary')} data-testid="home-summary">
      <div className="card home-summary-card" data-testid="home-points">
        <h2 className="home-summary-title">{t('home.pointsTitle')}</h2>
        <p className="stat-value">{points.data ? formatNumber(points.data.balance) : '–'}</p>
        {points.data && <p className="muted small">{t('points.earnedMonth', { points: points.data.totals.month })}</p>}
        <p className="home-summary-links">
          <Link to="/points">{t('nav.points')}</Link>
          <Link to="/board">{t('nav.board')}</Link>
        </p>
      </div>
      <div className="card home-summary-card" data-testid="home-scheduled">
        <h2 className="home-summary-title">{t('home.nextScheduled')}</h2>
        {!shares.data ? (
          <p className="muted">{t('common.loading')}</p>
        ) : scheduled.length === 0 ? (
          <p className="muted" data-testid="home-scheduled-none">
            {t('home.nothingScheduled')} <Link to="/feed">{t('home.pickAPost')}</Link>
          </p>
        ) : (
          <ul className="plain-list">
            {scheduled.map((share) => (
              <li key={share.id}>
                <Link to={`/shares/${share.id}`}>{share.preview.title ?? t('home.untitledShare')}</Link>{' '}
                <span className="muted small block">{t('home.scheduledFor', { date: formatDate(share.scheduledAt!, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card home-summary-card" data-testid="home-suggestions" data-new={fresh.length > 0 || undefined}>
        <h2 className="home-summary-title">{fresh.length > 0 ? t('home.newSuggestions') : t('home.newestSuggestions')}</h2>
        {!feed.data ? (
          <p className="muted">{t('common.loading')}</p>
        ) : suggestions.length === 0 ? (
          <p className="muted">{t('home.noSuggestions')}</p>
        ) : (
          <ul className="plain-list">
            {suggestions.map((post) => (
              <li key={post.id}>
                <Link to={`/feed/${post.id}/share`}>{post.title}</Link>
                {post.pointsForSharing && post.pointsForSharing.published > 0 && <span className="muted small block">{t('feed.points', { points: post.pointsForSharing.published })}</span>}
              </li>
            ))}
          </ul>
        )}
        <p className="home-summary-links">
          <Link to="/feed">{t('home.allSuggestions')}</Link>
        </p>
      </div>
    </section>
  );
}
