import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { AFFECTED_BY, markStale, queries, removeFromList } from '../../api/queries';
import { approveReview, rejectReview } from '../../api/shares';
import type { ReviewItem as QueuedShare, Share } from '../../api/models';
import { BusyButton } from '../../components/BusyButton';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { TextAreaField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PostPreviewCard } from '../../components/PostPreviewCard';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { translateServerMessage } from '../../i18n/server-message';

/** Shares a `review` rule held back: approve them (they can then be scheduled) or send them back with a note. */
export function ReviewsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const queue = useQuery(queries.reviews());
  const [notice, setNotice] = useState<string | null>(null);

  const decided = (share: Share, approved: boolean) => {
    removeFromList(queryClient, queries.reviews().queryKey, share.id);
    markStale(queryClient, AFFECTED_BY.share);
    setNotice(approved ? t('reviews.approvedNotice', { title: share.preview.title ?? '' }) : t('reviews.rejectedNotice', { title: share.preview.title ?? '' }));
  };

  return (
    <Page title={t('nav.reviews')} intro={t('reviews.intro')} testId="page-reviews">
      {notice && (
        <Notice tone="success" live testId="review-notice">
          {notice}
        </Notice>
      )}
      <QueryView
        query={queue}
        empty={{ title: t('reviews.emptyTitle'), body: t('reviews.emptyBody') }}
      >
        {(list) => (
          <ul className="review-list" data-testid="review-list">
            {list.map((share) => (
              <ReviewItem key={share.id} share={share} onDecided={decided} />
            ))}
          </ul>
        )}
      </QueryView>
    </Page>
  );
}

function ReviewItem({ share, onDecided }: { share: QueuedShare; onDecided: (share: Share, approved: boolean) => void }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(error, { note: t('reviews.note') });
  const shownNoteError = noteError ?? fieldErrors.byField.note;

  async function decide(approve: boolean) {
    if (!approve && note.trim() === '') {
      setNoteError(t('reviews.noteRequired'));
      noteRef.current?.focus();
      return;
    }
    setBusy(approve ? 'approve' : 'reject');
    setError(null);
    try {
      if (approve) await approveReview(share.id, note.trim() || undefined);
      else await rejectReview(share.id, note.trim());
      onDecided(share, approve);
    } catch (decideError) {
      setError(decideError);
      setBusy(null);
    }
  }

  return (
    <li className="card review-item" data-testid="review-item" data-share-id={share.id}>
      <p className="muted small">{t('reviews.submitted', { date: formatDate(share.approvedAt ?? share.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      {share.matches.length > 0 ? (
        <section className="review-matches" aria-label={t('reviews.whyHeld')} data-testid="review-matches">
          <p className="review-matches-title">{t('reviews.whyHeld')}</p>
          <ul>
            {share.matches.map((match) => (
              <li key={match.ruleId} data-testid="review-match" data-action={match.action} data-category={match.category}>
                {translateServerMessage(match, i18n)}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted small" data-testid="review-matches-none">
          {t('reviews.noMatchNow')}
        </p>
      )}
      <PostPreviewCard
        authorName={share.owner.name || t('reviews.employee')}
        network={share.network}
        text={share.preview.text}
        link={share.preview.link}
        title={share.preview.title}
        description={share.preview.description}
        highlights={share.matches.flatMap((match) => match.matched)}
        when={null}
        testId="review-preview"
      />
      <TextAreaField
        ref={noteRef}
        label={t('reviews.note')}
        hint={t('reviews.noteHint')}
        error={shownNoteError ?? undefined}
        rows={2}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setNoteError(null);
        }}
        testId="review-note"
      />
      {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
      <div className="button-row">
        <BusyButton variant="primary" busy={busy === 'approve'} busyLabel={t('reviews.approving')} disabled={busy !== null} onClick={() => decide(true)} testId="review-approve">
          {t('reviews.approve')}
        </BusyButton>
        <BusyButton variant="danger" busy={busy === 'reject'} busyLabel={t('reviews.rejecting')} disabled={busy !== null} onClick={() => decide(false)} testId="review-reject">
          {t('reviews.reject')}
        </BusyButton>
      </div>
    </li>
  );
}
