import { useI18n } from '../i18n/I18nContext';

interface CharacterCounterProps {
  count: number;
  max: number;
  /** Network name shown before the numbers, e.g. "LinkedIn". */
  label?: string;
  testId?: string;
}

/** "123 / 3,000": turns red past the limit, and says so in words too (not colour alone). */
export function CharacterCounter({ count, max, label, testId }: CharacterCounterProps) {
  const { t, formatNumber } = useI18n();
  const over = count > max;
  const near = !over && count > max * 0.9;
  return (
    <span className={`counter${over ? ' counter-over' : near ? ' counter-near' : ''}`} data-testid={testId} data-over={over || undefined}>
      {label && <span className="counter-label">{label}</span>}
      <span>
        {t('counter.value', { count: formatNumber(count), max: formatNumber(max) })}
      </span>
      {over && <span className="counter-note">{t('counter.over', { over: formatNumber(count - max) })}</span>}
    </span>
  );
}
