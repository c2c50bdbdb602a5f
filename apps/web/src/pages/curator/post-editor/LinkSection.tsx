import { BusyButton } from '../../../components/BusyButton';
import { ErrorText } from '../../../components/ErrorText';
import { Notice } from '../../../components/Notice';
import { InputField, TextAreaField } from '../../../components/fields';
import { FormCard } from '../../../components/FormCard';
import { useI18n } from '../../../i18n/I18nContext';
import type { PostEditorState } from './usePostEditor';

/** The link, prefilled from its page on request, with the title, description and image. */
export function LinkSection({ editor }: { editor: PostEditorState }) {
  const { t } = useI18n();
  const { draft, set, fieldErrors, busy } = editor;
  return (
    <FormCard id="post-link" title={t('content.linkSection')}>
      <div className="field-with-button">
        <InputField label={t('content.url')} type="url" inputMode="url" value={draft.url} onChange={(event) => set('url', event.target.value)} error={fieldErrors.url} placeholder="https://" testId="post-url" />
        <BusyButton busy={busy === 'preview'} busyLabel={t('content.fetching')} onClick={editor.onFetchPreview} disabled={draft.url.trim() === '' || busy !== null} testId="fetch-preview">
          {t('content.fetchPreview')}
        </BusyButton>
      </div>
      {editor.previewError !== null && <ErrorText error={editor.previewError} testId="preview-error" />}
      {editor.previewNotice && (
        <Notice tone="success" live testId="preview-notice">
          {editor.previewNotice}
        </Notice>
      )}
      <InputField label={t('content.titleField')} value={draft.title} onChange={(event) => set('title', event.target.value)} error={fieldErrors.title} maxLength={300} required testId="post-title" />
      <TextAreaField label={t('content.description')} value={draft.description} onChange={(event) => set('description', event.target.value)} error={fieldErrors.description} rows={2} maxLength={5000} testId="post-description" />
      <InputField label={t('content.imageUrl')} hint={t('content.imageUrlHint')} type="url" value={draft.imageUrl} onChange={(event) => set('imageUrl', event.target.value)} error={fieldErrors.imageUrl} testId="post-image" />
    </FormCard>
  );
}
