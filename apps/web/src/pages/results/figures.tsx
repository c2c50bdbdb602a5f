import type { ReactNode } from 'react';
import type { Metric } from '../../api/models';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nContext';

/** A figure of the results and the sentence that says what it counts. */
export type FigureId = Metric | 'participation' | 'clickThrough' | 'conversionRate' | 'points';

export function figureLabelKey(id: FigureId): MessageKey {
  return `results.figure.${id}`;
}

export function figureDefinitionKey(id: FigureId): MessageKey {
  return `results.definition.${id}`;
}

/** An amount of money in the reader's way of writing it, without ",00" on whole amounts. */
export function useMoney(): (amount: number, currency: string) => string {
  const { formatNumber } = useI18n();
  return (amount, currency) => {
    try {
      // Up to hundredths, as the API keeps amounts, even in a currency usually written without (IDR).
      return formatNumber(amount, { style: 'currency', currency, maximumFractionDigits: 2, ...(Number.isInteger(amount) ? { minimumFractionDigits: 0 } : {}) });
    } catch {
      // A code Intl does not know: the number and the code, still readable.
      return `${formatNumber(amount)} ${currency}`;
    }
  };
}

/** A share (0.25) as the reader writes a percentage; a dash when it cannot be known (nothing to divide by). */
export function usePercent(): (ratio: number | null) => string {
  const { formatNumber } = useI18n();
  return (ratio) => (ratio === null ? '–' : formatNumber(ratio, { style: 'percent', maximumFractionDigits: 1 }));
}

interface FigureCardProps {
  id: FigureId;
  /** The figure as shown. */
  value: string;
  /** The raw number, for tests and tools. */
  raw: number | null;
  /** Replaces the usual definition (e.g. with the counts it divides). */
  definition?: string;
  /** Two grid columns on wide screens, for a figure with parts. */
  wide?: boolean;
  children?: ReactNode;
}

/** One headline figure with its definition beside it. */
export function FigureCard({ id, value, raw, definition, wide = false, children }: FigureCardProps) {
  const { t } = useI18n();
  const labelId = `figure-${id}-label`;
  return (
    <div className={`card stat figure${wide ? ' figure-wide' : ''}`} role="group" aria-labelledby={labelId} data-testid={`figure-${id}`} data-value={raw ?? ''}>
      <span className="stat-label" id={labelId}>
        {t(figureLabelKey(id))}
      </span>
      <span className="stat-value figure-value" data-testid={`figure-${id}-value`}>
        {value}
      </span>
      <span className="figure-definition small muted">{definition ?? t(figureDefinitionKey(id))}</span>
      {children}
    </div>
  );
}

/** Said above figures that include the demo organisation's sample history (the API's `demoData`). */
export function DemoDataNotice({ shown }: { shown: boolean }) {
  const { t } = useI18n();
  if (!shown) return null;
  return (
    <p className="notice notice-info" role="note" data-testid="demo-data-notice">
      {t('results.demoData')}
    </p>
  );
}
