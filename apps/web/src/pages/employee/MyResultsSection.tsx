import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { DayBarChart } from '../../components/DayBarChart';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { DemoDataNotice, FigureCard } from '../results/figures';

const MINE = ['shares', 'clicks', 'impressions', 'reactions', 'comments', 'reshares', 'conversions'] as const;

/** What the caller's own shares earned over the last 30 days; nobody else's figures. */
export function MyResultsSection() {
  const { t, formatNumber } = useI18n();
  const mine = useQuery(queries.myAnalytics());
  return (
    <section className="my-results" aria-labelledby="my-results-heading" data-testid="my-results" data-ready={mine.data ? 'true' : undefined}>
      <h2 id="my-results-heading">{t('myResults.heading')}</h2>
      <p className="muted">{t('myResults.intro')}</p>
      <QueryView query={mine} inlineError>
        {(figures) => (
          <>
            <DemoDataNotice shown={figures.demoData} />
            <div className="stat-grid figure-grid">
              {MINE.map((id) => (
                <FigureCard key={id} id={id} value={formatNumber(figures[id])} raw={figures[id]} definition={t(`myResults.definition.${id}`)} />
              ))}
              <FigureCard id="points" value={formatNumber(figures.points)} raw={figures.points} definition={t('myResults.definition.points')} />
            </div>
            <DayBarChart
              caption={t('myResults.chartCaption')}
              points={figures.series.map((day) => ({ day: day.day, value: day.clicks }))}
              valueLabel={(value) => formatNumber(value)}
              testId="my-results-chart"
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
