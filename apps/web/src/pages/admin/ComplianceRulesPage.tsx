import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createComplianceRule, deleteComplianceRule } from '../../api/compliance';
import { queries, removeFromList, upsertInList } from '../../api/queries';
import { checkCompliance } from '../../api/shares';
import { COMPLIANCE_ACTIONS, COMPLIANCE_CATEGORIES, type ComplianceAction, type ComplianceCategory, type ComplianceRule, type ComplianceVerdict } from '../../api/models';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { FilterSelect, InputField, SelectField, TextAreaField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { translateServerMessage, translateVerdict } from '../../i18n/server-message';
import { useSubmit } from '../../hooks/useSubmit';

/** Words, phrases and patterns that block a share or send it to a reviewer, and a place to try them. */
export function ComplianceRulesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const rules = useQuery(queries.complianceRules());
  const [pattern, setPattern] = useState('');
  const [category, setCategory] = useState<ComplianceCategory>('custom');
  const [action, setAction] = useState<ComplianceAction>('review');
  const { busy, error, run } = useSubmit();
  const [filter, setFilter] = useState<string>('');
  // A failed delete is about a row of the table, not about the form's fields.
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const fieldErrors = useFieldErrors(error, { pattern: t('rules.pattern'), category: t('rules.category'), action: t('rules.action') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const rule = await createComplianceRule({ pattern: pattern.trim(), category, action });
      upsertInList(queryClient, queries.complianceRules().queryKey, rule);
      setPattern('');
    });
  }

  async function remove(rule: ComplianceRule) {
    setDeleteError(null);
    try {
      await deleteComplianceRule(rule.id);
      removeFromList(queryClient, queries.complianceRules().queryKey, rule.id);
    } catch (failure) {
      setDeleteError(failure);
    }
  }

  const shown = rules.data?.filter((rule) => filter === '' || rule.category === filter);
  return (
    <Page title={t('nav.complianceRules')} intro={t('rules.intro')} testId="page-compliance-rules">
      <FormCard id="new-rule" title={t('rules.new')}>
        <form className="form form-inline" onSubmit={submit} noValidate aria-busy={busy}>
          <InputField label={t('rules.pattern')} hint={t('rules.patternHint')} value={pattern} onChange={(event) => setPattern(event.target.value)} error={fieldErrors.byField.pattern} maxLength={200} required testId="rule-pattern" />
          <SelectField label={t('rules.category')} value={category} onChange={(event) => setCategory(event.target.value as ComplianceCategory)} error={fieldErrors.byField.category} options={COMPLIANCE_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))} testId="rule-category" />
          <SelectField label={t('rules.action')} value={action} onChange={(event) => setAction(event.target.value as ComplianceAction)} error={fieldErrors.byField.action} options={COMPLIANCE_ACTIONS.map((value) => ({ value, label: t(`ruleAction.${value}`) }))} testId="rule-action" />
          <div className="form-inline-submit">
            <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} disabled={pattern.trim() === ''} testId="rule-add">
              {t('rules.add')}
            </BusyButton>
          </div>
        </form>
        {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
      </FormCard>

      <RuleTester />

      <h2>{t('rules.list')}</h2>
      {deleteError !== null && <ErrorText error={deleteError} />}
      <div className="toolbar">
        <FilterSelect
          id="rule-filter"
          label={t('rules.category')}
          value={filter}
          onChange={setFilter}
          options={[{ value: '', label: t('rules.allCategories') }, ...COMPLIANCE_CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))]}
        />
      </div>
      <QueryView
        query={{ data: shown, error: rules.error, refetch: rules.refetch }}
        empty={{ title: t('rules.empty'), body: t('rules.emptyBody') }}
      >
        {(listed) => (
          <DataTable
            caption={t('rules.list')}
            rows={listed}
            rowKey={(rule) => rule.id}
            testId="rule-table"
            columns={[
              {
                header: t('rules.pattern'),
                rowHeader: true,
                cell: (rule) => (
                  <>
                    <code>{rule.pattern}</code>
                    {rule.problem && (
                      <p className="field-error" data-testid="rule-problem">
                        <Tag tone="danger">{t('rules.notApplied')}</Tag> {translateServerMessage(rule.problemMessage ?? { message: rule.problem }, i18n)}
                      </p>
                    )}
                  </>
                ),
              },
              { header: t('rules.category'), cell: (rule) => (isCategory(rule.category) ? t(`category.${rule.category}`) : rule.category) },
              {
                header: t('rules.action'),
                cell: (rule) => <Tag tone={rule.action === 'block' ? 'danger' : 'warning'}>{rule.action === 'block' || rule.action === 'review' ? t(`ruleAction.${rule.action}`) : rule.action}</Tag>,
              },
              {
                header: t('common.actions'),
                hideHeader: true,
                className: 'actions-cell',
                cell: (rule) => (
                  <ConfirmButton small question={t('rules.deleteQuestion', { pattern: rule.pattern })} confirmLabel={t('common.delete')} busyLabel={t('common.deleting')} onConfirm={() => remove(rule)} subject={rule.pattern}>
                    {t('common.delete')}
                  </ConfirmButton>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </Page>
  );
}

function isCategory(value: string): value is ComplianceCategory {
  return (COMPLIANCE_CATEGORIES as readonly string[]).includes(value);
}

/** Try a sentence against the rules before employees do. */
function RuleTester() {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<ComplianceVerdict | null>(null);
  const { busy, error, run } = useSubmit();
  const fieldErrors = useFieldErrors(error, { text: t('rules.tryText') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      setVerdict(await checkCompliance(text));
    });
  }

  return (
    <FormCard id="rule-tester" title={t('rules.tryHeading')}>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <TextAreaField label={t('rules.tryText')} value={text} onChange={(event) => { setText(event.target.value); setVerdict(null); }} error={fieldErrors.byField.text} rows={2} />
        <div>
          <BusyButton type="submit" busy={busy} busyLabel={t('rules.checking')} disabled={text.trim() === ''}>
            {t('rules.check')}
          </BusyButton>
        </div>
      </form>
      <div aria-live="polite">
        {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
        {verdict && (
          <p className={`check check-${verdict.decision === 'pass' ? 'pass' : verdict.decision}`}>
            <strong>{t(`verdict.${verdict.decision}`)}</strong> {translateVerdict(verdict, i18n)}
          </p>
        )}
      </div>
    </FormCard>
  );
}
