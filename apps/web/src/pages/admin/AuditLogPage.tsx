import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SHARE_STATUSES, type ShareStatus } from '../../api/models';
import { queries } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { FilterSelect } from '../../components/fields';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { humanize } from '../../lib/labels';

const LIMITS = [100, 250, 500] as const;

/** Every transition of every share: who did what, when, from which status to which. */
export function AuditLogPage() {
  const { t, formatDate } = useI18n();
  const [limit, setLimit] = useState<number>(100);
  const [shareId, setShareId] = useState('');
  const log = useQuery({ ...queries.auditLog({ limit, shareId: shareId || undefined }), placeholderData: keepPreviousData });
  // Only for names: without it, ids are shown.
  const users = useQuery(queries.users());
  const nameOf = (id: string | null) => (id ? (users.data?.find((user) => user.id === id)?.name ?? id.slice(0, 8)) : t('audit.system'));

  const status = (value: string | null) =>
    value === null ? <span className="muted">–</span> : SHARE_STATUSES.includes(value as ShareStatus) ? <StatusBadge status={value as ShareStatus} testId="audit-status" /> : value;

  return (
    <Page title={t('nav.auditLog')} intro={t('audit.intro')} testId="page-audit-log">
      <div className="toolbar">
        <FilterSelect id="audit-limit" label={t('audit.show')} value={limit} onChange={(value) => setLimit(Number(value))} options={LIMITS.map((value) => ({ value, label: t('audit.latest', { count: value }) }))} />
        {shareId && (
          <p>
            {t('audit.oneShare', { id: shareId.slice(0, 8) })}{' '}
            <button type="button" className="button button-ghost button-small" onClick={() => setShareId('')}>
              {t('audit.allShares')}
            </button>
          </p>
        )}
      </div>
      <QueryView
        query={log}
        empty={{ title: t('audit.empty'), body: t('audit.emptyBody') }}
      >
        {(entries) => (
          <DataTable
            caption={t('nav.auditLog')}
            rows={entries}
            rowKey={(entry) => entry.id}
            rowProps={() => ({ 'data-testid': 'audit-row' })}
            testId="audit-table"
            columns={[
              { header: t('common.date'), className: 'nowrap', cell: (entry) => formatDate(entry.createdAt, { dateStyle: 'short', timeStyle: 'medium' }) },
              {
                header: t('audit.share'),
                cell: (entry) => (
                  <button type="button" className="link-button mono" onClick={() => setShareId(entry.shareId)} title={t('audit.filterShare')}>
                    {entry.shareId.slice(0, 8)}
                  </button>
                ),
              },
              { header: t('audit.who'), cell: (entry) => nameOf(entry.actorId) },
              { header: t('audit.action'), cell: (entry) => humanize(entry.action) },
              { header: t('audit.from'), cell: (entry) => status(entry.fromStatus) },
              { header: t('audit.to'), cell: (entry) => status(entry.toStatus) },
              { header: t('audit.detail'), className: 'small detail-cell', cell: (entry) => (entry.detail ? <Detail detail={entry.detail} /> : '') },
            ]}
          />
        )}
      </QueryView>
    </Page>
  );
}

function Detail({ detail }: { detail: Record<string, unknown> }) {
  const entries = Object.entries(detail).filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <dl className="detail-list">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{humanize(key)}</dt>
          <dd>{shorten(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value))}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Hashes and ids are shown by their first characters, with the whole value on hover. */
function shorten(text: string) {
  return /^[0-9a-f-]{32,}$/i.test(text) ? <span title={text}>{text.slice(0, 12)}…</span> : text;
}
