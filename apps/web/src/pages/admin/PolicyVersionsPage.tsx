import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
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
import { lineDiff, withContext } from '../../lib/line-diff';
import { useSubmit } from '../../hooks/useSubmit';

/** The social-media policy: the current version, and a new version everyone acknowledges again. */
export function PolicyVersionsPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const policy = useQuery(queries.currentPolicy());
  const history = useQuery(queries.policyVersions());
  const [body, setBody] = useState<string | null>(null);
  const [view, setView] = useState<'write' | 'preview'>('write');
  const { busy, error, setError, run } = useSubmit();
  const fieldErrors = useFieldErrors(error, { body: t('policyVersions.body') });
  const [notice, setNotice] = useState<string | null>(null);
  // Publishing asks first: what changed since the current version, and that everyone acknowledges again.
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLElement>(null);
  const text = body ?? policy.data?.body ?? '';
  const current = policy.data ?? null;
  const nextVersion = (current?.version ?? 0) + 1;
  const acknowledgedCurrent = current ? (history.data?.find((version) => version.id === current.id)?.acknowledgements ?? null) : null;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    setConfirming(true);
  }

  async function publish() {
    setNotice(null);
    await run(async () => {
      const published = await publishPolicy(text);
      queryClient.setQueryData(queries.currentPolicy().queryKey, published);
      void queryClient.invalidateQueries({ queryKey: queries.policyVersions().queryKey });
      setBody(null);
      setConfirming(false);
      setNotice(t('policyVersions.published', { version: published.version }));
    });
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
              <TextAreaField
                label={t('policyVersions.body')}
                hint={t('policyVersions.bodyHint')}
                value={text}
                onChange={(event) => {
                  setBody(event.target.value);
                  setConfirming(false);
                }}
                error={fieldErrors.byField.body}
                rows={18}
                maxLength={50_000}
                mono
                testId="policy-editor"
              />
            ) : (
              <article className="card policy-body">
                <Markdown source={text} />
              </article>
            )}
            {fieldErrors.rest !== null && !confirming && <ErrorText error={fieldErrors.rest} />}
            <p className="field-hint">{t('policyVersions.publishHint')}</p>
            {!confirming && (
              <div>
                <button type="submit" className="button button-primary" disabled={text.trim() === '' || (current !== null && text === current.body)} data-testid="policy-publish">
                  {t('policyVersions.publish')}
                </button>
              </div>
            )}
          </form>
          {confirming && (
            <section className="card policy-confirm" ref={confirmRef} tabIndex={-1} aria-labelledby="policy-confirm-title" data-testid="policy-confirm">
              <h2 id="policy-confirm-title">{t('policyVersions.confirmTitle', { version: nextVersion })}</h2>
              <Notice tone="warning" testId="policy-reacknowledge">
                {current === null
                  ? t('policyVersions.firstWarning')
                  : acknowledgedCurrent !== null
                    ? t('policyVersions.reacknowledgeCounted', { version: current.version, next: nextVersion, count: formatNumber(acknowledgedCurrent) })
                    : t('policyVersions.reacknowledge', { next: nextVersion })}
              </Notice>
              {current !== null && <PolicyDiff before={current.body} after={text} fromVersion={current.version} />}
              {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
              <div className="button-row">
                <BusyButton variant="primary" busy={busy} busyLabel={t('policyVersions.publishing')} onClick={publish} testId="policy-publish-confirm">
                  {t('policyVersions.confirmPublish', { version: nextVersion })}
                </BusyButton>
                <button type="button" className="button button-secondary" onClick={() => setConfirming(false)} disabled={busy} data-testid="policy-publish-back">
                  {t('policyVersions.keepEditing')}
                </button>
              </div>
            </section>
          )}
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

/** What changed since the current version, line by line, with a little unchanged text around each change. */
function PolicyDiff({ before, after, fromVersion }: { before: string; after: string; fromVersion: number }) {
  const { t, formatNumber } = useI18n();
  const lines = lineDiff(before, after);
  const added = lines.filter((line) => line.kind === 'added').length;
  const removed = lines.filter((line) => line.kind === 'removed').length;
  return (
    <div className="line-diff-wrap">
      <p className="muted" data-testid="policy-diff-summary">
        {t('policyVersions.diffSummary', { version: fromVersion, added: formatNumber(added), removed: formatNumber(removed) })}
      </p>
      <ol className="line-diff" data-testid="policy-diff" aria-label={t('policyVersions.diffLabel', { version: fromVersion })}>
        {withContext(lines).map((line, index) =>
          line.kind === 'gap' ? (
            <li key={index} className="line-diff-gap" data-kind="gap">
              {t('policyVersions.diffUnchanged', { count: formatNumber(line.count) })}
            </li>
          ) : (
            <li key={index} className={`line-diff-${line.kind}`} data-kind={line.kind}>
              <span className="line-diff-sign" aria-hidden="true">
                {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
              </span>
              {line.kind === 'added' ? (
                <ins>
                  <span className="visually-hidden">{t('policyVersions.diffAdded')} </span>
                  {line.text}
                </ins>
              ) : line.kind === 'removed' ? (
                <del>
                  <span className="visually-hidden">{t('policyVersions.diffRemoved')} </span>
                  {line.text}
                </del>
              ) : (
                <span>{line.text}</span>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
