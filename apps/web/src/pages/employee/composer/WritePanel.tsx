import { LINKEDIN_COMMENTARY_MAX_CHARACTERS } from '@chorus/networks';
import { CharacterCounter } from '../../../components/CharacterCounter';
import { TextAreaField } from '../../../components/fields';
import { useI18n } from '../../../i18n/I18nContext';
import { networkLimit } from '../../../lib/text';
import type { ComposerState } from './useComposer';

/** The suggestion to start from, the account to post as, the words and the post's hashtags. */
export function WritePanel({ composer, checksId, accountId }: { composer: ComposerState; checksId: string; accountId: string }) {
  const { t } = useI18n();
  const { post, share, locked, suggestion, activeConnections, commentary, previewText, networks, disclosure, organization, dirty } = composer;
  // The counters count the post as it will go out; say so when that is more than the words typed.
  const countsMore = !locked && (share === null || dirty ? disclosure.appended : previewText !== commentary);
  return (
    <>
      {suggestion && (
        <div className="suggestion" data-testid="suggestion">
          <p className="suggestion-label">{t('composer.suggestion')}</p>
          <blockquote className="suggestion-text">{suggestion}</blockquote>
          {!locked && (
            <button type="button" className="button button-secondary button-small" onClick={composer.startFromSuggestion} data-testid="use-suggestion">
              {t('composer.useSuggestion')}
            </button>
          )}
          {post?.requireOwnCommentary && <p className="field-hint">{t('composer.ownWordsRequired')}</p>}
        </div>
      )}

      {!share && activeConnections.length > 1 && (
        <div className="field">
          <label className="field-label" htmlFor={accountId}>
            {t('composer.account')}
          </label>
          <select id={accountId} className="select" value={composer.connectionId} onChange={(event) => composer.setConnectionId(event.target.value)}>
            {activeConnections.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t(`network.${candidate.network === 'x' ? 'x' : 'linkedin'}`)} · {candidate.displayName}
              </option>
            ))}
          </select>
        </div>
      )}

      <TextAreaField
        ref={composer.textareaRef}
        label={t('composer.yourWords')}
        hint={locked ? undefined : t('composer.yourWordsHint')}
        value={commentary}
        onChange={(event) => composer.setCommentary(event.target.value)}
        readOnly={locked}
        rows={7}
        maxLength={LINKEDIN_COMMENTARY_MAX_CHARACTERS}
        describedBy={checksId}
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
            {countsMore && (
              <span className="counter-includes" data-testid="counter-includes">
                {t('composer.countIncludes', { added: organization.requiredDisclosure ?? '' })}
              </span>
            )}
          </span>
        }
      />

      {post && post.hashtags.length > 0 && !locked && (
        <div className="hashtag-chips" role="group" aria-label={t('composer.addHashtag')}>
          {post.hashtags.map((tag) => (
            <button key={tag} type="button" className="chip" onClick={() => composer.addHashtag(tag)} disabled={commentary.includes(tag)}>
              + {tag}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
