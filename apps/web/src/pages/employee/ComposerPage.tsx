import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { listConnections } from '../../api/connections';
import { findFeedItem } from '../../api/feed';
import { getOrganization } from '../../api/organization';
import { approveShare, cancelShare, checkCompliance, createShare, editShare, getShare, scheduleShare } from '../../api/shares';
import {
  LOCKED_SHARE_STATUSES,
  type ComplianceVerdict,
  type Connection,
  type FeedItem,
  type Organization,
  type ScheduleInput,
  type Share,
  type ShareStatus,
} from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { BusyButton } from '../../components/BusyButton';
import { CharacterCounter } from '../../components/CharacterCounter';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ErrorText } from '../../components/ErrorText';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PostPreviewCard } from '../../components/PostPreviewCard';
import { StatusBadge } from '../../components/StatusBadge';
import { TextAreaField } from '../../components/fields';
import { useDebounced, useInterval, useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nContext';
import { LINKEDIN_COMMENTARY_MAX_CHARACTERS } from '@chorus/networks';
import { applyDisclosure, networkLimit, similarityToSuggestion } from '../../lib/text';
import { ScheduleForm } from './ScheduleForm';

interface ComposerData {
  post: FeedItem | null;
  share: Share | null;
  connections: Connection[];
  organization: Organization;
}

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

  const data = useResource<ComposerData>(
    async (signal) => {
      const [connections, organization] = await Promise.all([listConnections(signal), getOrganization(signal)]);
      if (shareId) {
        const share = await getShare(shareId, signal);
        return { share, connections, organization, post: await findFeedItem(share.postId, signal) };
      }
      const post = await findFeedItem(postId ?? '', signal);
      return { share: null, connections, organization, post };
    },
    [postId, shareId],
  );

  // A post that already has a share in progress opens that share instead of a second one.
  const existing = !shareId ? data.data?.post?.myShare : undefined;
  useEffect(() => {
    if (existing && !LOCKED_SHARE_STATUSES.includes(existing.status)) navigate(`/shares/${existing.id}`, { replace: true });
  }, [existing, navigate]);

  if (data.error !== null && !data.data) {
    return (
      <Page title={t('composer.title')} back={<Link to="/feed">{t('composer.backToFeed')}</Link>}>
        <ErrorState error={data.error} onRetry={data.reload} />
      </Page>
    );
  }
  if (!data.data) {
    return (
      <Page title={t('composer.title')} back={<Link to="/feed">{t('composer.backToFeed')}</Link>}>
        <LoadingState />
      </Page>
    );
  }
  if (!shareId && !data.data.post) {
    return (
      <Page title={t('composer.title')} back={<Link to="/feed">{t('composer.backToFeed')}</Link>}>
        <EmptyState title={t('composer.postGone')}>
          <p>{t('composer.postGoneBody')}</p>
        </EmptyState>
      </Page>
    );
  }
  return <Composer initial={data.data} />;
}

/** What a new share hands to its own address: the composer it was written in, which stays on screen. */
interface HandOver {
  composerKey?: string;
  keepFocus?: boolean;
}

