import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { exportUrl } from '../../api/analytics';
import { EXPORT_TABLES, isMetric, METRICS, type AnalyticsScope, type AnalyticsSummary, type Metric, type TopAdvocateItem, type TopContentItem } from '../../api/models';
import { queries } from '../../api/queries';
import { useCurrentUser } from '../../auth/AuthContext';
import { DataTable } from '../../components/DataTable';
import { DayBarChart } from '../../components/DayBarChart';
import { ErrorText } from '../../components/ErrorText';
import { FilterSelect } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { FigureCard, figureLabelKey, useMoney, usePercent } from './figures';

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

function Headline({ summary }: { summary: AnalyticsSummary }) {
  const { t, formatNumber } = useI18n();
  const money = useMoney();
  const percent = usePercent();
  const { emv, rates } = summary;
  const rate = (minor: number) => money(minor / 100, rates.currency);
  const count = (id: 'shares' | 'sharers' | 'clicks' | 'impressions' | 'reactions' | 'comments' | 'reshares' | 'conversions') => (
    <FigureCard key={id} id={id} value={formatNumber(summary[id])} raw={summary[id]} />
  );
  return (
    <>
      <RangeLine summary={summary} />
      <h2 className="results-heading">{t('results.reach')}</h2>
      <div className="stat-grid figure-grid">
        {count('shares')}
        {count('sharers')}
        <FigureCard id="participation" value={percent(summary.participation)} raw={summary.participation} definition={t('results.definition.participation', { sharers: summary.sharers, active: summary.activeEmployees })} />
        {count('clicks')}
        <FigureCard id="clickThrough" value={percent(summary.clickThrough)} raw={summary.clickThrough} />
        {count('impressions')}
        {count('reactions')}
        {count('comments')}
        {count('reshares')}
      </div>
      <h2 className="results-heading">{t('results.value')}</h2>
      <div className="stat-grid figure-grid">
        <FigureCard id="emv" value={money(emv.amount, emv.currency)} raw={emv.amount} wide>
          <ul className="emv-parts small" data-testid="emv-parts">
            {(['impressions', 'clicks', 'reactions', 'comments', 'reshares'] as const).map((part) => (
              <li key={part}>
                <span>{t(figureLabelKey(part))}</span> <span className="emv-part-value">{money(emv.parts[part], emv.currency)}</span>
              </li>
            ))}
          </ul>
          <p className="small muted" data-testid="emv-rates">
            {t('results.rates', { cpm: rate(rates.cpmMinor), cpc: rate(rates.cpcMinor), reaction: rate(rates.perReactionMinor), comment: rate(rates.perCommentMinor), reshare: rate(rates.perReshareMinor) })}{' '}
            {rates.customised ? null : t('results.ratesDefault')}
          </p>
        </FigureCard>
        {count('conversions')}
        <FigureCard id="conversionRate" value={percent(summary.conversionRate)} raw={summary.conversionRate} />
      </div>
    </>
  );
}

function RangeLine({ summary }: { summary: AnalyticsSummary }) {
  const { t, formatDate } = useI18n();
  const day = (value: string) => formatDate(`${value}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <p className="muted" data-testid="results-range">
      {t('results.range', { from: day(summary.from), to: day(summary.to), timezone: summary.timezone.replace(/_/g, ' ') })}
    </p>
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
  const { t, formatNumber } = useI18n();
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
          <DataTable<TopContentItem>
            caption={t('results.topContent')}
            rows={items}
            rowKey={(item) => item.postId}
            rowProps={(item) => ({ 'data-testid': 'top-content-row', 'data-post-id': item.postId })}
            testId="top-content"
            columns={[
              { header: t('results.postColumn'), rowHeader: true, cell: (item) => (readsContent ? <Link to={`/results?postId=${item.postId}`}>{item.title}</Link> : item.title) },
              { header: t('results.figure.shares'), numeric: true, cell: (item) => formatNumber(item.shares) },
              { header: t('results.figure.clicks'), numeric: true, cell: (item) => formatNumber(item.clicks) },
              { header: t('results.figure.reactions'), numeric: true, cell: (item) => formatNumber(item.reactions) },
              { header: t('results.figure.impressions'), numeric: true, cell: (item) => formatNumber(item.impressions) },
              { header: t('results.figure.conversions'), numeric: true, cell: (item) => formatNumber(item.conversions) },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}

function TopAdvocates({ scope }: { scope: AnalyticsScope }) {
  const { t, formatNumber } = useI18n();
  const top = useQuery({ ...queries.topAdvocates(scope, TOP_LIMIT), placeholderData: keepPreviousData });
  return (
    <section className="results-top" aria-labelledby="results-top-advocates-heading">
      <h2 id="results-top-advocates-heading" className="results-heading">
        {t('results.topAdvocates')}
      </h2>
      <p className="small muted">{t('results.optOutNote')}</p>
      <QueryView query={top} inlineError empty={<p className="muted">{t('results.noAdvocates')}</p>}>
        {(items) => (
          <DataTable<TopAdvocateItem>
            caption={t('results.topAdvocates')}
            rows={items}
            rowKey={(item) => item.userId}
            rowProps={(item) => ({ 'data-testid': 'top-advocate-row', 'data-user-id': item.userId })}
            testId="top-advocates"
            columns={[
              { header: t('results.nameColumn'), rowHeader: true, cell: (item) => item.name },
              { header: t('results.figure.shares'), numeric: true, cell: (item) => formatNumber(item.shares) },
              { header: t('results.figure.clicks'), numeric: true, cell: (item) => formatNumber(item.clicks) },
              { header: t('results.figure.reactions'), numeric: true, cell: (item) => formatNumber(item.reactions) },
              { header: t('results.figure.conversions'), numeric: true, cell: (item) => formatNumber(item.conversions) },
            ]}
          />
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
