import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { archivePost, createPost, fetchLinkPreview, getPost, listCampaigns, publishPost, updatePost, type PostDraft } from '../../api/content';
import { listTeams } from '../../api/users';
import type { Campaign, Post, Team } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { BusyButton } from '../../components/BusyButton';
import { CharacterCounter } from '../../components/CharacterCounter';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { CheckboxField, InputField, SelectField, TextAreaField } from '../../components/fields';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PostPreviewCard } from '../../components/PostPreviewCard';
import { Tag } from '../../components/StatusBadge';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nContext';
import { LINKEDIN_COMMENTARY_MAX_CHARACTERS, X_POST_MAX_WEIGHT } from '@chorus/networks';
import { parseHashtags, xWeightedLength } from '../../lib/text';
import { fromLocalInput, toLocalInput } from '../../lib/time';
import { POST_TONE } from './ContentListPage';

interface Draft {
  title: string;
  url: string;
  description: string;
  imageUrl: string;
  suggestedCommentary: string;
  linkedin: string;
  x: string;
  hashtags: string;
  teamIds: string[];
  campaignId: string;
  publishAt: string;
  expiresAt: string;
  featured: boolean;
  points: string;
  requireOwnCommentary: boolean;
}

function draftOf(post: Post | null, zone: string): Draft {
  return {
    title: post?.title ?? '',
    url: post?.url ?? '',
    description: post?.description ?? '',
    imageUrl: post?.imageUrl ?? '',
    suggestedCommentary: post?.suggestedCommentary ?? '',
    linkedin: post?.variants.linkedin ?? '',
    x: post?.variants.x ?? '',
    hashtags: post?.hashtags.join(' ') ?? '',
    teamIds: post?.teamIds ?? [],
    campaignId: post?.campaignId ?? '',
    publishAt: toLocalInput(post?.publishAt, zone),
    expiresAt: toLocalInput(post?.expiresAt, zone),
    featured: post?.featured ?? false,
    points: post?.points === null || post?.points === undefined ? '' : String(post.points),
    requireOwnCommentary: post?.requireOwnCommentary ?? false,
  };
}

/** What the editor hands to its own new address after creating a post. */
interface HandOver {
  /** The editor instance the post was created in, kept so nothing on screen resets. */
  editorKey?: string;
  keepFocus?: boolean;
}

/** `/content/new` and `/content/:postId`. */
export function PostEditorRoute() {
  const { postId } = useParams();
  const { t } = useI18n();
  const handOver = (useLocation().state ?? {}) as HandOver;
  const data = useResource(
    async (signal) => {
      const [post, teams, campaigns] = await Promise.all([
        postId ? getPost(postId, signal) : Promise.resolve(null),
        listTeams(signal),
        listCampaigns(signal).catch(() => [] as Campaign[]),
      ]);
      return { post, teams, campaigns };
    },
    [postId],
  );
  const back = <Link to="/content">{t('content.back')}</Link>;
  if (data.error !== null && !data.data) {
    return (
      <Page title={t('content.editTitle')} back={back}>
        <ErrorState error={data.error} onRetry={data.reload} />
      </Page>
    );
  }
  if (!data.data) {
    return (
      <Page title={postId ? t('content.editTitle') : t('content.new')} back={back}>
        <LoadingState />
      </Page>
    );
  }
  // Keyed by the loaded post, so the form starts from the server's copy once it arrives; a
  // post just created keeps the editor it was written in.
  const loaded = data.data.post;
  return <PostEditor key={handOver.editorKey ?? loaded?.id ?? 'new'} post={loaded} teams={data.data.teams} campaigns={data.data.campaigns} />;
}

