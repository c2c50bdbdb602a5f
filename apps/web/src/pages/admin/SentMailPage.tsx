import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isNotificationKind, type SentMail } from '../../api/models';
import { queries } from '../../api/queries';
import { BusyButton } from '../../components/BusyButton';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { SegmentedControl } from '../../components/SegmentedControl';
import { Tag } from '../../components/StatusBadge';
import { useI18n, useT } from '../../i18n/I18nContext';

const PAGE_SIZE = 50;

const STATUS_TONE: Record<SentMail['status'], 'neutral' | 'info' | 'success' | 'danger'> = { queued: 'info', sent: 'success', kept: 'neutral', failed: 'danger' };

/** What the mail is about, in words: its notification kind, its digest, or an invitation or reset. */
function useMailKindName(): (mail: Pick<SentMail, 'category' | 'kind'>) => string {
  const t = useT();
  return (mail) => {
    if (mail.kind !== null && isNotificationKind(mail.kind)) return t(`mailKind.${mail.kind}`);
    if (mail.category === 'digest' && (mail.kind === 'daily' || mail.kind === 'weekly')) return t(`sentMail.digest.${mail.kind}`);
    if (mail.category === 'notification') return mail.kind ?? t('sentMail.category.notification');
    return t(`sentMail.category.${mail.category}`);
  };
}

function MailStatus({ status }: { status: SentMail['status'] }) {
  const t = useT();
  return (
    <Tag tone={STATUS_TONE[status]} testId="sent-mail-status">
      {t(`sentMail.status.${status}`)}
    </Tag>
  );
}

/** The organisation's mail, newest first; without SMTP_URL every mail is kept here instead of sent. */
export function SentMailPage() {
  const { t, formatDate } = useI18n();
  const list = useInfiniteQuery(queries.sentMailPages(PAGE_SIZE));
  const kindName = useMailKindName();
  const loaded = list.data?.pages;
  const items = loaded?.flatMap((page) => page.items);
  const smtpConfigured = loaded?.[loaded.length - 1]?.smtpConfigured;

  return (
    <Page title={t('nav.sentMail')} intro={t('sentMail.intro')} testId="page-sent-mail">
      {smtpConfigured === false && <Notice testId="sent-mail-kept">{t('sentMail.keptNotice')}</Notice>}
      {list.isFetchNextPageError && <ErrorText error={list.error} />}
      {list.error !== null && !items ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState title={t('sentMail.empty')}>{t('sentMail.emptyBody')}</EmptyState>
      ) : (
        <>
          <DataTable
            caption={t('nav.sentMail')}
            rows={items}
            rowKey={(mail) => mail.id}
            rowProps={(mail) => ({ 'data-testid': 'sent-mail-row', 'data-to': mail.to })}
            testId="sent-mail-table"
            columns={[
              {
                header: t('sentMail.subject'),
                rowHeader: true,
                className: 'sent-mail-subject',
                cell: (mail) => (
                  <Link to={`/admin/sent-mail/${mail.id}`} data-testid="sent-mail-open">
                    {mail.subject}
                  </Link>
                ),
              },
              { header: t('sentMail.to'), className: 'sent-mail-to', cell: (mail) => <Address address={mail.to} /> },
              { header: t('sentMail.kind'), cell: (mail) => kindName(mail) },
              { header: t('common.status'), cell: (mail) => <MailStatus status={mail.status} /> },
              {
                header: t('sentMail.time'),
                className: 'nowrap',
                cell: (mail) => <time dateTime={mail.createdAt}>{formatDate(mail.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>,
              },
            ]}
          />
          {list.hasNextPage && (
            <BusyButton busy={list.isFetchingNextPage} busyLabel={t('common.loading')} onClick={() => void list.fetchNextPage()} testId="sent-mail-more">
              {t('sentMail.loadMore')}
            </BusyButton>
          )}
        </>
      )}
    </Page>
  );
}

/** An address that may break after its @ in a narrow column, rather than anywhere. */
function Address({ address }: { address: string }) {
  const at = address.indexOf('@');
  if (at < 0) return <>{address}</>;
  return (
    <>
      {address.slice(0, at + 1)}
      <wbr />
      {address.slice(at + 1)}
    </>
  );
}

/** `/admin/sent-mail/:mailId`: one mail, its HTML in a sandbox that runs no script, or its text. */
export function SentMailRoute() {
  const { mailId = '' } = useParams();
  const t = useT();
  const mail = useQuery(queries.sentMail(mailId));
  const back = <Link to="/admin/sent-mail">{t('sentMail.back')}</Link>;
  return (
    <Page title={mail.data?.subject ?? t('nav.sentMail')} documentTitle={t('nav.sentMail')} back={back} testId="page-sent-mail-detail">
      <QueryView query={mail}>{(data) => <MailView mail={data} />}</QueryView>
    </Page>
  );
}

type View = 'html' | 'text';

function MailView({ mail }: { mail: SentMail }) {
  const { t, formatDate } = useI18n();
  const kindName = useMailKindName();
  const [view, setView] = useState<View>('html');
  const time = (iso: string) => <time dateTime={iso}>{formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' })}</time>;
  return (
    <article className="card sent-mail" data-testid="sent-mail">
      <dl className="sent-mail-meta">
        <div>
          <dt>{t('sentMail.to')}</dt>
          <dd data-testid="sent-mail-to">{mail.to}</dd>
        </div>
        <div>
          <dt>{t('sentMail.kind')}</dt>
          <dd>{kindName(mail)}</dd>
        </div>
        <div>
          <dt>{t('common.status')}</dt>
          <dd>
            <MailStatus status={mail.status} />
          </dd>
        </div>
        <div>
          <dt>{t('sentMail.time')}</dt>
          <dd>{time(mail.createdAt)}</dd>
        </div>
        {mail.sentAt && mail.status === 'sent' && (
          <div>
            <dt>{t('sentMail.sentAt')}</dt>
            <dd>{time(mail.sentAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t('sentMail.language')}</dt>
          <dd>{mail.locale === 'en' || mail.locale === 'id' ? t(`language.${mail.locale}`) : mail.locale}</dd>
        </div>
      </dl>
      {mail.lastError && (
        <p className="error-text" data-testid="sent-mail-error">
          {t('sentMail.lastError', { error: mail.lastError })}
        </p>
      )}
      {mail.hidden ? (
        <Notice tone="warning" testId="sent-mail-hidden">
          {t(mail.category === 'invitation' ? 'sentMail.hiddenInvitation' : 'sentMail.hiddenReset')}
        </Notice>
      ) : (
        <>
          <SegmentedControl<View>
            legend={t('sentMail.show')}
            hideLegend
            value={view}
            onChange={setView}
            testId="sent-mail-view"
            options={[
              { value: 'html', label: t('sentMail.asHtml') },
              { value: 'text', label: t('sentMail.asText') },
            ]}
          />
          {view === 'html' ? (
            // No allow-scripts and no allow-same-origin: the mail's HTML can neither run code nor reach the app.
            // Its links open in a new tab (the <base>), outside the sandbox.
            <iframe
              className="sent-mail-frame"
              title={t('sentMail.frameTitle', { subject: mail.subject })}
              sandbox="allow-popups allow-popups-to-escape-sandbox"
              referrerPolicy="no-referrer"
              srcDoc={`<base target="_blank">${mail.html}`}
              data-testid="sent-mail-frame"
            />
          ) : (
            <pre className="sent-mail-text" data-testid="sent-mail-text">
              {mail.text}
            </pre>
          )}
        </>
      )}
    </article>
  );
}
