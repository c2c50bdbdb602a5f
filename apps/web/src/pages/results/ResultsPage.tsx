import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { exportUrl } from '../../api/analytics';
import { EXPORT_TABLES, isMetric, METRICS, type AnalyticsScope, type Metric } from '../../api/models';
import { queries } from '../../api/queries';
import { useCurrentUser } from '../../auth/AuthContext';
import { DayBarChart } from '../../components/DayBarChart';
import { ErrorText } from '../../components/ErrorText';
import { FilterSelect } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { figureLabelKey, useMoney } from './figures';
import { campaignReportPath } from './report-path';
import { Headline, TopAdvocatesTable, TopContentTable } from './summary-parts';

const TOP_LIMIT = 10;

/**
 * The organisation's results over a range of days, narrowed to a team, a campaign or a post:
 * headline figures with their definitions, a chart by day, the top content and advocates, and
 * the tables as CSV. Every figure is a count the API can reconcile (docs/architecture.md, "Results").
 */
export function ResultsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const readsContent = user.roles.includes('curator') || user.roles.includes('admin');
  const scope: AnalyticsScope = {
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    teamId: params.get('teamId') || undefined,
    campaignId: params.get('campaignId') || undefined,
    postId: params.get('postId') || undefined,
  };
  const metricParam = params.get('metric') ?? '';
  const metric: Metric = isMetric(metricParam) ? metricParam : 'clicks';
  const summary = useQuery({ ...queries.analyticsSummary(scope), placeholderData: keepPreviousData });
  const teams = useQuery(queries.teams());
  const campaigns = useQuery({ ...queries.campaigns(), enabled: readsContent });
  const post = useQuery({ ...queries.post(scope.postId ?? ''), enabled: readsContent && scope.postId !== undefined });

  function setParam(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  const labels = { from: t('results.from'), to: t('results.to'), teamId: t('results.team'), campaignId: t('results.campaign'), postId: t('results.post') };
  // The range the figures cover: what the address asks for, else the API's default (the last 30 days).
  const from = scope.from ?? summary.data?.from ?? '';
  const to = scope.to ?? summary.data?.to ?? '';

  return (
    <Page title={t('nav.results')} intro={t('results.intro')} testId="page-results">
      <div className="toolbar results-toolbar">
        <div className="toolbar-field">
          <label className="field-label" htmlFor="results-from">
            {t('results.from')}
          </label>
          <input id="results-from" className="input" type="date" value={from} max={to || undefined} onChange={(event) => setParam('from', event.target.value)} data-testid="results-from" />
        </div>
        <div className="toolbar-field">
          <label className="field-label" htmlFor="results-to">
            {t('results.to')}
          </label>
          <input id="results-to" className="input" type="date" value={to} min={from || undefined} onChange={(event) => setParam('to', event.target.value)} data-testid="results-to" />
        </div>
        <FilterSelect
          id="results-team"
          label={t('results.team')}
          value={scope.teamId ?? ''}
          onChange={(value) => setParam('teamId', value)}
          options={[{ value: '', label: t('results.allTeams') }, ...(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))]}
          testId="results-team"
        />
        {readsContent && (
          <FilterSelect
            id="results-campaign"
            label={t('results.campaign')}
            value={scope.campaignId ?? ''}
            onChange={(value) => setParam('campaignId', value)}
            options={[{ value: '', label: t('results.allCampaigns') }, ...(campaigns.data ?? []).map((campaign) => ({ value: campaign.id, label: campaign.name }))]}
            testId="results-campaign"
          />
        )}
      </div>
      {scope.campaignId && (
        <p className="results-report-link">
          <Link className="button button-secondary button-small" to={campaignReportPath(scope.campaignId, { from: scope.from, to: scope.to })} data-testid="results-campaign-report">
            {t('report.link')}
          </Link>
        </p>
      )}
      {scope.postId && (
        <p className="results-post" data-testid="results-post">
          {t('results.onlyPost', { title: post.data?.title ?? t('results.thisPost') })}{' '}
          <button type="button" className="button button-ghost button-small" onClick={() => setParam('postId', '')}>
            {t('results.allPosts')}
          </button>
        </p>
      )}

      {summary.error !== null && !summary.isFetching && <ErrorText error={summary.error} labels={labels} testId="results-error" />}
      <section aria-live="polite" aria-busy={summary.isFetching} data-testid="results-summary" data-ready={summary.data && !summary.isFetching ? 'true' : undefined}>
        {!summary.data ? summary.error === null ? <LoadingState /> : null : <Headline summary={summary.data} />}
      </section>

      {summary.data && (
        <>
          <Trend scope={scope} metric={metric} currency={summary.data.emv.currency} onMetric={(value) => setParam('metric', value === 'clicks' ? '' : value)} />
          <div className="results-tops">
            <TopContent scope={scope} />
            <TopAdvocates scope={scope} />
          </div>
          <Downloads scope={scope} />
        </>
      )}
    </Page>
  );
}

