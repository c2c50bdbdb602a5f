import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { updatePointsRules } from '../../api/gamification';
import { queries } from '../../api/queries';
import type { PointsRules, PointsRulesChanges } from '../../api/models';
import { SaveFooter } from '../../components/SaveFooter';
import { useFieldErrors } from '../../components/errorMessages';
import { InputField } from '../../components/fields';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { humanize } from '../../lib/labels';
import { pointsRuleHint, pointsRuleLabel } from './pointKinds';
import { useSubmit } from '../../hooks/useSubmit';

/** How many points each kind of participation earns, and contest prizes by place. */
export function PointsRulesPage() {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const rules = useQuery(queries.pointsRules());
  return (
    <Page title={t('nav.pointsRules')} intro={t('pointsRules.intro')} testId="page-points-rules">
      <QueryView query={rules}>
        {(current) => (
          <>
            <p className="muted">{current.updatedAt ? t('pointsRules.updated', { date: formatDate(current.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) }) : t('pointsRules.defaults')}</p>
            <RulesForm key={current.updatedAt ?? 'defaults'} rules={current} onSaved={(saved) => queryClient.setQueryData(queries.pointsRules().queryKey, saved)} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

/** Every whole-number setting, in the API's order. */
function numericRules(rules: PointsRules): { key: string; points: number }[] {
  return Object.entries(rules)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([key, points]) => ({ key, points }));
}

function RulesForm({ rules, onSaved }: { rules: PointsRules; onSaved: (rules: PointsRules) => void }) {
  const { t } = useI18n();
  const numeric = numericRules(rules);
  const [values, setValues] = useState(() => numeric.map((rule) => String(rule.points)));
  const [prizes, setPrizes] = useState(() => rules.contestPrizePoints.join(', '));
  const { busy, error, run } = useSubmit();
  const [saved, setSaved] = useState(false);
  const invalid = values.map((value) => !/^\d+$/.test(value.trim()));
  const prizeList = prizes.split(/[\s,;]+/).filter(Boolean);
  const prizesInvalid = prizeList.some((value) => !/^\d+$/.test(value));
  const blocked = invalid.some(Boolean) || prizesInvalid;
  const fieldErrors = useFieldErrors(error, {
    ...Object.fromEntries(numeric.map((rule) => [rule.key, pointsRuleLabel(t, rule.key) ?? humanize(rule.key)])),
    contestPrizePoints: t('pointsRules.contestPrizePoints'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (blocked) return;
    setSaved(false);
    await run(async () => {
      const changes: PointsRulesChanges = { ...Object.fromEntries(numeric.map((rule, index) => [rule.key, Number(values[index])])), contestPrizePoints: prizeList.map(Number) };
      onSaved(await updatePointsRules(changes));
      setSaved(true);
    });
  }

  return (
    <form className="form card form-card narrow" onSubmit={submit} noValidate aria-busy={busy} data-testid="points-rules-form">
      {numeric.map((rule, index) => (
        <InputField
          key={rule.key}
          label={pointsRuleLabel(t, rule.key) ?? humanize(rule.key)}
          hint={pointsRuleHint(t, rule.key) ?? undefined}
          type="number"
          min={0}
          inputMode="numeric"
          value={values[index]}
          error={invalid[index] ? t('pointsRules.wholeNumbers') : fieldErrors.byField[rule.key]}
          onChange={(event) => {
            const next = [...values];
            next[index] = event.target.value;
            setValues(next);
            setSaved(false);
          }}
          testId={`points-rule-${rule.key}`}
        />
      ))}
      <InputField
        label={t('pointsRules.contestPrizePoints')}
        hint={t('pointsRules.contestPrizePointsHint')}
        value={prizes}
        error={prizesInvalid ? t('pointsRules.wholeNumbers') : fieldErrors.byField.contestPrizePoints}
        onChange={(event) => {
          setPrizes(event.target.value);
          setSaved(false);
        }}
        testId="points-rule-contestPrizePoints"
      />
      <SaveFooter error={fieldErrors.rest} saved={saved} busy={busy} disabled={blocked} />
    </form>
  );
}
