import { useCurrentUser } from '../../../auth/AuthContext';
import { PostPreviewCard } from '../../../components/PostPreviewCard';
import { useI18n } from '../../../i18n/I18nContext';
import type { ComposerState } from './useComposer';

/**
 * The post as the network shows it: the API's preview once saved, the same rule applied here
 * while typing; once published, the post as it went out and when (the status panel links to it).
 */
export function PreviewPanel({ composer }: { composer: ComposerState }) {
  const { t, formatDate } = useI18n();
  const user = useCurrentUser();
  const { share, post, connection, network, previewText, dirty } = composer;
  const networkName = t(`network.${network === 'x' ? 'x' : 'linkedin'}`);
  const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  const published = share?.status === 'published';
  // Posted: when. Scheduled: not "now" (the status panel says when). Otherwise as the network shows a new post.
  const at = published && share.publishedAt ? when(share.publishedAt) : share?.status === 'scheduled' && !dirty ? null : undefined;
  return (
    <>
      <PostPreviewCard
        authorName={connection?.displayName ?? user.name}
        network={network}
        text={previewText}
        link={share?.preview.link ?? post?.url ?? null}
        title={share?.preview.title ?? post?.title ?? null}
        description={share?.preview.description ?? post?.description ?? null}
        imageUrl={post?.imageUrl}
        when={at}
      />
      <p className="field-hint" data-testid="preview-source">
        {published ? t('composer.previewPosted', { network: networkName }) : share && !dirty ? t('composer.previewConfirmed') : t('composer.previewLocal')}
      </p>
    </>
  );
}
