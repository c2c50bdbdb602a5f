import { useI18n } from '../i18n/I18nContext';

export interface Bar {
  key: string;
  label: string;
  value: number;
  highlight?: boolean;
}

interface BarChartProps {
  caption: string;
  bars: readonly Bar[];
  /** Formats a value for display, e.g. "1,240 points". */
  valueLabel: (value: number) => string;
  testId?: string;
}

/**
 * Horizontal bars drawn with CSS. Every bar is a list item with its name and value in text,
 * so the chart reads the same to a screen reader as it looks.
 */
export function BarChart({ caption, bars, valueLabel, testId }: BarChartProps) {
  const { formatNumber } = useI18n();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="bar-chart" data-testid={testId}>
      <figcaption className="bar-chart-caption">{caption}</figcaption>
      <ol className="bar-chart-list">
        {bars.map((bar) => (
          <li key={bar.key} className="bar-chart-row" data-highlight={bar.highlight || undefined}>
            <span className="bar-chart-label">{bar.label}</span>
            <span className="bar-chart-track" aria-hidden="true">
              <span className="bar-chart-bar" style={{ width: `${Math.max(2, (bar.value / max) * 100)}%` }} />
            </span>
            <span className="bar-chart-value" title={valueLabel(bar.value)}>
              {formatNumber(bar.value)}
              <span className="visually-hidden"> {valueLabel(bar.value)}</span>
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
