import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CHAT_SERVICES, type ChatService, type ChatWebhook, type Team } from '../../api/models';
import { deleteChatWebhook, putChatWebhook } from '../../api/organization';
import { invalidate, queries, removeFromList, upsertInList } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { InputField, SelectField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { useI18n } from '../../i18n/I18nContext';

const ORGANIZATION = '';

/** Slack and Teams channels that hear of featured posts and contest results. */
export function ChatIntegrationsSection() {
  const { t } = useI18n();
  const webhooks = useQuery(queries.chatWebhooks());
  const teams = useQuery(queries.teams());
  const error = webhooks.error ?? teams.error;
  return (
    <section className="chat-integrations" aria-labelledby="chat-integrations-heading" data-testid="chat-integrations">
      <h2 id="chat-integrations-heading">{t('chat.heading')}</h2>
      <p>{t('chat.intro')}</p>
      {error !== null && !(webhooks.data && teams.data) ? (
        <ErrorState
          error={error}
          onRetry={() => {
            if (webhooks.error) void webhooks.refetch();
            if (teams.error) void teams.refetch();
          }}
        />
      ) : !(webhooks.data && teams.data) ? (
        <LoadingState />
      ) : (
        <>
          <WebhookList webhooks={webhooks.data} teams={teams.data} />
          <WebhookForm teams={teams.data} />
        </>
      )}
    </section>
  );
}

function WebhookList({ webhooks, teams }: { webhooks: ChatWebhook[]; teams: Team[] }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (webhook: ChatWebhook) => deleteChatWebhook(webhook.service, webhook.teamId),
    onSuccess: (_, webhook) => {
      removeFromList(queryClient, queries.chatWebhooks().queryKey, webhook.id);
      invalidate(queryClient, [queries.chatWebhooks().queryKey]);
    },
  });
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
              await remove.mutateAsync(webhook);
            }}
          >
            {t('common.remove')}
          </ConfirmButton>
        </li>
      ))}
    </ul>
  );
}

function WebhookForm({ teams }: { teams: Team[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [service, setService] = useState<ChatService>('slack');
  const [teamId, setTeamId] = useState(ORGANIZATION);
  const [url, setUrl] = useState('');
  const save = useMutation({
    mutationFn: () => putChatWebhook(service, { webhookUrl: url.trim(), ...(teamId ? { teamId } : {}) }),
    onSuccess: (webhook) => {
      setUrl('');
      upsertInList(queryClient, queries.chatWebhooks().queryKey, webhook);
      invalidate(queryClient, [queries.chatWebhooks().queryKey]);
    },
  });
  const busy = save.isPending;
  const error = save.error;
  const saved = save.isSuccess;

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <form className="form card form-card narrow" onSubmit={submit} noValidate aria-busy={busy} data-testid="chat-form">
      <SelectField label={t('chat.service')} value={service} onChange={(event) => setService(event.target.value as ChatService)} options={CHAT_SERVICES.map((s) => ({ value: s, label: t(`chat.service.${s}`) }))} testId="chat-service" />
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
