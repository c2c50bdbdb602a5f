import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { publishPolicy } from '../../api/compliance';
import { queries } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { TextAreaField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Markdown } from '../../components/Markdown';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useI18n } from '../../i18n/I18nContext';

/** The social-media policy: the current version, and a new version everyone acknowledges again. */
export function PolicyVersionsPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const policy = useQuery(queries.currentPolicy());
  const history = useQuery(queries.policyVersions());
  const [body, setBody] = useState<string | null>(null);
  const [view, setView] = useState<'write' | 'preview'>('write');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldErrors = useFieldErrors(error, { body: t('policyVersions.body') });
  const [notice, setNotice] = useState<string | null>(null);
  const text = body ?? policy.data?.body ?? '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const published = await publishPolicy(text);
      queryClient.setQueryData(queries.currentPolicy().queryKey, published);
      void queryClient.invalidateQueries({ queryKey: queries.policyVersions().queryKey });
      setBody(null);
      setNotice(t('policyVersions.published', { version: published.version }));
    } catch (publishError) {
      setError(publishError);
    } finally {
      setBusy(false);
    }
  }

  if (policy.error !== null && policy.data === undefined) {
    return (
      <Page title={t('nav.policyVersions')}>
        <ErrorState error={policy.error} onRetry={policy.refetch} />
      </Page>
    );
  }
  return (
    <Page title={t('nav.policyVersions')} intro={t('policyVersions.intro')} testId="page-policy-versions">
      {policy.data === undefined ? (
        <LoadingState />
      ) : (
        <>
          <p className="muted">{policy.data ? t('policy.version', { version: policy.data.version, date: formatDate(policy.data.createdAt) }) : t('policy.none')}</p>
          {notice && (
            <Notice tone="success" live>
              {notice}
            </Notice>
          )}
          <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
            <SegmentedControl
              legend={t('policyVersions.view')}
              hideLegend
              value={view}
              onChange={setView}
              options={[
                { value: 'write', label: t('policyVersions.write') },
                { value: 'preview', label: t('policyVersions.preview') },
              ]}
            />
            {view === 'write' ? (
              <TextAreaField label={t('policyVersions.body')} hint={t('policyVersions.bodyHint')} value={text} onChange={(event) => setBody(event.target.value)} error={fieldErrors.byField.body} rows={18} maxLength={50_000} mono testId="policy-editor" />
            ) : (
              <article className="card policy-body">
                <Markdown source={text} />
              </article>
            )}
            {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
            <p className="field-hint">{t('policyVersions.publishHint')}</p>
            <div>
              <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('policyVersions.publishing')} disabled={text.trim() === '' || (policy.data !== null && text === policy.data.body)} testId="policy-publish">
                {t('policyVersions.publish')}
              </BusyButton>
            </div>
          </form>
          {history.data && history.data.length > 0 && (
            <section aria-labelledby="policy-history" data-testid="policy-history">
              <h2 id="policy-history">{t('policyVersions.history')}</h2>
              <ul>
                {history.data.map((version) => (
                  <li key={version.id}>
                    {t('policyVersions.historyRow', { version: version.version, date: formatDate(version.createdAt), count: formatNumber(version.acknowledgements) })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Page>
  );
}
