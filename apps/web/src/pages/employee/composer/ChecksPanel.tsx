import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { Notice } from '../../../components/Notice';
import { SHARE_WARNING_MESSAGES } from '@chorus/messages';
import { useI18n } from '../../../i18n/I18nContext';
import { translateServerMessage, translateVerdict } from '../../../i18n/server-message';
import { networkLimit } from '../../../lib/text';
import type { ComposerState } from './useComposer';

/** What the checks say about the words as typed, and what the last action answered. */
export function ChecksPanel({ composer, checksId }: { composer: ComposerState; checksId: string }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { disclosure, organization, verdict, ownWordsNeeded, nearlyVerbatim, similarity, serverWarnings, share, status, error, notice } = composer;
  // Each concern is said once: the check as typed wins over the saved share's warning of the
  // same kind, and an approval refused for a concern already shown does not repeat it below.
  const shown = new Set<string>();
  if (disclosure.missing) shown.add('disclosure_missing');
  if (ownWordsNeeded && similarity) shown.add('not_own_words');
  if (verdict && verdict.decision === 'block') shown.add('blocked');
  // The counters above say "N too many" in red.
  if (networkLimit(composer.network).count(composer.previewText) > networkLimit(composer.network).maxCharacters) shown.add('too_long');
  const warnings = serverWarnings.filter((warning) => !shown.has(warning.code));
  warnings.forEach((warning) => shown.add(warning.code));
  const errorConcern = error instanceof ApiError && error.status === 422 ? concernOf(error.code) : null;
  const shownError = errorConcern !== null && shown.has(errorConcern) ? null : error;
  return (
    <>
      <div id={checksId} className="checks" aria-live="polite" data-testid="composer-checks">
        {disclosure.missing && (
          <p className="check check-block" data-testid="disclosure-missing">
            {t('composer.disclosureRequired', { disclosure: organization.requiredDisclosure ?? '' })}
          </p>
        )}
        {verdict && verdict.decision !== 'pass' && (
          <p className={`check check-${verdict.decision}`} data-testid="compliance-message" data-decision={verdict.decision}>
            <strong>{verdict.decision === 'block' ? t('composer.wouldBlock') : t('composer.wouldReview')}</strong> {translateVerdict(verdict, i18n)}
          </p>
        )}
        {ownWordsNeeded && similarity && (
          <p className="check check-review" data-testid="similarity-hint">
            {t('composer.ownWordsHint', { percent: formatNumber(similarity.similarity, { style: 'percent' }), words: similarity.newWords })}
          </p>
        )}
        {nearlyVerbatim && (
          <p className="check check-info" data-testid="similarity-hint">
            {t('composer.verbatimHint')}
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning.code} className="check check-review" data-testid={`warning-${warning.code}`}>
            {translateServerMessage({ code: SHARE_WARNING_MESSAGES[warning.code], params: warning.params, message: warning.message }, i18n)}
          </p>
        ))}
        {share?.reviewNote && status === 'draft' && (
          <p className="check check-review" data-testid="review-note">
            <strong>{t('composer.reviewerNote')}</strong> {share.reviewNote}
          </p>
        )}
      </div>

      {shownError === null && error !== null && (
        <p className="error-text" role="alert" data-testid="composer-error">
          {t('composer.notApprovedSeeAbove')}
        </p>
      )}
      {shownError !== null && (
        <div className="composer-error">
          <ErrorText error={shownError} testId="composer-error" labels={{ commentary: t('composer.yourWords'), connectionId: t('composer.account'), at: t('schedule.when'), slot: t('schedule.nextSlot') }} />
          {shownError instanceof ApiError && shownError.status === 403 && (
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
    </>
  );
}

/** Which shown check an approval's refusal repeats, by its message code. */
function concernOf(code: string | undefined): string | null {
  if (!code) return null;
  if (code === 'compliance.blockedBy') return 'blocked';
  if (code === SHARE_WARNING_MESSAGES.disclosure_missing) return 'disclosure_missing';
  if (code.startsWith('share.ownWords.')) return 'not_own_words';
  if (code === 'share.tooLongWithDisclosure') return 'too_long';
  return null;
}
