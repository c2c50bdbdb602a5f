import { Link } from 'react-router-dom';
import type { AnalyticsSummary, TopAdvocateItem, TopContentItem } from '../../api/models';
import { DataTable } from '../../components/DataTable';
import { useI18n } from '../../i18n/I18nContext';
import { DemoDataNotice, FigureCard, figureLabelKey, useMoney, usePercent } from './figures';

/** The headline figures of a summary, each beside its definition: the results page's and a campaign report's. */
export function Headline({ summary }: { summary: AnalyticsSummary }) {
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
      <DemoDataNotice shown={summary.demoData} />
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

/** The days a summary covers, in the reader's language, and the timezone they are counted in. */
export function RangeLine({ summary }: { summary: AnalyticsSummary }) {
  const { t, formatDate } = useI18n();
  const day = (value: string) => formatDate(`${value}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <p className="muted" data-testid="results-range">
      {t('results.range', { from: day(summary.from), to: day(summary.to), timezone: summary.timezone.replace(/_/g, ' ') })}
    </p>
  );
}

/** The top posts; each links to its own results where the reader may read content. */
export function TopContentTable({ items, linkPosts }: { items: readonly TopContentItem[]; linkPosts: boolean }) {
  const { t, formatNumber } = useI18n();
  return (
    <DataTable<TopContentItem>
      caption={t('results.topContent')}
      rows={items}
      rowKey={(item) => item.postId}
      rowProps={(item) => ({ 'data-testid': 'top-content-row', 'data-post-id': item.postId })}
      testId="top-content"
      columns={[
        { header: t('results.postColumn'), rowHeader: true, cell: (item) => (linkPosts ? <Link to={`/results?postId=${item.postId}`}>{item.title}</Link> : item.title) },
        { header: t('results.figure.shares'), numeric: true, cell: (item) => formatNumber(item.shares) },
        { header: t('results.figure.clicks'), numeric: true, cell: (item) => formatNumber(item.clicks) },
        { header: t('results.figure.reactions'), numeric: true, cell: (item) => formatNumber(item.reactions) },
        { header: t('results.figure.impressions'), numeric: true, cell: (item) => formatNumber(item.impressions) },
        { header: t('results.figure.conversions'), numeric: true, cell: (item) => formatNumber(item.conversions) },
      ]}
    />
  );
}

/** The top advocates (the API leaves out whoever opted out of leaderboards). */
export function TopAdvocatesTable({ items }: { items: readonly TopAdvocateItem[] }) {
  const { t, formatNumber } = useI18n();
  return (
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
  );
}