function PostEditor({ post: initialPost, teams, campaigns }: { post: Post | null; teams: Team[]; campaigns: Campaign[] }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const zone = user.timezone;
  const [post, setPost] = useState(initialPost);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initialPost, zone));
  const [busy, setBusy] = useState<'save' | 'publish' | 'archive' | 'preview' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setFieldErrors((current) => ({ ...current, [key]: undefined }));
  };

  function validate(): PostDraft | null {
    const errors: Partial<Record<keyof Draft, string>> = {};
    if (draft.title.trim() === '') errors.title = t('content.required');
    if (draft.suggestedCommentary.trim() === '') errors.suggestedCommentary = t('content.required');
    if (draft.url.trim() !== '' && !/^https?:\/\/\S+$/.test(draft.url.trim())) errors.url = t('content.badUrl');
    if (draft.imageUrl.trim() !== '' && !/^https?:\/\/\S+$/.test(draft.imageUrl.trim())) errors.imageUrl = t('content.badUrl');
    if ([...draft.linkedin].length > LINKEDIN_COMMENTARY_MAX_CHARACTERS) errors.linkedin = t('content.tooLong');
    if (xWeightedLength(draft.x) > X_POST_MAX_WEIGHT) errors.x = t('content.tooLong');
    const publishAt = draft.publishAt ? fromLocalInput(draft.publishAt, zone) : null;
    const expiresAt = draft.expiresAt ? fromLocalInput(draft.expiresAt, zone) : null;
    if (publishAt && expiresAt && expiresAt <= publishAt) errors.expiresAt = t('content.expiryBeforeStart');
    const points = draft.points.trim() === '' ? null : Number(draft.points);
    if (points !== null && (!Number.isInteger(points) || points < 0 || points > 10000)) errors.points = t('content.badPoints');
    setFieldErrors(errors);
    if (Object.values(errors).some(Boolean)) return null;
    const empty = (value: string) => (value.trim() === '' ? null : value.trim());
    return {
      title: draft.title.trim(),
      url: empty(draft.url),
      description: empty(draft.description),
      imageUrl: empty(draft.imageUrl),
      suggestedCommentary: draft.suggestedCommentary,
      variants: { ...(draft.linkedin.trim() ? { linkedin: draft.linkedin } : {}), ...(draft.x.trim() ? { x: draft.x } : {}) },
      hashtags: parseHashtags(draft.hashtags),
      teamIds: draft.teamIds,
      campaignId: draft.campaignId || null,
      publishAt,
      expiresAt,
      featured: draft.featured,
      points,
      requireOwnCommentary: draft.requireOwnCommentary,
    };
  }

  async function save(input: PostDraft): Promise<Post> {
    return post ? updatePost(post.id, input) : createPost(input);
  }

  async function run(kind: NonNullable<typeof busy>, action: () => Promise<void>) {
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (actionError) {
      setError(actionError);
    } finally {
      setBusy(null);
    }
  }

  const afterSave = (saved: Post, message: string) => {
    setPost(saved);
    setDraft(draftOf(saved, zone));
    setNotice(message);
    // A new post gets its own address; the saved copy travels along so nothing is fetched again.
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
      const archived = await archivePost(post!.id);
      setPost(archived);
      setNotice(t('content.archivedNotice'));
    });

  function onFetchPreview() {
    if (!/^https?:\/\/\S+$/.test(draft.url.trim())) {
      setFieldErrors((current) => ({ ...current, url: t('content.badUrl') }));
      return;
    }
    void run('preview', async () => {
      const preview = await fetchLinkPreview(draft.url.trim());
      setDraft((current) => ({
        ...current,
        title: current.title || (preview.title ?? ''),
        description: current.description || (preview.description ?? ''),
        imageUrl: current.imageUrl || (preview.imageUrl ?? ''),
      }));
      setNotice(preview.title || preview.description || preview.imageUrl ? t('content.previewFilled') : t('content.previewEmpty'));
    });
  }

  const linkedinText = draft.linkedin || draft.suggestedCommentary;
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
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy !== null} data-testid="post-form">
          <section className="card form-card" aria-labelledby="post-link">
            <h2 id="post-link" className="section-title">
              {t('content.linkSection')}
            </h2>
            <div className="field-with-button">
              <InputField label={t('content.url')} type="url" inputMode="url" value={draft.url} onChange={(event) => set('url', event.target.value)} error={fieldErrors.url} placeholder="https://" testId="post-url" />
              <BusyButton busy={busy === 'preview'} busyLabel={t('content.fetching')} onClick={onFetchPreview} disabled={draft.url.trim() === '' || busy !== null} testId="fetch-preview">
                {t('content.fetchPreview')}
              </BusyButton>
            </div>
            <InputField label={t('content.titleField')} value={draft.title} onChange={(event) => set('title', event.target.value)} error={fieldErrors.title} maxLength={300} required testId="post-title" />
            <TextAreaField label={t('content.description')} value={draft.description} onChange={(event) => set('description', event.target.value)} rows={2} maxLength={5000} testId="post-description" />
            <InputField label={t('content.imageUrl')} hint={t('content.imageUrlHint')} type="url" value={draft.imageUrl} onChange={(event) => set('imageUrl', event.target.value)} error={fieldErrors.imageUrl} testId="post-image" />
          </section>

          <section className="card form-card" aria-labelledby="post-words">
            <h2 id="post-words" className="section-title">
              {t('content.wordsSection')}
            </h2>
            <TextAreaField
              label={t('content.suggested')}
              hint={t('content.suggestedHint')}
              value={draft.suggestedCommentary}
              onChange={(event) => set('suggestedCommentary', event.target.value)}
              error={fieldErrors.suggestedCommentary}
              rows={4}
              maxLength={LINKEDIN_COMMENTARY_MAX_CHARACTERS}
              required
              testId="post-suggested"
              aside={<CharacterCounter count={[...draft.suggestedCommentary].length} max={LINKEDIN_COMMENTARY_MAX_CHARACTERS} />}
            />
            <TextAreaField
              label={t('content.variantLinkedin')}
              hint={t('content.variantHint')}
              value={draft.linkedin}
              onChange={(event) => set('linkedin', event.target.value)}
              error={fieldErrors.linkedin}
              rows={4}
              testId="post-variant-linkedin"
              aside={<CharacterCounter label={t('network.linkedin')} count={[...draft.linkedin].length} max={LINKEDIN_COMMENTARY_MAX_CHARACTERS} testId="counter-variant-linkedin" />}
            />
            <TextAreaField
              label={t('content.variantX')}
              hint={t('content.variantXHint')}
              value={draft.x}
              onChange={(event) => set('x', event.target.value)}
              error={fieldErrors.x}
              rows={3}
              testId="post-variant-x"
              aside={<CharacterCounter label={t('network.x')} count={xWeightedLength(draft.x)} max={X_POST_MAX_WEIGHT} testId="counter-variant-x" />}
            />
            <InputField label={t('content.hashtags')} hint={t('content.hashtagsHint')} value={draft.hashtags} onChange={(event) => set('hashtags', event.target.value)} testId="post-hashtags" />
            <CheckboxField label={t('content.requireOwn')} hint={t('content.requireOwnHint')} checked={draft.requireOwnCommentary} onChange={(event) => set('requireOwnCommentary', event.target.checked)} testId="post-require-own" />
          </section>

          <section className="card form-card" aria-labelledby="post-audience">
            <h2 id="post-audience" className="section-title">
              {t('content.audienceSection')}
            </h2>
            <fieldset className="checkbox-group" data-testid="post-teams">
              <legend className="field-label">{t('content.teams')}</legend>
              <p className="field-hint">{t('content.teamsHint')}</p>
              {teams.length === 0 && <p className="muted">{t('content.noTeams')}</p>}
              {teams.map((team) => (
                <CheckboxField
                  key={team.id}
                  label={team.name}
                  checked={draft.teamIds.includes(team.id)}
                  onChange={(event) => set('teamIds', event.target.checked ? [...draft.teamIds, team.id] : draft.teamIds.filter((id) => id !== team.id))}
                />
              ))}
            </fieldset>
            {campaigns.length > 0 && (
              <SelectField
                label={t('content.campaign')}
                value={draft.campaignId}
                onChange={(event) => set('campaignId', event.target.value)}
                options={[{ value: '', label: t('content.noCampaign') }, ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))]}
                testId="post-campaign"
              />
            )}
            <div className="field-pair">
              <InputField label={t('content.publishAt')} hint={t('content.zoneHint', { zone })} type="datetime-local" value={draft.publishAt} onChange={(event) => set('publishAt', event.target.value)} testId="post-publish-at" />
              <InputField label={t('content.expiresAt')} type="datetime-local" value={draft.expiresAt} onChange={(event) => set('expiresAt', event.target.value)} error={fieldErrors.expiresAt} testId="post-expires-at" />
            </div>
            <CheckboxField label={t('content.featured')} hint={t('content.featuredHint')} checked={draft.featured} onChange={(event) => set('featured', event.target.checked)} testId="post-featured" />
            <InputField label={t('content.points')} hint={t('content.pointsHint')} type="number" inputMode="numeric" min={0} max={10000} value={draft.points} onChange={(event) => set('points', event.target.value)} error={fieldErrors.points} testId="post-points" />
          </section>

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
              <BusyButton variant="primary" busy={busy === 'publish'} busyLabel={t('content.publishing')} onClick={onPublish} disabled={busy !== null} testId="post-publish">
                {t('content.publish')}
              </BusyButton>
            )}
            {status === 'published' && (
              <ConfirmButton question={t('content.archiveQuestion')} confirmLabel={t('content.archive')} busyLabel={t('content.archiving')} onConfirm={onArchive} testId="post-archive">
                {t('content.archive')}
              </ConfirmButton>
            )}
          </div>
        </form>

        <aside className="editor-preview" aria-labelledby="post-preview-heading">
          <h2 id="post-preview-heading" className="section-title">
            {t('content.previewHeading')}
          </h2>
          <PostPreviewCard
            authorName={t('content.previewAuthor')}
            network="linkedin"
            text={linkedinText}
            link={draft.url || null}
            title={draft.title || null}
            description={draft.description || null}
            imageUrl={draft.imageUrl || null}
            testId="post-preview"
          />
          <p className="field-hint">{t('content.previewHint')}</p>
        </aside>
      </div>
    </Page>
  );
}
