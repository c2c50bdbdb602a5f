import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { queries } from '../api/queries';
import { useI18n } from '../i18n/I18nContext';

/** The employee's points in the header, refreshed on every page change and every minute. */
export function PointsChip() {
  const { t, formatNumber } = useI18n();
  const { pathname } = useLocation();
  const points = useQuery({ ...queries.myPoints(), refetchInterval: 60_000 });
  const { refetch } = points;
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    void refetch();
  }, [pathname, refetch]);
  // Points are a bonus, not something to block on: without an answer there is no chip.
  if (!points.data) return null;
  return (
    <Link to="/points" className="points-chip" data-testid="header-points">
      <span aria-hidden="true">★</span> {t('header.points', { points: formatNumber(points.data.balance) })}
    </Link>
  );
}
