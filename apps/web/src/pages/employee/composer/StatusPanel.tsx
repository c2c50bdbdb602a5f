import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { queries } from '../../../api/queries';
import type { ScheduleInput, Share } from '../../../api/models';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { Notice } from '../../../components/Notice';
import { useI18n } from '../../../i18n/I18nContext';
import { ScheduleForm } from '../ScheduleForm';

interface StatusPanelProps {
  share: Share | null;
  /** A reviewer approved this text after its owner did. */
  reviewerApproved: boolean;
  dirty: boolean;
  busy: string | null;
  rescheduling: boolean;
  canSchedule: boolean;
  postId: string;
  onSchedule: (input: ScheduleInput) => void;
  onReschedule: () => void;
  onStopRescheduling: () => void;
  onCancel: () => Promise<void>;
}

/** What happens next for this share, and the buttons for it. */
export function StatusPanel({ share, reviewerApproved, dirty, busy, rescheduling, canSchedule, postId, onSchedule, onReschedule, onStopRescheduling, onCancel }: StatusPanelProps) {
  const { t, formatDate } = useI18n();
  if (!share) return null;
  const when = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'full', timeStyle: 'short' }) : '');
  const cancellable = ['draft', 'in_review', 'approved', 'scheduled', 'failed', 'needs_reconnect'].includes(share.status);
  const cancel = cancellable && (
    <ConfirmButton question={t('composer.cancelQuestion')} confirmLabel={t('composer.cancelConfirm')} busyLabel={t('composer.cancelling')} onConfirm={onCancel} testId="cancel-share">
      {t('composer.cancelShare')}
    </ConfirmButton>
  );

  return (
    <div className="status-panel" data-testid="status-panel" data-status={share.status}>
      {share.status === 'in_review' && (
        <Notice tone="warning" live testId="in-review">
          {t('composer.inReview')}
        </Notice>
      )}
      {reviewerApproved && (
        <Notice tone="success" testId="reviewer-approved">
          {share.reviewedAt && t('composer.reviewerApproved', { date: when(share.reviewedAt) })}
        </Notice>
      )}
      {share.status === 'scheduled' && !rescheduling && (
        <Notice tone="info" live testId="scheduled-for">
          {share.slotted ? t('composer.slottedFor', { date: when(share.scheduledAt) }) : t('composer.scheduledFor', { date: when(share.scheduledAt) })}
        </Notice>
      )}
      {share.status === 'publishing' && (
        <div className="notice notice-info publishing" role="status">
          <span className="spinner" aria-hidden="true" /> {t('composer.publishing')}
        </div>
      )}
      {share.status === 'published' && (
        <Notice tone="success" live testId="published-notice">
          {t('composer.published', { date: when(share.publishedAt) })}{' '}
          {share.postUrl && (
            <a href={share.postUrl} target="_blank" rel="noreferrer noopener" data-testid="post-link">
              {t('composer.seePost', { network: t(`network.${share.network === 'x' ? 'x' : 'linkedin'}`) })}
            </a>
          )}
          <ShareFiguresLine share={share} />
        </Notice>
      )}
      {share.status === 'failed' && <Notice tone="warning">{t('composer.failed', { reason: share.lastError ?? '' })}</Notice>}
      {share.status === 'needs_reconnect' && (
        <Notice tone="warning">
          {t('composer.needsReconnect')} <Link to="/connections">{t('composer.goReconnect')}</Link>
        </Notice>
      )}
      {share.status === 'cancelled' && (
        <Notice tone="info" live testId="cancelled-notice">
          {share.cancelledReason ?? t('composer.cancelled')} <Link to={`/feed/${postId}/share`}>{t('composer.writeAgain')}</Link>
        </Notice>
      )}

      {canSchedule && !dirty && (
        <section className="schedule-panel" aria-labelledby="schedule-heading">
          <h3 id="schedule-heading">{share.status === 'scheduled' ? t('composer.rescheduleHeading') : t('composer.scheduleHeading')}</h3>
          <ScheduleForm current={share.status === 'scheduled' ? share.scheduledAt : null} busy={busy === 'schedule'} onSchedule={onSchedule} onCancel={share.status === 'scheduled' ? onStopRescheduling : undefined} />
        </section>
      )}

      <div className="button-row">
        {share.status === 'scheduled' && !rescheduling && (
          <button type="button" className="button button-secondary" onClick={onReschedule} data-testid="reschedule">
            {t('composer.reschedule')}
          </button>
        )}
        {cancel}
      </div>
    </div>
  );
}

/** How often a published share's figures are asked for again while its page is open. */
const FIGURES_POLL_MS = 15_000;

/**
 * A published share's figures on one line: counted clicks of its tracked link, then the
 * network's latest read of reactions, comments, reshares and impressions (docs/architecture.md,
 * "Engagement"), or that it was not read yet. Asked again every 15 s while the page is open.
 */
function ShareFiguresLine({ share }: { share: Share }) {
  const { t } = useI18n();
  const engagement = useQuery({ ...queries.shareEngagement(share.id), refetchInterval: FIGURES_POLL_MS });
  const figures = engagement.data;
  const clicks = figures?.clicks ?? share.clicks;
  const read = figures !== undefined && figures.readAt !== null && figures.reactions !== null;
  const parts = [
    ...(share.trackedUrl ? [t('composer.engagement.clicks', { count: clicks })] : []),
    ...(!figures
      ? []
      : !read
        ? [t('composer.engagementNotRead')]
        : [
            t('composer.engagement.reactions', { count: figures.reactions ?? 0 }),
            t('composer.engagement.comments', { count: figures.comments ?? 0 }),
            t('composer.engagement.reshares', { count: figures.reshares ?? 0 }),
            ...(figures.impressions === null ? [] : [t('composer.engagement.impressions', { count: figures.impressions })]),
          ]),
  ];
  if (parts.length === 0) return null;
  return (
    <>
      <span
        className="block small"
        data-testid="share-engagement"
        data-read={read}
        data-clicks={clicks}
        data-reactions={read ? figures.reactions : ''}
        data-impressions={read ? (figures.impressions ?? '') : ''}
      >
        {parts.join(' · ')}
      </span>
      {share.trackedUrl && <span className="block small muted">{t('composer.clicksCounted')}</span>}
    </>
  );
}
