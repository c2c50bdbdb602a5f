import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { updateAnalyticsSettings } from '../../api/analytics';
import type { AnalyticsSettings } from '../../api/models';
import { invalidate, queries } from '../../api/queries';
import { SaveFooter } from '../../components/SaveFooter';
import { useFieldErrors } from '../../components/errorMessages';
import { InputField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Notice } from '../../components/Notice';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { useMoney } from '../results/figures';
import { useSubmit } from '../../hooks/useSubmit';

const RATES = ['cpmMinor', 'cpcMinor', 'perReactionMinor', 'perCommentMinor', 'perReshareMinor'] as const;
type Rate = (typeof RATES)[number];

/** Hundredths (as the API keeps amounts) as the amount a person types, e.g. 550 → "5.5". */
function toUnits(minor: number): string {
  return String(minor / 100);
}

/** What a person typed as hundredths; NaN (which the API refuses, naming the field) when it is not a number. */
function toMinor(units: string): number {
  const text = units.trim().replace(',', '.');
  return text === '' ? Number.NaN : Math.round(Number(text) * 100);
}

/** The rates earned media value is computed with: a currency, the CPM, the CPC and a value per reaction, comment and reshare. */
export function ValueOfReachCard() {
  const { t } = useI18n();
  const settings = useQuery(queries.analyticsSettings());
  return (
    <FormCard id="value-of-reach-heading" title={t('reach.heading')} narrow testId="value-of-reach">
      <p>{t('reach.intro')}</p>
      <QueryView query={settings} inlineError>
        {(loaded) => <RatesForm settings={loaded} />}
      </QueryView>
    </FormCard>
  );
}

function RatesForm({ settings }: { settings: AnalyticsSettings }) {
  const { t } = useI18n();
  const money = useMoney();
  const queryClient = useQueryClient();
  const [currency, setCurrency] = useState(settings.currency);
  const [rates, setRates] = useState<Record<Rate, string>>(() => Object.fromEntries(RATES.map((rate) => [rate, toUnits(settings[rate])])) as Record<Rate, string>);
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  const labels: Record<'currency' | Rate, string> = {
    currency: t('reach.currency'),
    cpmMinor: t('reach.cpm'),
    cpcMinor: t('reach.cpc'),
    perReactionMinor: t('reach.perReaction'),
    perCommentMinor: t('reach.perComment'),
    perReshareMinor: t('reach.perReshare'),
  };
  const fieldErrors = useFieldErrors(error, labels);
  const shownCurrency = /^[A-Za-z]{3}$/.test(currency.trim()) ? currency.trim().toUpperCase() : settings.currency;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      const updated = await updateAnalyticsSettings({ currency: currency.trim(), ...(Object.fromEntries(RATES.map((rate) => [rate, toMinor(rates[rate])])) as Record<Rate, number>) });
      queryClient.setQueryData(queries.analyticsSettings().queryKey, updated);
      setCurrency(updated.currency);
      setRates(Object.fromEntries(RATES.map((rate) => [rate, toUnits(updated[rate])])) as Record<Rate, string>);
      // Every earned media value on screen was computed with the old rates.
      invalidate(queryClient, [['analytics']]);
      setSaved(true);
    });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy} data-testid="value-of-reach-form">
      {!settings.customised && <Notice>{t('reach.defaults')}</Notice>}
      <InputField
        label={labels.currency}
        hint={t('reach.currencyHint')}
        value={currency}
        onChange={(event) => setCurrency(event.target.value.toUpperCase())}
        error={fieldErrors.byField.currency}
        maxLength={3}
        autoComplete="off"
        spellCheck={false}
        testId="reach-currency"
      />
      {RATES.map((rate) => (
        <InputField
          key={rate}
          label={`${labels[rate]} (${shownCurrency})`}
          hint={t(`reach.hint.${rate}`, { example: money(toMinor(rates[rate]) / 100 || 0, shownCurrency) })}
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          value={rates[rate]}
          onChange={(event) => setRates((current) => ({ ...current, [rate]: event.target.value }))}
          error={fieldErrors.byField[rate]}
          testId={`reach-${rate}`}
        />
      ))}
      <SaveFooter error={fieldErrors.rest} saved={saved} savedText={t('reach.saved')} busy={busy} testIdPrefix="reach" />
    </form>
  );
}
