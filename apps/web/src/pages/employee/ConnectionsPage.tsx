import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { disconnect, linkedinAuthorizeUrl } from '../../api/connections';
import { queries, removeFromList } from '../../api/queries';
import type { Connection } from '../../api/models';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Tag } from '../../components/StatusBadge';
import { useI18n, type I18n } from '../../i18n/I18nContext';
import { translateServerMessage } from '../../i18n/server-message';
import { daysUntil } from '../../lib/time';

/** Warn this many days before LinkedIn's 60-day token runs out: there is no refresh token. */
const EXPIRY_WARNING_DAYS = 14;

export function ConnectionsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [params] = useSearchParams();
  const justConnected = params.get('connected');
  // Back from LinkedIn without a connection: the server names why (a message code and its parameters).
  const notConnected = params.get('notConnected');
  const notConnectedReason = notConnected
    ? translateServerMessage({ code: notConnected, params: Object.fromEntries([...params].filter(([name]) => name !== 'notConnected')), message: t('connections.notConnected') }, i18n)
    : null;
  const queryClient = useQueryClient();
  const connections = useQuery(queries.connections());
  const meta = useQuery(queries.meta());
  const [connecting, setConnecting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function connect() {
    setConnecting(true);
    setError(null);
    try {
      const { url } = await linkedinAuthorizeUrl();
      // LinkedIn's consent page; it sends the browser back to /connections?connected=linkedin.
      window.location.assign(url);
    } catch (connectError) {
      setError(connectError);
      setConnecting(false);
    }
  }

  async function remove(connection: Connection) {
    setError(null);
    setNotice(null);
    try {
      await disconnect(connection.id);
      removeFromList(queryClient, queries.connections().queryKey, connection.id);
      setNotice(t('connections.disconnected', { name: connection.displayName }));
    } catch (removeError) {
      setError(removeError);
    }
  }

  const linkedin = connections.data?.filter((connection) => connection.network === 'linkedin') ?? [];
  const connectButton = (label: string, testId: string, variant: 'primary' | 'secondary' = 'primary') => (
    <BusyButton variant={variant} busy={connecting} busyLabel={t('connections.opening')} onClick={connect} testId={testId}>
      {label}
    </BusyButton>
  );

  return (
    <Page title={t('nav.connections')} intro={t('connections.intro')} testId="page-connections">
      {justConnected === 'linkedin' && (
        <Notice tone="success" live testId="connected-notice">
          {t('connections.connectedNotice')}
        </Notice>
      )}
      {notConnectedReason && (
        <Notice tone="warning" live testId="not-connected-notice">
          {notConnectedReason}
        </Notice>
      )}
      {notice && (
        <Notice tone="success" live>
          {notice}
        </Notice>
      )}
      {error !== null && <ErrorText error={error} testId="connections-error" />}
      {meta.data?.linkedinSandbox && <p className="notice">{t('connections.sandboxHint')}</p>}

      {connections.error !== null && !connections.data ? (
        <ErrorState error={connections.error} onRetry={connections.refetch} />
      ) : !connections.data ? (
        <LoadingState />
      ) : linkedin.length === 0 ? (
        <EmptyState title={t('connections.emptyTitle')} action={connectButton(t('connections.connectLinkedin'), 'connect-linkedin')}>
          <p>{t('connections.emptyBody')}</p>
        </EmptyState>
      ) : (
        <ul className="connection-list" data-testid="connection-list">
          {linkedin.map((connection) => (
            <ConnectionCard key={connection.id} connection={connection} reconnect={(urgent) => connectButton(t('connections.reconnect'), 'reconnect-linkedin', urgent ? 'primary' : 'secondary')} onDisconnect={() => remove(connection)} />
          ))}
        </ul>
      )}
      <h2>{t('connections.otherNetworks')}</h2>
      <p className="muted">{t('connections.xLater')}</p>
    </Page>
  );
}

function ConnectionCard({ connection, reconnect, onDisconnect }: { connection: Connection; reconnect: (urgent: boolean) => ReactNode; onDisconnect: () => Promise<void> }) {
  const { t, formatDate } = useI18n();
  const days = daysUntil(connection.expiresAt);
  const expired = connection.status !== 'active' || days < 0;
  const soon = !expired && days <= EXPIRY_WARNING_DAYS;
  return (
    <li className="card connection-card" data-testid="connection" data-status={connection.status}>
      <div className="connection-head">
        <span className="network-mark" aria-hidden="true">
          in
        </span>
        <div>
          <p className="connection-name">{connection.displayName}</p>
          <p className="muted">{t('network.linkedin')}</p>
        </div>
        <Tag tone={expired ? 'danger' : soon ? 'warning' : 'success'} testId="connection-status">
          {t(`connectionStatus.${connection.status}`)}
        </Tag>
      </div>
      <p data-testid="connection-expiry">
        {expired
          ? t('connections.expired', { date: formatDate(connection.expiresAt) })
          : t('connections.expires', { date: formatDate(connection.expiresAt, { dateStyle: 'long' }), days: Math.max(0, days) })}
      </p>
      <p data-testid="connection-next">{whatHappensNext(connection, expired, t)}</p>
      {soon && <Notice tone="warning">{t('connections.expiringSoon')}</Notice>}
      {expired && <Notice tone="warning">{t('connections.reconnectNeeded')}</Notice>}
      <div className="button-row">
        {reconnect(expired || soon)}
        <ConfirmButton
          question={t('connections.disconnectQuestion', { name: connection.displayName })}
          confirmLabel={t('connections.disconnect')}
          busyLabel={t('connections.disconnecting')}
          onConfirm={onDisconnect}
          testId="disconnect"
        >
          {t('connections.disconnect')}
        </ConfirmButton>
      </div>
    </li>
  );
}

/** What the account's shares do next: go out while it works, wait (and resume on reconnect) while it does not. */
function whatHappensNext(connection: Connection, expired: boolean, t: I18n['t']): string {
  const waiting = connection.waitingShares;
  const scheduled = connection.scheduledShares;
  if (waiting > 0) return t('connections.nextWaiting', { count: waiting });
  if (expired) return t('connections.nextNoneWaiting');
  return scheduled > 0 ? t('connections.nextScheduled', { count: scheduled }) : t('connections.nextNothing');
}
