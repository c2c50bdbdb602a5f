import { DateTime } from 'luxon';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { AFFECTED_BY, markStale, queries, upsertInList } from '../../api/queries';
import { cancelShare } from '../../api/shares';
import { SHARE_STATUSES, type Share, type ShareStatus } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { FilterSelect } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { SegmentedControl } from '../../components/SegmentedControl';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { addWeeks, daysOf, sameLocalDay, startOfWeek } from '../../lib/time';

type View = 'list' | 'week';

function goingOut(share: Share): boolean {
  return share.status === 'publishing' || (share.status === 'scheduled' && share.scheduledAt !== null && Date.parse(share.scheduledAt) - Date.now() < 120_000);
}

/** Everything the employee wrote, approved and scheduled: as a list, or as their week. */
export function SharesPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'week' ? 'week' : 'list';
  const statusParam = params.get('status');
  const status = SHARE_STATUSES.includes(statusParam as ShareStatus) ? (statusParam as ShareStatus) : undefined;
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  // Followed closely while one of them is going out (or about to).
  const shares = useQuery({
    ...queries.shares(status),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.some(goingOut) ? 3000 : false),
  });

  function setParam(name: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  async function cancel(share: Share) {
    setError(null);
    try {
      const updated = await cancelShare(share.id);
      upsertInList(queryClient, queries.shares(status).queryKey, updated);
      queryClient.setQueryData(queries.share(updated.id).queryKey, updated);
      markStale(queryClient, AFFECTED_BY.share);
    } catch (cancelError) {
      setError(cancelError);
    }
  }

  return (
    <Page title={t('nav.shares')} intro={t('shares.intro')} testId="page-shares" actions={<Link to="/feed" className="button button-primary">{t('shares.writeNew')}</Link>}>
      <div className="toolbar">
        <SegmentedControl<View>
          legend={t('shares.view')}
          hideLegend
          value={view}
          onChange={(value) => setParam('view', value === 'week' ? 'week' : undefined)}
          options={[
            { value: 'list', label: t('shares.viewList') },
            { value: 'week', label: t('shares.viewWeek') },
          ]}
          testId="shares-view"
        />
        {view === 'list' && (
          <FilterSelect
            id="shares-status"
            label={t('shares.filter')}
            value={status ?? ''}
            onChange={(value) => setParam('status', value || undefined)}
            options={[{ value: '', label: t('shares.allStatuses') }, ...SHARE_STATUSES.map((option) => ({ value: option, label: t(`shareStatus.${option}`) }))]}
            testId="shares-filter"
          />
        )}
      </div>
      {error !== null && <ErrorText error={error} />}
      {shares.error !== null && !shares.data ? (
        <ErrorState error={shares.error} onRetry={shares.refetch} />
      ) : !shares.data ? (
        <LoadingState />
      ) : view === 'week' ? (
        <WeekCalendar shares={shares.data} />
      ) : shares.data.length === 0 ? (
        <EmptyState title={status ? t('shares.emptyFiltered') : t('shares.emptyTitle')} action={<Link to="/feed" className="button button-primary">{t('shares.goToFeed')}</Link>}>
          <p>{t('shares.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="share-list" data-testid="share-list">
          {shares.data.map((share) => (
            <ShareRow key={share.id} share={share} onCancel={() => cancel(share)} />
          ))}
        </ul>
      )}
    </Page>
  );
}

function ShareRow({ share, onCancel }: { share: Share; onCancel: () => Promise<void> }) {
  const { t, formatDate } = useI18n();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const moment =
    share.status === 'published' && share.publishedAt
      ? t('shares.publishedAt', { date: when(share.publishedAt) })
      : share.scheduledAt
        ? t('shares.scheduledAt', { date: when(share.scheduledAt) })
        : t('shares.updatedAt', { date: when(share.updatedAt) });
  return (
    <li className="card share-row" data-testid="share-row" data-share-id={share.id} data-status={share.status}>
      <div className="share-row-main">
        <div className="share-row-head">
          <StatusBadge status={share.status} />
          <span className="muted">{moment}</span>
          {share.status === 'published' && share.trackedUrl && (
            <span className="muted" data-testid="share-row-clicks" data-clicks={share.clicks}>
              {t('shares.clicks', { count: share.clicks })}
            </span>
          )}
        </div>
        <Link to={`/shares/${share.id}`} className="share-row-title">
          {share.preview.title ?? t('shares.untitled')}
        </Link>
        <p className="share-row-text">{share.preview.text}</p>
        {share.status === 'failed' && share.lastError && <p className="field-error">{share.lastError}</p>}
      </div>
      <div className="share-row-actions">
        <Link to={`/shares/${share.id}`} className="button button-secondary">
          {share.status === 'scheduled' ? t('shares.reschedule') : t('shares.open')}
          <span className="visually-hidden">: {share.preview.title}</span>
        </Link>
        {share.status === 'scheduled' && (
          <ConfirmButton question={t('composer.cancelQuestion')} confirmLabel={t('composer.cancelConfirm')} busyLabel={t('composer.cancelling')} onConfirm={onCancel} testId="share-row-cancel">
            {t('composer.cancelShare')}
          </ConfirmButton>
        )}
      </div>
    </li>
  );
}

function WeekCalendar({ shares }: { shares: Share[] }) {
  const { t, formatDate, locale } = useI18n();
  const user = useCurrentUser();
  const zone = user.timezone;
  const [offset, setOffset] = useState(0);
  const week = useMemo(() => addWeeks(startOfWeek(new Date(), zone), offset), [zone, offset]);
  const days = daysOf(week);
  const todayIso = DateTime.now().setZone(zone).toISODate();
  const timed = shares.filter((share) => share.scheduledAt ?? share.publishedAt);
  const at = (share: Share) => (share.status === 'published' ? (share.publishedAt ?? share.scheduledAt) : share.scheduledAt) ?? '';
  const unscheduled = shares.filter((share) => share.status === 'approved');
  const range = `${formatDate(days[0].toJSDate(), { day: 'numeric', month: 'short' })} – ${formatDate(days[6].toJSDate(), { day: 'numeric', month: 'short', year: 'numeric' })}`;

  return (
    <section className="week" aria-label={t('shares.weekOf', { range })} data-testid="week-calendar">
      <div className="week-nav">
        <button type="button" className="button button-secondary" onClick={() => setOffset((value) => value - 1)} data-testid="week-previous">
          <span aria-hidden="true">←</span> {t('shares.previousWeek')}
        </button>
        <p className="week-range" aria-live="polite">
          {range}
        </p>
        <button type="button" className="button button-secondary" onClick={() => setOffset((value) => value + 1)} data-testid="week-next">
          {t('shares.nextWeek')} <span aria-hidden="true">→</span>
        </button>
        {offset !== 0 && (
          <button type="button" className="button button-ghost" onClick={() => setOffset(0)}>
            {t('shares.thisWeek')}
          </button>
        )}
      </div>
      <p className="field-hint">{t('shares.weekZone', { zone })}</p>
      <ol className="week-grid">
        {days.map((day) => {
          const items = timed.filter((share) => sameLocalDay(at(share), day)).sort((a, b) => at(a).localeCompare(at(b)));
          const isToday = day.toISODate() === todayIso;
          return (
            <li key={day.toISODate()} className="week-day" data-today={isToday || undefined} aria-current={isToday ? 'date' : undefined}>
              <h3 className="week-day-title">{day.setLocale(locale === 'id' ? 'id' : 'en-GB').toFormat('ccc d')}</h3>
              {items.length === 0 ? (
                <p className="week-empty">{t('shares.nothingThatDay')}</p>
              ) : (
                <ul className="week-items">
                  {items.map((share) => (
                    <li key={share.id}>
                      <Link to={`/shares/${share.id}`} className="week-item" data-status={share.status}>
                        <span className="week-item-time">{formatDate(at(share), { timeStyle: 'short' })}</span>
                        <span className="week-item-title">{share.preview.title ?? t('shares.untitled')}</span>
                        <StatusBadge status={share.status} testId="week-item-status" />
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {unscheduled.length > 0 && (
        <p className="notice">
          {t('shares.waitingForTime', { count: unscheduled.length })} <Link to="/shares?status=approved">{t('shares.showThem')}</Link>
        </p>
      )}
    </section>
  );
}
