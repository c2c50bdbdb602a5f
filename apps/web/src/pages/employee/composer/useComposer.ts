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
  const { t, formatDate } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { post, organization } = initial;
  const activeConnections = initial.connections.filter((connection) => connection.status === 'active');
  const [share, setShareState] = useState<Share | null>(initial.share);
  const [commentary, setCommentary] = useState(initial.share?.commentary ?? '');
  const [connectionId, setConnectionId] = useState(initial.share?.connectionId ?? activeConnections[0]?.id ?? '');
  const { busy, error, notice, setNotice, run } = useActions<NonNullable<ComposerBusy>>();
  const [rescheduling, setRescheduling] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  /** The share as the API answered, here and in the cache; lists elsewhere are fetched again when shown. */
  const setShare = (next: Share) => {
    setShareState(next);
    queryClient.setQueryData(queries.share(next.id).queryKey, next);
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

  // Follow a share while it goes out: closely when it is about to, now and then otherwise.
  const watching = share !== null && (share.status === 'publishing' || share.status === 'scheduled');
  const imminent = share?.status === 'publishing' || (share?.scheduledAt !== null && share?.scheduledAt !== undefined && Date.parse(share.scheduledAt) - Date.now() < 120_000);
  const followed = useQuery({ ...queries.share(share?.id ?? ''), enabled: watching, refetchInterval: imminent ? 1500 : 30_000 });
  useEffect(() => {
    const latest = followed.data;
    if (!watching || !latest || !share || latest.id !== share.id || latest.status === share.status) return;
    setShareState(latest);
    setNotice(null);
    markStale(queryClient, AFFECTED_BY.share);
  }, [followed.data, watching, share, queryClient]);

  const verdict = useComplianceCheck(locked || commentary.trim() === '' ? '' : disclosure.text);
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
