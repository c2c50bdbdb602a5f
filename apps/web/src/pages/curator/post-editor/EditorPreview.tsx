import { PostPreviewCard } from '../../../components/PostPreviewCard';
import { useI18n } from '../../../i18n/I18nContext';
import type { Draft } from './draft';

/** The post as LinkedIn would show it, from what is typed. */
export function EditorPreview({ draft }: { draft: Draft }) {
  const { t } = useI18n();
  return (
    <aside className="editor-preview" aria-labelledby="post-preview-heading">
      <h2 id="post-preview-heading" className="section-title">
        {t('content.previewHeading')}
      </h2>
      <PostPreviewCard
        authorName={t('content.previewAuthor')}
        network="linkedin"
        text={draft.linkedin || draft.suggestedCommentary}
        link={draft.url || null}
        title={draft.title || null}
        description={draft.description || null}
        imageUrl={draft.imageUrl || null}
        testId="post-preview"
      />
      <p className="field-hint">{t('content.previewHint')}</p>
    </aside>
  );
}
