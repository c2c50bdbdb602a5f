import type { Share, ShareStatus } from '../../../api/models';
import { useI18n } from '../../../i18n/I18nContext';

type StepName = 'write' | 'approve' | 'schedule' | 'publish';
type StepState = 'done' | 'current' | 'todo';

const STEP_ORDER: readonly StepName[] = ['write', 'approve', 'schedule', 'publish'];

/**
 * Where the share is on its way. Each step is done, current or still to come, read from the
 * share as saved (and whether the words changed since): "Published" is only ever said of a
 * share that went out; a scheduled one has its schedule done and its publishing still ahead.
 */
export function stepStates(status: ShareStatus | null, dirty: boolean): Record<StepName, StepState> {
  const current: StepName | null =
    status === null || status === 'draft' || status === 'failed' || dirty
      ? 'write'
      : status === 'in_review'
        ? 'approve'
        : status === 'approved' || status === 'needs_reconnect'
          ? 'schedule'
          : status === 'publishing'
            ? 'publish'
            : null;
  const states = {} as Record<StepName, StepState>;
  const currentIndex = current === null ? -1 : STEP_ORDER.indexOf(current);
  STEP_ORDER.forEach((step, index) => {
    if (status === 'published' && !dirty) states[step] = 'done';
    else if (status === 'scheduled' && !dirty) states[step] = step === 'publish' ? 'todo' : 'done';
    else if (status === 'cancelled') states[step] = 'todo';
    else states[step] = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
  });
  return states;
}

export function Steps({ share, dirty }: { share: Share | null; dirty: boolean }) {
  const { t } = useI18n();
  const status = share?.status ?? null;
  const states = stepStates(status, dirty);
  const label = (step: StepName): string => {
    if (step === 'approve' && status === 'in_review' && !dirty) return t('composer.step.inReview');
    if (step === 'publish') return states.publish === 'done' ? t('composer.step.published') : status === 'publishing' ? t('composer.step.publishing') : t('composer.step.publish');
    return t(`composer.step.${step}`);
  };
  return (
    <ol className="steps" aria-label={t('composer.steps')} data-testid="composer-steps">
      {STEP_ORDER.map((step, index) => (
        <li key={step} className="step" data-state={states[step]} data-testid={`step-${step}`} aria-current={states[step] === 'current' ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {states[step] === 'done' ? '✓' : index + 1}
          </span>
          {label(step)}
        </li>
      ))}
    </ol>
  );
}
