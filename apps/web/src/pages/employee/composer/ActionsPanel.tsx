import { BusyButton } from '../../../components/BusyButton';
import { useI18n } from '../../../i18n/I18nContext';
import { StatusPanel } from './StatusPanel';
import type { ComposerState } from './useComposer';

/** Save and approve while writing; scheduling, cancelling and how it went once approved. */
export function ActionsPanel({ composer }: { composer: ComposerState }) {
  const { t } = useI18n();
  const { locked, canApprove, dirty, busy, share, status, network, commentary, disclosure, post } = composer;
  return (
    <>
      {!locked && (
        <div className="button-row">
          {canApprove && (
            <BusyButton variant="primary" busy={busy === 'approve'} busyLabel={t('composer.approving')} onClick={composer.onApprove} disabled={busy !== null || disclosure.missing} testId="composer-approve">
              {t('composer.approve')}
            </BusyButton>
          )}
          {dirty && (
            <BusyButton busy={busy === 'save'} busyLabel={t('common.saving')} onClick={composer.onSave} disabled={busy !== null || commentary.trim() === ''} testId="composer-save">
              {share ? t('composer.saveChanges') : t('composer.saveDraft')}
            </BusyButton>
          )}
        </div>
      )}
      {canApprove && <p className="field-hint">{t('composer.approveHint', { network: t(`network.${network === 'x' ? 'x' : 'linkedin'}`) })}</p>}
      {dirty && status !== null && status !== 'draft' && !locked && <p className="field-hint">{t('composer.editResets')}</p>}

      <StatusPanel
        share={share}
        reviewerApproved={composer.reviewerApproved}
        dirty={dirty}
        busy={busy}
        rescheduling={composer.rescheduling}
        canSchedule={composer.canSchedule}
        onSchedule={composer.onSchedule}
        onReschedule={() => composer.setRescheduling(true)}
        onStopRescheduling={() => composer.setRescheduling(false)}
        onCancel={composer.onCancel}
        postId={post?.id ?? share?.postId ?? ''}
      />
    </>
  );
}
