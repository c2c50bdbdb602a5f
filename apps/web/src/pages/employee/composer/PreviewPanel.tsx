import { useCurrentUser } from '../../../auth/AuthContext';
import { PostPreviewCard } from '../../../components/PostPreviewCard';
import { useI18n } from '../../../i18n/I18nContext';
import type { ComposerState } from './useComposer';

/** The post as the network will show it: the API's preview once saved, the same rule applied here while typing. */
export function PreviewPanel({ composer }: { composer: ComposerState }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { share, post, connection, network, previewText, dirty, disclosure, organization } = composer;
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
      />
      <p className="field-hint" data-testid="preview-source">
        {share && !dirty ? t('composer.previewConfirmed') : t('composer.previewLocal')}
        {disclosure.appended && ` ${t('composer.disclosureAdded', { disclosure: organization.requiredDisclosure ?? '' })}`}
      </p>
    </>
  );
}
