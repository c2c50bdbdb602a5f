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

/** A share's status in words, with `data-status` for tests and styling. */
export function StatusBadge({ status, testId = 'share-status' }: { status: ShareStatus; testId?: string }) {
  const t = useT();
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
