import { AUDIT_ACTIONS } from '@chorus/messages';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditFilters } from '../../api/compliance';
import { SHARE_STATUSES, type AuditEvent, type ShareStatus } from '../../api/models';
import { queries } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { FilterSelect } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nContext';
import { humanize } from '../../lib/labels';

const PAGE_SIZE = 50;

/** Share actions first, then admin and security actions, as the filter lists them. */
const SHARE_ACTIONS = ['create', 'edit', 'approve', 'review_approve', 'review_reject', 'schedule', 'unschedule', 'reschedule', 'cancel', 'claim', 'reclaim', 'publish_succeeded', 'publish_retry', 'publish_failed', 'needs_reconnect', 'resume', 'keep', 'move', 'expire', 'offboard'] as const;
const ADMIN_ACTIONS = AUDIT_ACTIONS;

/** The translation of a key made from data (an action's name), or the fallback when there is none. */
function translatedOr(t: (key: MessageKey) => string, key: string, fallback: string): string {
  return (t(key as MessageKey) as string | undefined) ?? fallback;
}

/** Settings and rules named as their own forms name them. */
const FIELD_KEYS: Record<string, string> = {
  dailyShareLimit: 'organization.dailyLimit',
  requiredDisclosure: 'organization.disclosure',
  disclosureMode: 'organization.disclosureMode',
  employeesSeeLeaderboard: 'organization.employeesSeeLeaderboard',
  sharePublished: 'pointsRules.sharePublished',
  ownCommentaryBonus: 'pointsRules.ownCommentaryBonus',
  perClick: 'pointsRules.perClick',
  clickDailyCapPerShare: 'pointsRules.clickDailyCapPerShare',
  perEngagement: 'pointsRules.perEngagement',
  engagementDailyCapPerShare: 'pointsRules.engagementDailyCapPerShare',
  contestPrizePoints: 'pointsRules.contestPrizePoints',
};

function fieldLabel(t: (key: MessageKey) => string, key: string): string {
  return translatedOr(t, FIELD_KEYS[key] ?? `audit.field.${key}`, humanize(key));
}

/** Values that are names of roles, categories or modes, in the reader's language; null for others. */
function valueLabel(t: (key: MessageKey) => string, key: string, value: string): string | null {
  const prefix =
    key === 'fromRoles' || key === 'toRoles' || key === 'roles' ? 'role.' : key === 'category' ? 'category.' : key === 'action' ? 'ruleAction.' : key === 'disclosureMode' ? 'organization.mode' : null;
  if (!prefix) return null;
  const name = prefix === 'organization.mode' ? `${prefix}${value.charAt(0).toUpperCase()}${value.slice(1)}` : `${prefix}${value}`;
  return (t(name as MessageKey) as string | undefined) ?? null;
}

