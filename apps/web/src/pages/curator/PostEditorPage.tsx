import { Link, useLocation, useParams } from 'react-router-dom';
import type { Campaign, Post, Team } from '../../api/models';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { POST_TONE } from './ContentListPage';
import { AudienceSection } from './post-editor/AudienceSection';
import { EditorFooter } from './post-editor/EditorFooter';
import { EditorPreview } from './post-editor/EditorPreview';
import { LinkSection } from './post-editor/LinkSection';
import { usePostEditor, type HandOver } from './post-editor/usePostEditor';
import { usePostEditorData } from './post-editor/usePostEditorData';
import { WordsSection } from './post-editor/WordsSection';

/** `/content/new` and `/content/:postId`. */
export function PostEditorRoute() {
  const { postId } = useParams();
  const { t } = useI18n();
  const handOver = (useLocation().state ?? {}) as HandOver;
  const { data, error, retry } = usePostEditorData(postId);
  const back = <Link to="/content">{t('content.back')}</Link>;
  if (error !== null && !data) {
    return (
      <Page title={t('content.editTitle')} back={back}>
        <ErrorState error={error} onRetry={retry} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={postId ? t('content.editTitle') : t('content.new')} back={back}>
        <LoadingState />
      </Page>
    );
  }
  // Keyed by the loaded post, so the form starts from the server's copy once it arrives; a
  // post just created keeps the editor it was written in.
  return <PostEditor key={handOver.editorKey ?? data.post?.id ?? 'new'} post={data.post} teams={data.teams} campaigns={data.campaigns} />;
}

function PostEditor({ post: initialPost, teams, campaigns }: { post: Post | null; teams: Team[]; campaigns: Campaign[] }) {
  const { t } = useI18n();
  const editor = usePostEditor(initialPost);
  const { post, busy } = editor;
  const status = post?.status;
  return (
    <Page
      title={post ? post.title : t('content.new')}
      documentTitle={post ? t('content.editTitle') : t('content.new')}
      back={<Link to="/content">{t('content.back')}</Link>}
      actions={status && <Tag tone={POST_TONE[status]} testId="post-status">{t(`postStatus.${status}`)}</Tag>}
      testId="page-post-editor"
    >
      <div className="editor-grid">
        <form className="form" onSubmit={editor.onSubmit} noValidate aria-busy={busy !== null} data-testid="post-form">
          <LinkSection editor={editor} />
          <WordsSection editor={editor} />
          <AudienceSection editor={editor} teams={teams} campaigns={campaigns} />
          <EditorFooter editor={editor} />
        </form>
        <EditorPreview draft={editor.draft} />
      </div>
    </Page>
  );
}
