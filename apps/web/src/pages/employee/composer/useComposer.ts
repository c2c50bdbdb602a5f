import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LOCKED_SHARE_STATUSES, type ScheduleInput, type Share, type ShareStatus } from '../../../api/models';
import { AFFECTED_BY, markStale, queries } from '../../../api/queries';
import { approveShare, cancelShare, createShare, editShare, scheduleShare } from '../../../api/shares';
import { useActions } from '../../../hooks/useActions';
import { useI18n } from '../../../i18n/I18nContext';
import { applyDisclosure, similarityToSuggestion } from '../../../lib/text';
import { useComplianceCheck } from './useComplianceCheck';
import type { ComposerData } from './useComposerData';

/** What a new share hands to its own address: the composer it was written in, which stays on screen. */
export interface HandOver {
  composerKey?: string;
  keepFocus?: boolean;
}

export type ComposerBusy = 'save' | 'approve' | 'schedule' | 'cancel' | null;

/** The composer's state: the words, the share as saved, what the checks say, and the actions. */
export function useComposer(initial: ComposerData) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { post, organization } = initial;
  const activeConnections = initial.connections.filter((connection) => connection.status === 'active');
  // The share as saved lives in one place: the query cache, under the share's key. Every
  // action's answer, the polling while it goes out and any other screen write there, and
  // everything on this page (badge, steps, notices, preview) reads `share` from it.
  const [shareId, setShareId] = useState<string | null>(initial.share?.id ?? null);
  const followed = useQuery({
    ...queries.share(shareId ?? ''),
    enabled: shareId !== null,
    initialData: shareId !== null && shareId === initial.share?.id ? initial.share : undefined,
    // Follow a share while it goes out: closely when it is about to, now and then otherwise.
    refetchInterval: (query) => followInterval(query.state.data),
  });
  const share: Share | null = shareId !== null ? (followed.data ?? null) : null;
  const [commentary, setCommentary] = useState(initial.share?.commentary ?? '');
  const [connectionId, setConnectionId] = useState(initial.share?.connectionId ?? activeConnections[0]?.id ?? '');
  const { busy, error, notice, setNotice, run } = useActions<NonNullable<ComposerBusy>>();
  const [rescheduling, setRescheduling] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  /** The status this page's own last action wrote; any other change came from elsewhere. */
  const written = useRef<ShareStatus | null>(initial.share?.status ?? null);

  /** The share as the API answered, into the cache; lists elsewhere are fetched again when shown. */
  const setShare = (next: Share) => {
    written.current = next.status;
    queryClient.setQueryData(queries.share(next.id).queryKey, next);
    setShareId(next.id);
    markStale(queryClient, AFFECTED_BY.share);
  };

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

    // A change the page did not make (it went out, a reviewer decided): the last action's sentence is old news.
  useEffect(() => {
    if (status === null || status === written.current) return;
    written.current = status;
    setNotice(null);
    markStale(queryClient, AFFECTED_BY.share);
  }, [status, queryClient, setNotice]);

  // The checks speak about what approving would do; once approved and unchanged they are moot.
  const approvable = !locked && (dirty || status === null || status === 'draft' || status === 'failed');
  // A reviewer approved this text after its owner did (an edit since would have sent it back to draft).
  const reviewerApproved = share !== null && !dirty && share.reviewedAt !== null && share.approvedAt !== null && Date.parse(share.reviewedAt) >= Date.parse(share.approvedAt) && ['approved', 'scheduled', 'publishing', 'published', 'needs_reconnect'].includes(share.status);
  const verdict = useComplianceCheck(!approvable || commentary.trim() === '' ? '' : disclosure.text);
  const similarity = useMemo(() => (suggestion ? similarityToSuggestion(commentary, suggestion) : null), [commentary, suggestion]);
  const ownWordsNeeded = Boolean(post?.requireOwnCommentary && similarity !== null && commentary.trim() !== '' && (similarity.similarity >= 0.7 || similarity.newWords < 5));
  const nearlyVerbatim = !post?.requireOwnCommentary && similarity !== null && commentary.trim() !== '' && similarity.similarity >= 0.9;
  const serverWarnings = share && !dirty ? share.warnings.filter((warning) => warning.code !== 'too_long') : [];

  async function save(): Promise<Share> {
    const saved = share ? await editShare(share.id, commentary) : await createShare({ postId: post!.id, connectionId, commentary });
    setShare(saved);
    return saved;
  }

  const moveTo = (next: Share, message: string) => {
    setNotice(message || null);
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
      // In review, the status panel says so; approved, the next step is said here.
      moveTo(approved, approved.status === 'in_review' ? '' : t('composer.approved'));
    });

  const onSchedule = (input: ScheduleInput) =>
    run('schedule', async () => {
      const scheduled = await scheduleShare(share!.id, input);
      setShare(scheduled);
      setRescheduling(false);
      // The status panel says when, once: no second sentence here.
    });

  const onCancel = () =>
    run('cancel', async () => {
      // The status panel says it was cancelled.
      setShare(await cancelShare(share!.id));
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

  return {
    post,
    organization,
    activeConnections,
    share,
    status,
    locked,
    dirty,
    connection,
    network,
    networks,
    suggestion,
    disclosure,
    previewText,
    verdict,
    approvable,
    reviewerApproved,
    similarity,
    ownWordsNeeded,
    nearlyVerbatim,
    serverWarnings,
    commentary,
    setCommentary,
    connectionId,
    setConnectionId,
    busy,
    error,
    notice,
    rescheduling,
    setRescheduling,
    canApprove,
    canSchedule,
    textareaRef,
    startFromSuggestion,
    addHashtag,
    onSave,
    onApprove,
    onSchedule,
    onCancel,
  };
}

export type ComposerState = ReturnType<typeof useComposer>;

/**
 * How often to ask about a share: every 1.5 s around its publishing, every 30 s while scheduled
 * or with a reviewer (whose decision then shows without a reload), else not.
 */
export function followInterval(share: Share | null | undefined, now = Date.now()): number | false {
  if (!share) return false;
  if (share.status === 'publishing') return 1500;
  if (share.status === 'in_review') return 30_000;
  if (share.status !== 'scheduled') return false;
  return share.scheduledAt !== null && Date.parse(share.scheduledAt) - now < 120_000 ? 1500 : 30_000;
}