/** The organisation's calendar day as the start of that day in the reader's zone, for the API's instants. */
function dayStart(day: string): string | undefined {
  if (!day) return undefined;
  const at = new Date(`${day}T00:00:00`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

function dayAfter(day: string): string | undefined {
  const start = dayStart(day);
  return start ? new Date(new Date(start).getTime() + 24 * 3600 * 1000).toISOString() : undefined;
}

/** Who did what, when, to what: every share transition and every admin or security action, filtered and paged. */
export function AuditLogPage() {
  const { t, formatDate } = useI18n();
  const [action, setAction] = useState('');
  const [userId, setUserId] = useState('');
  const [shareId, setShareId] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const users = useQuery(queries.users());
  const filters: AuditFilters = { action: action || undefined, userId: userId || undefined, shareId: shareId || undefined, from: dayStart(fromDay), to: dayAfter(toDay) };
  const log = useInfiniteQuery(queries.auditEventPages(filters, PAGE_SIZE));
  const entries = log.data?.pages.flatMap((page) => page.entries);
  const filtered = Boolean(action || userId || shareId || fromDay || toDay);

  const actionLabel = (name: string) => translatedOr(t, `audit.action.${name}`, humanize(name));
  const personName = (person: { name: string } | null) => (person === null ? t('audit.system') : person.name || t('audit.formerMember'));

  const clear = () => {
    setAction('');
    setUserId('');
    setShareId('');
    setFromDay('');
    setToDay('');
  };

  return (
    <Page title={t('nav.auditLog')} intro={t('audit.intro')} testId="page-audit-log">
      <div className="toolbar audit-filters" data-testid="audit-filters">
        <div className="toolbar-field">
          <label className="field-label" htmlFor="audit-action">
            {t('audit.filterAction')}
          </label>
          <select id="audit-action" className="select" value={action} onChange={(event) => setAction(event.target.value)} data-testid="audit-action">
            <option value="">{t('audit.anyAction')}</option>
            {(
              [
                ['audit.adminActions', ADMIN_ACTIONS],
                ['audit.shareActions', SHARE_ACTIONS],
              ] as const
            ).map(([label, names]) => (
              <optgroup key={label} label={t(label)}>
                {names.map((name) => (
                  <option key={name} value={name}>
                    {actionLabel(name)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <FilterSelect
          id="audit-person"
          label={t('audit.filterPerson')}
          value={userId}
          onChange={setUserId}
          testId="audit-person"
          options={[{ value: '', label: t('audit.anyone') }, ...(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))]}
        />
        <div className="toolbar-field">
          <label className="field-label" htmlFor="audit-from">
            {t('audit.fromDay')}
          </label>
          <input id="audit-from" type="date" className="input" value={fromDay} max={toDay || undefined} onChange={(event) => setFromDay(event.target.value)} data-testid="audit-from" />
        </div>
        <div className="toolbar-field">
          <label className="field-label" htmlFor="audit-to">
            {t('audit.toDay')}
          </label>
          <input id="audit-to" type="date" className="input" value={toDay} min={fromDay || undefined} onChange={(event) => setToDay(event.target.value)} data-testid="audit-to" />
        </div>
        {filtered && (
          <button type="button" className="button button-ghost button-small" onClick={clear} data-testid="audit-clear">
            {t('audit.clearFilters')}
          </button>
        )}
      </div>
      {shareId && <p data-testid="audit-one-share">{t('audit.oneShare', { id: shareId.slice(0, 8) })}</p>}
      {log.isFetchNextPageError && <ErrorText error={log.error} />}
      {log.error !== null && !entries ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : !entries ? (
        <LoadingState />
      ) : entries.length === 0 ? (
        <EmptyState title={t('audit.empty')}>
          <p>{t('audit.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <DataTable
            caption={t('nav.auditLog')}
            rows={entries}
            rowKey={(entry) => entry.id}
            rowProps={(entry) => ({ 'data-testid': 'audit-row', 'data-action': entry.action })}
            testId="audit-table"
            columns={[
              {
                header: t('common.date'),
                className: 'nowrap',
                cell: (entry) => <time dateTime={entry.createdAt}>{formatDate(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>,
              },
              {
                header: t('audit.who'),
                className: 'audit-who',
                cell: (entry) =>
                  entry.actor ? (
                    <button type="button" className="link-button" onClick={() => setUserId(entry.actor!.id)} title={t('audit.showPerson')}>
                      {personName(entry.actor)}
                    </button>
                  ) : (
                    t('audit.system')
                  ),
              },
              { header: t('audit.action'), rowHeader: true, cell: (entry) => <span data-testid="audit-action-label">{actionLabel(entry.action)}</span> },
              { header: t('audit.about'), cell: (entry) => <About entry={entry} onShare={setShareId} onPerson={setUserId} personName={personName} /> },
              { header: t('audit.detail'), className: 'small audit-detail', cell: (entry) => <Detail entry={entry} /> },
            ]}
          />
          {log.hasNextPage && (
            <BusyButton busy={log.isFetchingNextPage} busyLabel={t('common.loading')} onClick={() => void log.fetchNextPage()} testId="audit-more">
              {t('audit.loadMore')}
            </BusyButton>
          )}
        </>
      )}
    </Page>
  );
}

function About({ entry, onShare, onPerson, personName }: { entry: AuditEvent; onShare: (id: string) => void; onPerson: (id: string) => void; personName: (person: { name: string } | null) => string }) {
  const { t } = useI18n();
  if (entry.kind === 'share' && entry.shareId) {
    return (
      <span className="audit-about">
        <button type="button" className="link-button" onClick={() => onShare(entry.shareId!)} title={t('audit.showShare')} data-testid="audit-share">
          {entry.shareOwner ? t('audit.shareOf', { name: personName(entry.shareOwner) }) : t('audit.aShare')}
        </button>
        {(entry.fromStatus || entry.toStatus) && <StatusChange from={entry.fromStatus} to={entry.toStatus} />}
      </span>
    );
  }
  if (entry.targetUser) {
    return (
      <button type="button" className="link-button" onClick={() => onPerson(entry.targetUser!.id)} title={t('audit.showPerson')}>
        {personName(entry.targetUser)}
      </button>
    );
  }
  return <>{translatedOr(t, `audit.target.${entry.targetType}`, humanize(entry.targetType))}</>;
}

function StatusChange({ from, to }: { from: string | null; to: string | null }) {
  const badge = (value: string | null) => (value && SHARE_STATUSES.includes(value as ShareStatus) ? <StatusBadge status={value as ShareStatus} testId="audit-status" /> : null);
  return (
    <span className="audit-status-change">
      {badge(from)}
      {from && to && <span aria-hidden="true">→</span>}
      {badge(to)}
    </span>
  );
}

/** The entry's details as label: value lines a person can read; ids and hashes shortened, instants in the reader's zone. */
function Detail({ entry }: { entry: AuditEvent }) {
  const { t, formatDate, formatList } = useI18n();
  const detail = entry.detail ?? {};
  const label = (key: string) => fieldLabel(t, key);
  const show = (value: unknown, key?: string): string => {
    if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') {
      const named = key ? valueLabel(t, key, value) : null;
      if (named) return named;
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
      return /^[0-9a-f-]{32,}$/i.test(value) ? `${value.slice(0, 12)}…` : value;
    }
    if (Array.isArray(value)) return formatList(value.map((item) => (key === 'changed' && typeof item === 'string' ? label(item) : show(item, key))));
    if (value && typeof value === 'object') {
      const change = value as { from?: unknown; to?: unknown };
      if ('from' in change || 'to' in change) return `${show(change.from ?? '–', key)} → ${show(change.to ?? '–', key)}`;
      return Object.entries(value)
        .map(([inner, innerValue]) => `${label(inner)}: ${show(innerValue, inner)}`)
        .join('; ');
    }
    return '–';
  };
  const lines = Object.entries(detail).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (lines.length === 0) return null;
  return (
    <dl className="detail-list">
      {lines.map(([key, value]) => (
        <div key={key}>
          <dt>{label(key)}</dt>
          <dd>{show(value, key)}</dd>
        </div>
      ))}
    </dl>
  );
}
