import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { archivePost, createPost, fetchLinkPreview, publishPost, updatePost, type PostDraft } from '../../../api/content';
import type { Post } from '../../../api/models';
import { AFFECTED_BY, markStale, queries } from '../../../api/queries';
import { useCurrentUser } from '../../../auth/AuthContext';
import { useActions } from '../../../hooks/useActions';
import { useFieldErrors } from '../../../components/errorMessages';
import { useI18n } from '../../../i18n/I18nContext';
import { draftOf, postFromDraft, type Draft, type FieldErrors } from './draft';

/** What the editor hands to its own new address after creating a post. */
export interface HandOver {
  /** The editor instance the post was created in, kept so nothing on screen resets. */
  editorKey?: string;
  keepFocus?: boolean;
}

export type EditorBusy = 'save' | 'publish' | 'archive' | 'preview' | null;

/** The post editor's state: the post as saved, the form, its problems, and the actions. */
export function usePostEditor(initialPost: Post | null) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const zone = user.timezone;
  const [post, setPostState] = useState(initialPost);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initialPost, zone));
  const { busy, error, notice, setNotice, run } = useActions<NonNullable<EditorBusy>>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // The link preview's own outcome, shown beside its button rather than at the foot of the form.
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [previewNotice, setPreviewNotice] = useState<string | null>(null);
  // The API's problems beside the fields they name (its paths, e.g. variants.x, by draft field).
  const server = useFieldErrors(error, {
    title: t('content.titleField'),
    url: t('content.url'),
    description: t('content.description'),
    imageUrl: t('content.imageUrl'),
    suggestedCommentary: t('content.suggested'),
    'variants.linkedin': t('content.variantLinkedin'),
    'variants.x': t('content.variantX'),
    hashtags: t('content.hashtags'),
    campaignId: t('content.campaign'),
    publishAt: t('content.publishAt'),
    expiresAt: t('content.expiresAt'),
    points: t('content.points'),
  });
  const { 'variants.linkedin': linkedin, 'variants.x': x, ...sameNames } = server.byField;
  const shownFieldErrors: FieldErrors = { ...sameNames, linkedin, x, ...definedOnly(fieldErrors) };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => ({ ...current, [key]: undefined }));
  };

  /** The post as the API answered, here and in the cache; lists and feeds are fetched again when shown. */
  const setPost = (saved: Post) => {
    setPostState(saved);
    queryClient.setQueryData(queries.post(saved.id).queryKey, saved);
    markStale(queryClient, AFFECTED_BY.post);
  };

  function validate(): PostDraft | null {
    const { input, errors } = postFromDraft(draft, zone, t);
    setFieldErrors(errors);
    return input;
  }

  async function save(input: PostDraft): Promise<Post> {
    return post ? updatePost(post.id, input) : createPost(input);
  }

  const afterSave = (saved: Post, message: string) => {
    setPost(saved);
    setDraft(draftOf(saved, zone));
    setNotice(message);
    // A new post gets its own address; the saved copy is in the cache so nothing is fetched again.
    if (!post) navigate(`/content/${saved.id}`, { replace: true, state: { editorKey: 'new', keepFocus: true } satisfies HandOver });
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = validate();
    if (!input) return;
    void run('save', async () => afterSave(await save(input), t('content.saved')));
  }

  function onPublish() {
    const input = validate();
    if (!input) return;
    void run('publish', async () => {
      const saved = await save(input);
      afterSave(await publishPost(saved.id), t('content.publishedNotice'));
    });
  }

  const onArchive = () =>
    run('archive', async () => {
      setPost(await archivePost(post!.id));
      setNotice(t('content.archivedNotice'));
    });

  function onFetchPreview() {
    if (!/^https?:\/\/\S+$/.test(draft.url.trim())) {
      setFieldErrors((current) => ({ ...current, url: t('content.badUrl') }));
      return;
    }
    setPreviewError(null);
    setPreviewNotice(null);
    void run('preview', async () => {
      let preview: Awaited<ReturnType<typeof fetchLinkPreview>>;
      try {
        preview = await fetchLinkPreview(draft.url.trim());
      } catch (fetchError) {
        setPreviewError(fetchError);
        return;
      }
      // Browsers block http images on Chorus's https pages, so such an image is not offered.
      const insecureImage = preview.imageUrl?.startsWith('http:') ?? false;
      const image = insecureImage ? '' : (preview.imageUrl ?? '');
      setDraft((current) => ({
        ...current,
        title: current.title || (preview.title ?? ''),
        description: current.description || (preview.description ?? ''),
        imageUrl: current.imageUrl || image,
      }));
      const filled = preview.title || preview.description || image ? t('content.previewFilled') : t('content.previewEmpty');
      setPreviewNotice(insecureImage ? `${filled} ${t('content.previewInsecureImage')}` : filled);
    });
  }

  return { post, draft, set, zone, busy, error: server.rest, fieldErrors: shownFieldErrors, notice, previewError, previewNotice, onSubmit, onPublish, onArchive, onFetchPreview };
}

/** The form's own problems win over the API's for the same field. */
function definedOnly(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, value]) => value !== undefined));
}

export type PostEditorState = ReturnType<typeof usePostEditor>;