function Composer({ initial }: { initial: ComposerData }) {
  const { t, formatDate, formatNumber } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { post, organization } = initial;
  const activeConnections = initial.connections.filter((connection) => connection.status === 'active');
  const [share, setShare] = useState<Share | null>(initial.share);
  const [commentary, setCommentary] = useState(initial.share?.commentary ?? '');
  const [connectionId, setConnectionId] = useState(initial.share?.connectionId ?? activeConnections[0]?.id ?? '');
  const [busy, setBusy] = useState<'save' | 'approve' | 'schedule' | 'cancel' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [rescheduling, setRescheduling] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const ids = useId();

  const status: ShareStatus | null = share?.status ?? null;
  const locked = status !== null && LOCKED_SHARE_STATUSES.includes(status);
  const connection = initial.connections.find((candidate) => candidate.id === (share?.connectionId ?? connectionId));
  const network = share?.network ?? connection?.network ?? 'linkedin';
  const suggestion = post ? (post.variants[network as 'linkedin' | 'x'] ?? post.suggestedCommentary) : '';
  const dirty = share ? commentary !== share.commentary : commentary.trim() !== '';

  const disclosure = applyDisclosure(commentary, organization.requiredDisclosure, organization.disclosureMode);
  // What will be posted: the API's preview once saved, the same rule applied here while typing.
  const previewText = share && !dirty ? share.preview.text : disclosure.text;
  const networks = [...new Set([network, ...activeConnections.map((candidate) => candidate.network)])];

  // Follow a share while it goes out: closely when it is about to, now and then otherwise.
  const watching = share !== null && (share.status === 'publishing' || share.status === 'scheduled');
  const imminent = share?.status === 'publishing' || (share?.scheduledAt !== null && share?.scheduledAt !== undefined && Date.parse(share.scheduledAt) - Date.now() < 120_000);
  useInterval(
    () => {
      if (!share) return;
      getShare(share.id).then(
        (latest) => {
          if (latest.status === share.status) return;
          setShare(latest);
          setNotice(null);
        },
        () => undefined,
      );
    },
    imminent ? 1500 : 30_000,
    watching,
  );

  const verdict = useComplianceCheck(locked || commentary.trim() === '' ? '' : disclosure.text);
  const similarity = useMemo(() => (suggestion ? similarityToSuggestion(commentary, suggestion) : null), [commentary, suggestion]);
  const ownWordsNeeded = post?.requireOwnCommentary && similarity !== null && commentary.trim() !== '' && (similarity.similarity >= 0.7 || similarity.newWords < 5);
  const nearlyVerbatim = !post?.requireOwnCommentary && similarity !== null && commentary.trim() !== '' && similarity.similarity >= 0.9;
  const serverWarnings = share && !dirty ? share.warnings.filter((warning) => warning.code !== 'too_long') : [];

  async function save(): Promise<Share> {
    if (share) {
      const updated = await editShare(share.id, commentary);
      setShare(updated);
      return updated;
    }
    const created = await createShare({ postId: post!.id, connectionId, commentary });
    setShare(created);
    return created;
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

  const moveTo = (next: Share, message: string) => {
    setNotice(message);
    // The new share gets its own address, so a reload or the back button finds it.
    if (!initial.share && post) {
      navigate(`/shares/${next.id}`, { replace: true, state: { composerKey: `post-${post.id}`, keepFocus: true } satisfies HandOver });
    }
  };

  const onSave = () =>
    run('save', async () => {
      moveTo(await save(), t('composer.saved'));
    });

  const onApprove = () =>
    run('approve', async () => {
      const saved = dirty || !share ? await save() : share;
      const approved = await approveShare(saved.id);
      setShare(approved);
      moveTo(approved, approved.status === 'in_review' ? t('composer.sentToReview') : t('composer.approved'));
    });

  const onSchedule = (input: ScheduleInput) =>
    run('schedule', async () => {
      const scheduled = await scheduleShare(share!.id, input);
      setShare(scheduled);
      setRescheduling(false);
      setNotice(t('composer.scheduledFor', { date: formatDate(scheduled.scheduledAt!, { dateStyle: 'full', timeStyle: 'short' }) }));
    });

  const onCancel = () =>
    run('cancel', async () => {
      setShare(await cancelShare(share!.id));
      setNotice(t('composer.cancelled'));
    });

  function startFromSuggestion() {
    setCommentary(suggestion);
    textareaRef.current?.focus();
  }

  function addHashtag(tag: string) {
    setCommentary((current) => (current.trimEnd() === '' ? tag : `${current.trimEnd()} ${tag}`));
    textareaRef.current?.focus();
  }

  const canApprove = !locked && commentary.trim() !== '' && (dirty || status === null || status === 'draft' || status === 'failed');
  const canSchedule = !dirty && (status === 'approved' || status === 'needs_reconnect' || (status === 'scheduled' && rescheduling));
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
      actions={status && <StatusBadge status={status} />}
      testId="page-composer"
    >
      <Steps status={status} dirty={dirty} />

      <div className="composer-grid">
        <section className="composer-editor" aria-labelledby={`${ids}-write`}>
          <h2 id={`${ids}-write`} className="section-title">
            {t('composer.writeHeading')}
          </h2>

          {suggestion && (
            <div className="suggestion" data-testid="suggestion">
              <p className="suggestion-label">{t('composer.suggestion')}</p>
              <blockquote className="suggestion-text">{suggestion}</blockquote>
              {!locked && (
                <button type="button" className="button button-secondary button-small" onClick={startFromSuggestion} data-testid="use-suggestion">
                  {t('composer.useSuggestion')}
                </button>
              )}
              {post?.requireOwnCommentary && <p className="field-hint">{t('composer.ownWordsRequired')}</p>}
            </div>
          )}

          {!share && activeConnections.length > 1 && (
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-account`}>
                {t('composer.account')}
              </label>
              <select id={`${ids}-account`} className="select" value={connectionId} onChange={(event) => setConnectionId(event.target.value)}>
                {activeConnections.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {t(`network.${candidate.network === 'x' ? 'x' : 'linkedin'}`)} · {candidate.displayName}
                  </option>
                ))}
              </select>
            </div>
          )}

          <TextAreaField
            ref={textareaRef}
            label={t('composer.yourWords')}
            hint={locked ? undefined : t('composer.yourWordsHint')}
            value={commentary}
            onChange={(event) => setCommentary(event.target.value)}
            readOnly={locked}
            rows={7}
            maxLength={LINKEDIN_COMMENTARY_MAX_CHARACTERS}
            describedBy={`${ids}-checks`}
            testId="composer-commentary"
            aside={
              <span className="counters">
                {networks.map((name) => (
                  <CharacterCounter
                    key={name}
                    label={t(`network.${name === 'x' ? 'x' : 'linkedin'}`)}
                    count={networkLimit(name).count(previewText)}
                    max={networkLimit(name).maxCharacters}
                    testId={`counter-${name}`}
                  />
                ))}
              </span>
            }
          />

          {post && post.hashtags.length > 0 && !locked && (
            <div className="hashtag-chips" role="group" aria-label={t('composer.addHashtag')}>
              {post.hashtags.map((tag) => (
                <button key={tag} type="button" className="chip" onClick={() => addHashtag(tag)} disabled={commentary.includes(tag)}>
                  + {tag}
                </button>
              ))}
            </div>
          )}

          <div id={`${ids}-checks`} className="checks" aria-live="polite" data-testid="composer-checks">
            {disclosure.missing && (
              <p className="check check-block" data-testid="disclosure-missing">
                {t('composer.disclosureRequired', { disclosure: organization.requiredDisclosure ?? '' })}
              </p>
            )}
            {verdict && verdict.decision !== 'pass' && (
              <p className={`check check-${verdict.decision}`} data-testid="compliance-message" data-decision={verdict.decision}>
                <strong>{verdict.decision === 'block' ? t('composer.wouldBlock') : t('composer.wouldReview')}</strong> {verdict.message}
              </p>
            )}
            {ownWordsNeeded && (
              <p className="check check-review" data-testid="similarity-hint">
                {t('composer.ownWordsHint', { percent: formatNumber(similarity!.similarity, { style: 'percent' }), words: similarity!.newWords })}
              </p>
            )}
            {nearlyVerbatim && (
              <p className="check check-info" data-testid="similarity-hint">
                {t('composer.verbatimHint')}
              </p>
            )}
            {serverWarnings.map((warning) => (
              <p key={warning.code} className="check check-review" data-testid={`warning-${warning.code}`}>
                {warning.message}
              </p>
            ))}
            {share?.reviewNote && status === 'draft' && (
              <p className="check check-review" data-testid="review-note">
                <strong>{t('composer.reviewerNote')}</strong> {share.reviewNote}
              </p>
            )}
          </div>

          {error !== null && (
            <div className="composer-error">
              <ErrorText error={error} testId="composer-error" />
              {error instanceof ApiError && error.status === 403 && (
                <p>
                  <Link to="/policy" className="button button-secondary" data-testid="read-policy">
                    {t('composer.readPolicy')}
                  </Link>
                </p>
              )}
            </div>
          )}
          {notice && (
            <Notice tone="success" live testId="composer-notice">
              {notice}
            </Notice>
          )}

          {!locked && (
            <div className="button-row">
              {canApprove && (
                <BusyButton variant="primary" busy={busy === 'approve'} busyLabel={t('composer.approving')} onClick={onApprove} disabled={busy !== null || disclosure.missing} testId="composer-approve">
                  {t('composer.approve')}
                </BusyButton>
              )}
              {dirty && (
                <BusyButton busy={busy === 'save'} busyLabel={t('common.saving')} onClick={onSave} disabled={busy !== null || commentary.trim() === ''} testId="composer-save">
                  {share ? t('composer.saveChanges') : t('composer.saveDraft')}
                </BusyButton>
              )}
            </div>
          )}
          {canApprove && <p className="field-hint">{t('composer.approveHint', { network: t(`network.${network === 'x' ? 'x' : 'linkedin'}`) })}</p>}
          {dirty && status !== null && status !== 'draft' && !locked && <p className="field-hint">{t('composer.editResets')}</p>}

          <StatusPanel
            share={share}
            dirty={dirty}
            busy={busy}
            rescheduling={rescheduling}
            canSchedule={canSchedule}
            onSchedule={onSchedule}
            onReschedule={() => setRescheduling(true)}
            onStopRescheduling={() => setRescheduling(false)}
            onCancel={onCancel}
            postId={post?.id ?? share?.postId ?? ''}
          />
        </section>

        <section className="composer-preview" aria-labelledby={`${ids}-preview`}>
          <h2 id={`${ids}-preview`} className="section-title">
            {t('composer.previewHeading')}
          </h2>
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
        </section>
      </div>
    </Page>
  );
}

/** The compliance guard's verdict on the text, asked for a moment after typing stops. */
function useComplianceCheck(text: string): ComplianceVerdict | null {
  const settled = useDebounced(text, 400);
  const [verdict, setVerdict] = useState<{ text: string; verdict: ComplianceVerdict } | null>(null);
  useEffect(() => {
    if (settled.trim() === '') return;
    const controller = new AbortController();
    checkCompliance(settled, controller.signal).then(
      (result) => setVerdict({ text: settled, verdict: result }),
      // Only advice: approval checks again and shows its own sentence.
      () => undefined,
    );
    return () => controller.abort();
  }, [settled]);
  // A verdict about older words is not shown once they are gone.
  return verdict && text.trim() !== '' && (verdict.text === text || verdict.text === settled) ? verdict.verdict : null;
}

const STEP_ORDER = ['write', 'approve', 'schedule', 'publish'] as const;

function Steps({ status, dirty }: { status: ShareStatus | null; dirty: boolean }) {
  const t = useI18n().t;
  const current =
    status === null || status === 'draft' || status === 'failed' || dirty
      ? 'write'
      : status === 'in_review'
        ? 'approve'
        : status === 'approved' || status === 'needs_reconnect'
          ? 'schedule'
          : 'publish';
  const currentIndex = STEP_ORDER.indexOf(current);
  return (
    <ol className="steps" aria-label={t('composer.steps')}>
      {STEP_ORDER.map((step, index) => (
        <li key={step} className="step" data-state={index < currentIndex || status === 'published' ? 'done' : index === currentIndex ? 'current' : 'todo'} aria-current={index === currentIndex ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {index + 1}
          </span>
          {t(`composer.step.${step}`)}
        </li>
      ))}
    </ol>
  );
}

interface StatusPanelProps {
  share: Share | null;
  dirty: boolean;
  busy: string | null;
  rescheduling: boolean;
  canSchedule: boolean;
  postId: string;
  onSchedule: (input: ScheduleInput) => void;
  onReschedule: () => void;
  onStopRescheduling: () => void;
  onCancel: () => Promise<void>;
}

/** What happens next for this share, and the buttons for it. */
function StatusPanel({ share, dirty, busy, rescheduling, canSchedule, postId, onSchedule, onReschedule, onStopRescheduling, onCancel }: StatusPanelProps) {
  const { t, formatDate } = useI18n();
  if (!share) return null;
  const when = (iso: string | null) => (iso ? formatDate(iso, { dateStyle: 'full', timeStyle: 'short' }) : '');
  const cancellable = ['draft', 'in_review', 'approved', 'scheduled', 'failed', 'needs_reconnect'].includes(share.status);
  const cancel = cancellable && (
    <ConfirmButton question={t('composer.cancelQuestion')} confirmLabel={t('composer.cancelConfirm')} busyLabel={t('composer.cancelling')} onConfirm={onCancel} testId="cancel-share">
      {t('composer.cancelShare')}
    </ConfirmButton>
  );

  return (
    <div className="status-panel" data-testid="status-panel" data-status={share.status}>
      {share.status === 'in_review' && <Notice tone="warning">{t('composer.inReview')}</Notice>}
      {share.status === 'scheduled' && !rescheduling && (
        <Notice tone="info" testId="scheduled-for">
          {share.slotted ? t('composer.slottedFor', { date: when(share.scheduledAt) }) : t('composer.scheduledFor', { date: when(share.scheduledAt) })}
        </Notice>
      )}
      {share.status === 'publishing' && (
        <div className="notice notice-info publishing" role="status">
          <span className="spinner" aria-hidden="true" /> {t('composer.publishing')}
        </div>
      )}
      {share.status === 'published' && (
        <Notice tone="success" testId="published-notice">
          {t('composer.published', { date: when(share.publishedAt) })}
        </Notice>
      )}
      {share.status === 'failed' && <Notice tone="warning">{t('composer.failed', { reason: share.lastError ?? '' })}</Notice>}
      {share.status === 'needs_reconnect' && (
        <Notice tone="warning">
          {t('composer.needsReconnect')} <Link to="/connections">{t('composer.goReconnect')}</Link>
        </Notice>
      )}
      {share.status === 'cancelled' && (
        <Notice tone="info">
          {share.cancelledReason ?? t('composer.cancelled')} <Link to={`/feed/${postId}/share`}>{t('composer.writeAgain')}</Link>
        </Notice>
      )}

      {canSchedule && !dirty && (
        <section className="schedule-panel" aria-labelledby="schedule-heading">
          <h3 id="schedule-heading">{share.status === 'scheduled' ? t('composer.rescheduleHeading') : t('composer.scheduleHeading')}</h3>
          <ScheduleForm current={share.status === 'scheduled' ? share.scheduledAt : null} busy={busy === 'schedule'} onSchedule={onSchedule} onCancel={share.status === 'scheduled' ? onStopRescheduling : undefined} />
        </section>
      )}

      <div className="button-row">
        {share.status === 'scheduled' && !rescheduling && (
          <button type="button" className="button button-secondary" onClick={onReschedule} data-testid="reschedule">
            {t('composer.reschedule')}
          </button>
        )}
        {cancel}
      </div>
    </div>
  );
}
