import { Link } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { ErrorText } from '../../../components/ErrorText';
import { Notice } from '../../../components/Notice';
import { SHARE_WARNING_MESSAGES } from '@chorus/messages';
import { useI18n } from '../../../i18n/I18nContext';
import { translateServerMessage, translateVerdict } from '../../../i18n/server-message';
import type { ComposerState } from './useComposer';

/** What the checks say about the words as typed, and what the last action answered. */
export function ChecksPanel({ composer, checksId }: { composer: ComposerState; checksId: string }) {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { disclosure, organization, verdict, ownWordsNeeded, nearlyVerbatim, similarity, serverWarnings, share, status, error, notice } = composer;
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
        {serverWarnings.map((warning) => (
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

      {error !== null && (
        <div className="composer-error">
          <ErrorText error={error} testId="composer-error" labels={{ commentary: t('composer.yourWords'), connectionId: t('composer.account'), at: t('schedule.when'), slot: t('schedule.nextSlot') }} />
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
    </>
  );
}