function Trend({ scope, metric, currency, onMetric }: { scope: AnalyticsScope; metric: Metric; currency: string; onMetric: (metric: Metric) => void }) {
  const { t, formatNumber } = useI18n();
  const money = useMoney();
  const series = useQuery({ ...queries.analyticsTimeseries(scope, metric), placeholderData: keepPreviousData });
  const valueLabel = (value: number) => (metric === 'emv' ? money(value, currency) : formatNumber(value));
  return (
    <section className="results-trend" aria-labelledby="results-trend-heading">
      <div className="results-section-head">
        <h2 id="results-trend-heading" className="results-heading">
          {t('results.byDay')}
        </h2>
        <FilterSelect id="results-metric" label={t('results.metric')} value={metric} onChange={(value) => onMetric(value as Metric)} options={METRICS.map((option) => ({ value: option, label: t(figureLabelKey(option)) }))} testId="results-metric" />
      </div>
      <QueryView query={series} inlineError>
        {(loaded) => <DayBarChart caption={t('results.chartCaption', { metric: t(figureLabelKey(loaded.metric)) })} points={loaded.points} valueLabel={valueLabel} testId="results-chart" />}
      </QueryView>
    </section>
  );
}

function TopContent({ scope }: { scope: AnalyticsScope }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const readsContent = user.roles.includes('curator') || user.roles.includes('admin');
  const top = useQuery({ ...queries.topContent(scope, TOP_LIMIT), placeholderData: keepPreviousData });
  return (
    <section className="results-top" aria-labelledby="results-top-content-heading">
      <h2 id="results-top-content-heading" className="results-heading">
        {t('results.topContent')}
      </h2>
      <QueryView query={top} inlineError empty={<p className="muted">{t('results.noContent')}</p>}>
        {(items) => (
          <TopContentTable items={items} linkPosts={readsContent} />
        )}
      </QueryView>
    </section>
  );
}

function TopAdvocates({ scope }: { scope: AnalyticsScope }) {
  const { t } = useI18n();
  const top = useQuery({ ...queries.topAdvocates(scope, TOP_LIMIT), placeholderData: keepPreviousData });
  return (
    <section className="results-top" aria-labelledby="results-top-advocates-heading">
      <h2 id="results-top-advocates-heading" className="results-heading">
        {t('results.topAdvocates')}
      </h2>
      <p className="small muted">{t('results.optOutNote')}</p>
      <QueryView query={top} inlineError empty={<p className="muted">{t('results.noAdvocates')}</p>}>
        {(items) => (
          <TopAdvocatesTable items={items} />
        )}
      </QueryView>
    </section>
  );
}

function Downloads({ scope }: { scope: AnalyticsScope }) {
  const { t } = useI18n();
  return (
    <section className="results-downloads" aria-labelledby="results-downloads-heading">
      <h2 id="results-downloads-heading" className="results-heading">
        {t('results.downloads')}
      </h2>
      <p className="small muted">{t('results.downloadsHint')}</p>
      <ul className="download-links">
        {EXPORT_TABLES.map((table) => (
          <li key={table}>
            <a className="button button-secondary" href={exportUrl(table, scope)} download={`${table}.csv`} data-testid={`export-${table}`}>
              {t(`results.export.${table}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
