import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { queries } from '../api/queries';
import { useRefetchOnNavigation } from '../hooks/useRefetchOnNavigation';
import { useI18n } from '../i18n/I18nContext';

/** The employee's points in the header, refreshed on every page change and every minute. */
export function PointsChip() {
  const { t, formatNumber } = useI18n();
  const points = useQuery({ ...queries.myPoints(), refetchInterval: 60_000 });
  useRefetchOnNavigation(points.refetch);
  // Points are a bonus, not something to block on: without an answer there is no chip.
  if (!points.data) return null;
  return (
    <Link to="/points" className="points-chip" data-testid="header-points">
      <span aria-hidden="true">★</span> {t('header.points', { points: formatNumber(points.data.balance) })}
    </Link>
  );
}
