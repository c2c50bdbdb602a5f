import { useState, type FormEvent } from 'react';
import { listTeams } from '../../api/users';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { InputField, SelectField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nContext';
import { deleteChatWebhook, listChatWebhooks, putChatWebhook, type ChatServiceName, type ChatWebhook } from '../../notifications/notificationsApi';

const SERVICES: readonly ChatServiceName[] = ['slack', 'teams'];
const ORGANIZATION = '';

/** Slack and Teams channels that hear of featured posts and contest results. */
export function ChatIntegrationsSection() {
  const { t } = useI18n();
  const data = useResource(async (signal) => {
    const [webhooks, teams] = await Promise.all([listChatWebhooks(signal), listTeams(signal)]);
    return { webhooks, teams };
  }, []);
  return (
    <section className="chat-integrations" aria-labelledby="chat-integrations-heading" data-testid="chat-integrations">
      <h2 id="chat-integrations-heading">{t('chat.heading')}</h2>
      <p>{t('chat.intro')}</p>
      {data.error !== null && !data.data ? (
        <ErrorState error={data.error} onRetry={data.reload} />
      ) : !data.data ? (
        <LoadingState />
      ) : (
        <>
          <WebhookList webhooks={data.data.webhooks} teams={data.data.teams} onRemoved={data.reload} />
          <WebhookForm teams={data.data.teams} onSaved={data.reload} />
        </>
      )}
    </section>
  );
}

function WebhookList({ webhooks, teams, onRemoved }: { webhooks: ChatWebhook[]; teams: { id: string; name: string }[]; onRemoved: () => void }) {
  const { t, formatDate } = useI18n();
  if (webhooks.length === 0) return <p data-testid="chat-none">{t('chat.none')}</p>;
  const teamName = (id: string | null) => (id ? (teams.find((team) => team.id === id)?.name ?? id) : t('chat.wholeOrganization'));
  return (
    <ul className="chat-webhook-list narrow">
      {webhooks.map((webhook) => (
        <li key={webhook.id} className="card chat-webhook" data-testid="chat-webhook" data-service={webhook.service} data-status={webhook.status}>
          <p className="chat-webhook-title">
            <strong>{t(`chat.service.${webhook.service}`)}</strong> · {teamName(webhook.teamId)}
          </p>
          <p className="chat-webhook-url">
            <code>{webhook.maskedUrl}</code>
          </p>
          {webhook.status === 'active' ? (
            <p>
              <span className="badge">{t('chat.status.active')}</span>
            </p>
          ) : (
            <Notice tone="warning">{t('chat.status.disabled', { reason: webhook.disabledReason ?? '', date: webhook.disabledAt ? formatDate(webhook.disabledAt) : '' })}</Notice>
          )}
          <ConfirmButton
            small
            question={t('chat.removeQuestion')}
            confirmLabel={t('common.remove')}
            busyLabel={t('common.deleting')}
            testId="chat-remove"
            onConfirm={async () => {
              await deleteChatWebhook(webhook.service, webhook.teamId);
              onRemoved();
            }}
          >
            {t('common.remove')}
          </ConfirmButton>
        </li>
      ))}
    </ul>
  );
}

function WebhookForm({ teams, onSaved }: { teams: { id: string; name: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [service, setService] = useState<ChatServiceName>('slack');
  const [teamId, setTeamId] = useState(ORGANIZATION);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await putChatWebhook(service, { webhookUrl: url.trim(), ...(teamId ? { teamId } : {}) });
      setUrl('');
      setSaved(true);
      onSaved();
    } catch (saveError) {
      setError(saveError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form card form-card narrow" onSubmit={submit} noValidate aria-busy={busy} data-testid="chat-form">
      <SelectField label={t('chat.service')} value={service} onChange={(event) => setService(event.target.value as ChatServiceName)} options={SERVICES.map((s) => ({ value: s, label: t(`chat.service.${s}`) }))} testId="chat-service" />
      <SelectField
        label={t('chat.scope')}
        value={teamId}
        onChange={(event) => setTeamId(event.target.value)}
        options={[{ value: ORGANIZATION, label: t('chat.wholeOrganization') }, ...teams.map((team) => ({ value: team.id, label: team.name }))]}
        testId="chat-scope"
      />
      <InputField label={t('chat.webhookUrl')} hint={t(`chat.webhookUrlHint.${service}`)} type="url" value={url} onChange={(event) => setUrl(event.target.value)} required autoComplete="off" spellCheck={false} testId="chat-url" />
      {error !== null && <ErrorText error={error} />}
      {saved && (
        <Notice tone="success" live>
          {t('chat.saved')}
        </Notice>
      )}
      <div>
        <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} testId="chat-save">
          {t('chat.save')}
        </BusyButton>
      </div>
    </form>
  );
}
