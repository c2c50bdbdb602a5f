import { BusyButton } from '../../../components/BusyButton';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorText } from '../../../components/ErrorText';
import { Notice } from '../../../components/Notice';
import { useI18n } from '../../../i18n/I18nContext';
import type { PostEditorState } from './usePostEditor';

/** What went wrong or right, and save, publish or archive. */
export function EditorFooter({ editor }: { editor: PostEditorState }) {
  const { t } = useI18n();
  const { post, busy, error, fieldErrors, notice } = editor;
  const status = post?.status;
  return (
    <>
      {Object.values(fieldErrors).some(Boolean) && (
        <p className="field-error" role="alert">
          {t('content.fixFields')}
        </p>
      )}
      {error !== null && <ErrorText error={error} testId="post-error" />}
      {notice && (
        <Notice tone="success" live testId="post-notice">
          {notice}
        </Notice>
      )}
      <div className="button-row">
        <BusyButton type="submit" busy={busy === 'save'} busyLabel={t('common.saving')} disabled={busy !== null} testId="post-save">
          {post ? t('content.save') : t('content.saveDraft')}
        </BusyButton>
        {status !== 'published' && (
          <BusyButton variant="primary" busy={busy === 'publish'} busyLabel={t('content.publishing')} onClick={editor.onPublish} disabled={busy !== null} testId="post-publish">
            {t('content.publish')}
          </BusyButton>
        )}
        {status === 'published' && (
          <ConfirmButton question={t('content.archiveQuestion')} confirmLabel={t('content.archive')} busyLabel={t('content.archiving')} onConfirm={editor.onArchive} testId="post-archive">
            {t('content.archive')}
          </ConfirmButton>
        )}
      </div>
    </>
  );
}
