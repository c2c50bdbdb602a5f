import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { createApiKey, revokeApiKey } from '../../api/analytics';
import type { ApiKey, CreatedApiKey } from '../../api/models';
import { invalidate, queries, removeFromList, upsertInList } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { InputField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Notice } from '../../components/Notice';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { useSubmit } from '../../hooks/useSubmit';

/**
 * The keys the organisation's own site reports conversions with, and how it does: the secret
 * is shown once, right after it is made (Chorus keeps only its hash).
 */
export function ApiKeysCard() {
  const { t } = useI18n();
  const keys = useQuery(queries.apiKeys());
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();

  async function revoke(key: ApiKey) {
    setError(null);
    try {
      await revokeApiKey(key.id);
      removeFromList(queryClient, queries.apiKeys().queryKey, key.id);
      if (created?.id === key.id) setCreated(null);
    } catch (revokeError) {
      setError(revokeError);
    } finally {
      invalidate(queryClient, [queries.apiKeys().queryKey]);
    }
  }

  return (
    <FormCard id="api-keys-heading" title={t('apiKeys.heading')} testId="api-keys">
      <p>{t('apiKeys.intro')}</p>
      <ConversionHowTo />
      {created && <NewSecret created={created} />}
      {error !== null && <ErrorText error={error} />}
      <QueryView query={keys} inlineError empty={<p className="muted" data-testid="api-keys-none">{t('apiKeys.none')}</p>}>
        {(list) => <KeyTable keys={list} onRevoke={revoke} />}
      </QueryView>
      <CreateKeyForm
        onCreated={(key) => {
          setCreated(key);
          const { secret: _secret, ...listed } = key;
          upsertInList(queryClient, queries.apiKeys().queryKey, listed, 'start');
        }}
      />
    </FormCard>
  );
}

function ConversionHowTo() {
  const { t } = useI18n();
  const example = [
    `POST ${window.location.origin}/api/v1/conversions`,
    'X-Api-Key: chk_…',
    'Content-Type: application/json',
    '',
    JSON.stringify({ shareCode: 'Ab3dE5gH9k', kind: 'lead', value: 150.5, idempotencyKey: 'lead-2026-12-02-00042' }, null, 2),
  ].join('\n');
  return (
    <details className="api-keys-howto" data-testid="api-keys-howto">
      <summary>{t('apiKeys.howToSummary')}</summary>
      <ol className="api-keys-steps">
        <li>{t('apiKeys.step.code')}</li>
        <li>{t('apiKeys.step.post')}</li>
        <li>{t('apiKeys.step.kind')}</li>
        <li>{t('apiKeys.step.idempotency')}</li>
      </ol>
      <pre className="code-example">
        <code>{example}</code>
      </pre>
    </details>
  );
}

function NewSecret({ created }: { created: CreatedApiKey }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <Notice tone="warning" live testId="api-key-secret">
      <p>
        <strong>{t('apiKeys.created', { name: created.name })}</strong> {t('apiKeys.secretWarning')}
      </p>
      <div className="copy-row">
        <label htmlFor={id} className="visually-hidden">
          {t('apiKeys.secret')}
        </label>
        <input id={id} className="input mono" readOnly value={created.secret} onFocus={(event) => event.target.select()} data-testid="api-key-secret-value" />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(created.secret).then(() => setCopied(true));
          }}
          data-testid="api-key-copy"
        >
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
    </Notice>
  );
}

function KeyTable({ keys, onRevoke }: { keys: ApiKey[]; onRevoke: (key: ApiKey) => Promise<void> }) {
  const { t, formatDate } = useI18n();
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <DataTable<ApiKey>
      caption={t('apiKeys.heading')}
      rows={keys}
      rowKey={(key) => key.id}
      rowProps={(key) => ({ 'data-testid': 'api-key-row', 'data-key-id': key.id })}
      testId="api-key-table"
      columns={[
        { header: t('apiKeys.name'), rowHeader: true, cell: (key) => key.name },
        { header: t('apiKeys.prefix'), cell: (key) => <code>{key.prefix}…</code> },
        { header: t('apiKeys.createdAt'), cell: (key) => when(key.createdAt) },
        { header: t('apiKeys.lastUsed'), cell: (key) => (key.lastUsedAt ? when(key.lastUsedAt) : t('apiKeys.neverUsed')) },
        {
          header: t('common.actions'),
          hideHeader: true,
          className: 'actions-cell',
          cell: (key) => (
            <ConfirmButton small question={t('apiKeys.revokeQuestion', { name: key.name })} confirmLabel={t('apiKeys.revoke')} busyLabel={t('apiKeys.revoking')} onConfirm={() => onRevoke(key)} subject={key.name} testId="api-key-revoke">
              {t('apiKeys.revoke')}
            </ConfirmButton>
          ),
        },
      ]}
    />
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const { busy, error, run } = useSubmit();
  const fieldErrors = useFieldErrors(error, { name: t('apiKeys.name') });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      onCreated(await createApiKey(name.trim()));
      setName('');
    });
  }

  return (
    <form className="form-inline" onSubmit={submit} noValidate aria-busy={busy} data-testid="api-key-form">
      <InputField label={t('apiKeys.name')} hint={t('apiKeys.nameHint')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.byField.name} maxLength={100} required testId="api-key-name" />
      <div className="form-inline-submit">
        <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('apiKeys.creating')} testId="api-key-create">
          {t('apiKeys.create')}
        </BusyButton>
      </div>
      {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
    </form>
  );
}
