import { Link, useLocation } from 'react-router-dom';
import { getMyPoints } from '../api/gamification';
import { useInterval, useResource } from '../hooks/useResource';
import { useI18n } from '../i18n/I18nContext';

/** The employee's points in the header, refreshed on every page change and every minute. */
export function PointsChip() {
  const { t, formatNumber } = useI18n();
  const { pathname } = useLocation();
  const points = useResource((signal) => getMyPoints(signal), [pathname]);
  useInterval(points.reload, 60_000, true);
  // Points are a bonus, not something to block on: without an answer there is no chip.
  if (!points.data) return null;
  return (
    <Link to="/points" className="points-chip" data-testid="header-points">
      <span aria-hidden="true">★</span> {t('header.points', { points: formatNumber(points.data.balance) })}
    </Link>
  );
}
