import type { ShareStatus } from '../../../api/models';
import { useI18n } from '../../../i18n/I18nContext';

const STEP_ORDER = ['write', 'approve', 'schedule', 'publish'] as const;

/** Where the share is on its way: write, approve, schedule, publish. */
export function Steps({ status, dirty }: { status: ShareStatus | null; dirty: boolean }) {
  const t = useI18n().t;
  const current =
    status === null || status === 'draft' || status === 'failed' || dirty
      ? 'write'
      : status === 'in_review'
        ? 'approve'
        : status === 'approved' || status === 'needs_reconnect'
          ? 'schedule'
          : 'publish';
  const currentIndex = STEP_ORDER.indexOf(current);
  return (
    <ol className="steps" aria-label={t('composer.steps')}>
      {STEP_ORDER.map((step, index) => (
        <li key={step} className="step" data-state={index < currentIndex || status === 'published' ? 'done' : index === currentIndex ? 'current' : 'todo'} aria-current={index === currentIndex ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {index + 1}
          </span>
          {t(`composer.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}
