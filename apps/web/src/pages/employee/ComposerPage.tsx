import { useEffect, useId } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { LOCKED_SHARE_STATUSES } from '../../api/models';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { ActionsPanel } from './composer/ActionsPanel';
import { ChecksPanel } from './composer/ChecksPanel';
import { PreviewPanel } from './composer/PreviewPanel';
import { Steps } from './composer/Steps';
import { useComposer, type HandOver } from './composer/useComposer';
import { useComposerData, type ComposerData } from './composer/useComposerData';
import { WritePanel } from './composer/WritePanel';

/** `/feed/:postId/share` (a new share) and `/shares/:shareId` (an existing one). */
export function ComposerRoute() {
  const { postId, shareId } = useParams();
  const continued = (useLocation().state as HandOver | null)?.composerKey;
  // A new instance per share, so nothing typed for one share leaks into another; a share
  // that was just created keeps the instance it was written in.
  return <ComposerPage key={continued ?? shareId ?? `post-${postId}`} postId={postId} shareId={shareId} />;
}

function ComposerPage({ postId, shareId }: { postId?: string; shareId?: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { data, error, retry } = useComposerData(postId, shareId);

  // A post that already has a share in progress opens that share instead of a second one.
  const existing = !shareId ? data?.post?.myShare : undefined;
  useEffect(() => {
    if (existing && !LOCKED_SHARE_STATUSES.includes(existing.status)) navigate(`/shares/${existing.id}`, { replace: true });
  }, [existing, navigate]);

  const back = <Link to="/feed">{t('composer.backToFeed')}</Link>;
  if (error !== null && !data) {
    return (
      <Page title={t('composer.title')} back={back}>
        <ErrorState error={error} onRetry={retry} />
      </Page>
    );
  }
  if (!data) {
    return (
      <Page title={t('composer.title')} back={back}>
        <LoadingState />
      </Page>
    );
  }
  if (!shareId && !data.post) {
    return (
      <Page title={t('composer.title')} back={back}>
        <EmptyState title={t('composer.postGone')}>
          <p>{t('composer.postGoneBody')}</p>
        </EmptyState>
      </Page>
    );
  }
  return <Composer initial={data} />;
}

function Composer({ initial }: { initial: ComposerData }) {
  const { t } = useI18n();
  const composer = useComposer(initial);
  const ids = useId();
  const { post, share, status, dirty, activeConnections } = composer;
  const title = post?.title ?? share?.preview.title ?? t('composer.title');

  if (activeConnections.length === 0 && !share) {
    return (
      <Page title={title} back={<Link to="/feed">{t('composer.backToFeed')}</Link>} testId="page-composer">
        <EmptyState title={t('composer.noConnectionTitle')} action={<Link className="button button-primary" to="/connections">{t('composer.connectFirst')}</Link>}>
          <p>{t('composer.noConnectionBody')}</p>
        </EmptyState>
      </Page>
    );
  }

  return (
    <Page
      title={title}
      documentTitle={t('composer.title')}
      back={<Link to={share ? '/shares' : '/feed'}>{share ? t('composer.backToShares') : t('composer.backToFeed')}</Link>}
      actions={status && <StatusBadge status={status} unsaved={dirty} />}
      testId="page-composer"
    >
      <Steps share={share} dirty={dirty} />

      <div className="composer-grid">
        <section className="composer-editor" aria-labelledby={`${ids}-write`}>
          <h2 id={`${ids}-write`} className="section-title">
            {t('composer.writeHeading')}
          </h2>
          <WritePanel composer={composer} checksId={`${ids}-checks`} accountId={`${ids}-account`} />
          <ChecksPanel composer={composer} checksId={`${ids}-checks`} />
          <ActionsPanel composer={composer} />
        </section>

        <section className="composer-preview" aria-labelledby={`${ids}-preview`}>
          <h2 id={`${ids}-preview`} className="section-title" data-testid="preview-heading">
            {status === 'published' ? t('composer.postedHeading') : t('composer.previewHeading')}
          </h2>
          <PreviewPanel composer={composer} />
        </section>
      </div>
    </Page>
  );
}
