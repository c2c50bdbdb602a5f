import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext';

export interface DayValue {
  /** A calendar day, YYYY-MM-DD (in the organisation's timezone, as the API counts). */
  day: string;
  value: number;
}

interface DayBarChartProps {
  caption: string;
  points: readonly DayValue[];
  /** Formats a value for reading, e.g. "12 clicks" or "Rp 75.000". */
  valueLabel: (value: number) => string;
  testId?: string;
}

const BAR_WIDTH = 10;
const HEIGHT = 100;

/** A calendar day as the reader writes it; the day is already the organisation's, so no timezone shifts it. */
export function useDayFormat(): (day: string, options?: Intl.DateTimeFormatOptions) => string {
  const { formatDate } = useI18n();
  return (day, options = { day: 'numeric', month: 'short' }) => formatDate(`${day}T12:00:00Z`, { ...options, timeZone: 'UTC' });
}

/**
 * One bar per day, drawn as SVG that stretches to the width it is given (so a phone shows all
 * days without scrolling). The picture has a sentence for screen readers; every bar names its
 * day and value on hover, and the same numbers can be opened as a table.
 */
export function DayBarChart({ caption, points, valueLabel, testId }: DayBarChartProps) {
  const { t } = useI18n();
  const dayLabel = useDayFormat();
  const id = useId();
  const max = Math.max(0, ...points.map((point) => point.value));
  const total = points.reduce((sum, point) => sum + point.value, 0);
  const peak = points.find((point) => point.value === max && max > 0);
  const width = Math.max(1, points.length) * BAR_WIDTH;
  const summary =
    points.length === 0
      ? t('chart.noDays')
      : peak
        ? t('chart.summary', { from: dayLabel(points[0].day), to: dayLabel(points[points.length - 1].day), total: valueLabel(total), peak: valueLabel(max), peakDay: dayLabel(peak.day) })
        : t('chart.allZero', { from: dayLabel(points[0].day), to: dayLabel(points[points.length - 1].day) });
  return (
    <figure className="day-chart" data-testid={testId} data-total={total}>
      <figcaption className="day-chart-caption" id={`${id}-caption`}>
        {caption}
      </figcaption>
      <p className="muted small" id={`${id}-summary`}>
        {summary}
      </p>
      {points.length > 0 && (
        <>
          <div className="day-chart-frame">
            <span className="day-chart-max small muted" aria-hidden="true">
              {valueLabel(max)}
            </span>
            <svg className="day-chart-svg" viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-labelledby={`${id}-caption ${id}-summary`} focusable="false">
              <line x1={0} y1={HEIGHT - 0.5} x2={width} y2={HEIGHT - 0.5} className="day-chart-baseline" />
              {points.map((point, index) => {
                const height = max === 0 ? 0 : Math.max(point.value > 0 ? 2 : 0, (point.value / max) * (HEIGHT - 4));
                return (
                  <rect key={point.day} className="day-chart-bar" x={index * BAR_WIDTH + 1} y={HEIGHT - height} width={BAR_WIDTH - 2} height={height} data-day={point.day} data-value={point.value}>
                    <title>{`${dayLabel(point.day)}: ${valueLabel(point.value)}`}</title>
                  </rect>
                );
              })}
            </svg>
          </div>
          <div className="day-chart-axis small muted" aria-hidden="true">
            <span>{dayLabel(points[0].day)}</span>
            {points.length > 2 && <span>{dayLabel(points[Math.floor(points.length / 2)].day)}</span>}
            <span>{dayLabel(points[points.length - 1].day)}</span>
          </div>
          <details className="day-chart-table">
            <summary>{t('chart.showTable')}</summary>
            <table className="table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.date')}</th>
                  <th scope="col" className="numeric">
                    {t('chart.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) => (
                  <tr key={point.day}>
                    <th scope="row">{dayLabel(point.day, { dateStyle: 'medium' })}</th>
                    <td className="numeric">{valueLabel(point.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
