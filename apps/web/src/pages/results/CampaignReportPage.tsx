import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isCampaignGoal, METRICS, type CampaignProgress, type CampaignReport, type Metric } from '../../api/models';
import { queries } from '../../api/queries';
import { useCurrentUser } from '../../auth/AuthContext';
import { DayBarChart } from '../../components/DayBarChart';
import { FilterSelect } from '../../components/fields';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { figureLabelKey } from './figures';
import { campaignReportPath } from './report-path';
import { Headline, TopAdvocatesTable, TopContentTable } from './summary-parts';

/** Figures charted by day: the summary's series has every count per day, but no value per day. */
const CHARTED = METRICS.filter((metric): metric is Exclude<Metric, 'emv'> => metric !== 'emv');
type Charted = (typeof CHARTED)[number];
const isCharted = (value: string): value is Charted => (CHARTED as readonly string[]).includes(value);

/** What the chart shows first: what the campaign's target counts, else clicks. */
const OBJECTIVE_METRIC: Record<string, Charted> = { awareness: 'impressions', traffic: 'clicks', leads: 'conversions', hiring: 'conversions' };

/**
 * `/campaigns/:campaignId/report`: one campaign's results on one page that prints (or saves as
 * a PDF) on A4 without the app's header and navigation. The figures, their series and the top
 * lists come from one answer, so the printed page agrees with itself; the days are the
 * campaign's own unless the address names a range (docs/architecture.md, "Results").
 */
export function CampaignReportRoute() {
  const { campaignId = '' } = useParams();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const range = { from: params.get('from') || undefined, to: params.get('to') || undefined };
  const report = useQuery({ ...queries.campaignReport(campaignId, range), placeholderData: keepPreviousData });
  const back = <Link to={`/results?campaignId=${encodeURIComponent(campaignId)}`}>{t('report.back')}</Link>;
  const name = report.data?.campaign.name;
  return (
    <Page
      title={name ?? t('report.title')}
      documentTitle={name ? t('report.documentTitle', { name }) : t('report.title')}
      back={back}
      actions={
        report.data && (
          <button type="button" className="button button-primary no-print" onClick={() => window.print()} data-testid="report-print">
            {t('report.print')}
          </button>
        )
      }
      testId="page-campaign-report"
    >
      <QueryView query={report}>{(data) => <Report report={data} narrowed={range.from !== undefined || range.to !== undefined} />}</QueryView>
    </Page>
  );
}

