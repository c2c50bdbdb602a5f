import type { ShareStatus } from '../api/models';
import { useT } from '../i18n/I18nContext';

const TONES: Record<ShareStatus, 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'progress'> = {
  draft: 'neutral',
  in_review: 'warning',
  approved: 'info',
  scheduled: 'info',
  publishing: 'progress',
  published: 'success',
  failed: 'danger',
  needs_reconnect: 'danger',
  cancelled: 'neutral',
};

/**
 * A share's status in words, with `data-status` for tests and styling. `unsaved`: the words on
 * screen differ from the saved share, so its saved status (say "Approved") is no longer true of them.
 */
export function StatusBadge({ status, unsaved = false, testId = 'share-status' }: { status: ShareStatus; unsaved?: boolean; testId?: string }) {
  const t = useT();
  if (unsaved) {
    return (
      <span className="status status-warning" data-status="unsaved" data-saved-status={status} data-testid={testId}>
        {t('shareStatus.unsaved')}
      </span>
    );
  }
  return (
    <span className={`status status-${TONES[status] ?? 'neutral'}`} data-status={status} data-testid={testId}>
      {t(`shareStatus.${status}`)}
    </span>
  );
}

/** Any other status (posts, users, redemptions) with a tone. */
export function Tag({ tone = 'neutral', children, testId }: { tone?: 'neutral' | 'info' | 'success' | 'warning' | 'danger'; children: string; testId?: string }) {
  return (
    <span className={`status status-${tone}`} data-testid={testId}>
      {children}
    </span>
  );
}