function Report({ report, narrowed }: { report: CampaignReport; narrowed: boolean }) {
  const { t, formatDate, formatNumber } = useI18n();
  const user = useCurrentUser();
  const { campaign, progress, summary } = report;
  const [params, setParams] = useSearchParams();
  const metricParam = params.get('metric') ?? '';
  const metric: Charted = isCharted(metricParam) ? metricParam : (OBJECTIVE_METRIC[campaign.objective ?? ''] ?? 'clicks');
  // When the page was put together: a printed copy says how fresh its figures are.
  const [preparedAt] = useState(() => new Date());
  const instant = (iso: string) => formatDate(iso, { dateStyle: 'long' });

  function chooseMetric(value: string) {
    const next = new URLSearchParams(params);
    next.set('metric', value);
    setParams(next, { replace: true });
  }

  return (
    <div className="report" data-testid="campaign-report">
      <p className="report-kicker muted">{t('report.kicker', { organization: user.organization.name })}</p>
      <dl className="report-facts">
        <div>
          <dt>{t('campaigns.goal')}</dt>
          <dd data-testid="report-goal">{campaign.goal ? (isCampaignGoal(campaign.goal) ? t(`goal.${campaign.goal}`) : campaign.goal) : t('report.noGoal')}</dd>
        </div>
        <div>
          <dt>{t('report.campaignDates')}</dt>
          <dd data-testid="report-dates">
            {campaign.startsAt || campaign.endsAt ? `${campaign.startsAt ? instant(campaign.startsAt) : '…'} – ${campaign.endsAt ? instant(campaign.endsAt) : '…'}` : t('campaigns.noDates')}
          </dd>
        </div>
        <div>
          <dt>{t('report.prepared')}</dt>
          <dd data-testid="report-prepared">{formatDate(preparedAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        </div>
      </dl>

      <Objective progress={progress} />

      {narrowed && (
        <p className="small no-print">
          <Link to={campaignReportPath(campaign.id)} data-testid="report-whole-campaign">
            {t('report.wholeCampaign')}
          </Link>
        </p>
      )}
      <section data-testid="results-summary" data-ready="true" aria-label={t('report.figures')}>
        <Headline summary={summary} />
      </section>

      <section className="results-trend report-block" aria-labelledby="report-trend-heading">
        <div className="results-section-head">
          <h2 id="report-trend-heading" className="results-heading">
            {t('results.byDay')}
          </h2>
          <div className="no-print">
            <FilterSelect id="report-metric" label={t('results.metric')} value={metric} onChange={chooseMetric} options={CHARTED.map((option) => ({ value: option, label: t(figureLabelKey(option)) }))} testId="report-metric" />
          </div>
        </div>
        <DayBarChart
          caption={t('results.chartCaption', { metric: t(figureLabelKey(metric)) })}
          points={summary.series.map((day) => ({ day: day.day, value: day[metric] }))}
          valueLabel={(value) => formatNumber(value)}
          testId="report-chart"
        />
      </section>

      <div className="results-tops">
        <section className="results-top report-block" aria-labelledby="report-top-content-heading">
          <h2 id="report-top-content-heading" className="results-heading">
            {t('results.topContent')}
          </h2>
          {report.topContent.length === 0 ? <p className="muted">{t('results.noContent')}</p> : <TopContentTable items={report.topContent} linkPosts={false} />}
        </section>
        <section className="results-top report-block" aria-labelledby="report-top-advocates-heading">
          <h2 id="report-top-advocates-heading" className="results-heading">
            {t('results.topAdvocates')}
          </h2>
          <p className="small muted">{t('results.optOutNote')}</p>
          {report.topAdvocates.length === 0 ? <p className="muted">{t('results.noAdvocates')}</p> : <TopAdvocatesTable items={report.topAdvocates} />}
        </section>
      </div>
    </div>
  );
}

/** The campaign's objective and target and how much of it was reached, or that it has none. */
function Objective({ progress }: { progress: CampaignProgress | null }) {
  const { t, formatNumber, formatDate } = useI18n();
  if (!progress) {
    return (
      <p className="report-objective muted" data-testid="report-objective">
        {t('report.noObjective')}
      </p>
    );
  }
  const day = (value: string) => formatDate(`${value}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  const objective = progress.objective as 'awareness' | 'traffic' | 'leads' | 'hiring';
  const measure = progress.measure as 'impressions' | 'clicks' | 'leads' | 'applications';
  const shown = Math.min(1, progress.progress);
  const reached = t('campaigns.reached', { achieved: progress.achieved, target: progress.target, measure: t(`campaigns.measure.${measure}`), percent: formatNumber(progress.progress, { style: 'percent', maximumFractionDigits: 0 }) });
  return (
    <div className="card report-objective" data-testid="report-objective" data-achieved={progress.achieved} data-target={progress.target} data-progress={progress.progress}>
      <p className="report-objective-line">
        <strong>
          {t('campaigns.objective')}: {t(`campaigns.objective.${objective}`)}
        </strong>{' '}
        <span data-testid="report-progress">{reached}</span>
      </p>
      {/* A bar drawn as boxes rather than <progress>, whose look each browser prints its own way. */}
      <div className="report-progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(shown * 100)} aria-valuetext={reached} aria-label={t('campaigns.progressLabel', { name: progress.name })}>
        <span style={{ width: `${shown * 100}%` }} />
      </div>
      <p className="small muted">{t('report.progressDays', { from: day(progress.from), to: day(progress.to) })}</p>
    </div>
  );
}
