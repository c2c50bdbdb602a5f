import { LINKEDIN_COMMENTARY_MAX_CHARACTERS, X_POST_MAX_WEIGHT } from '@chorus/networks';
import { CharacterCounter } from '../../../components/CharacterCounter';
import { CheckboxField, InputField, TextAreaField } from '../../../components/fields';
import { FormCard } from '../../../components/FormCard';
import { useI18n } from '../../../i18n/I18nContext';
import { xWeightedLength } from '../../../lib/text';
import type { PostEditorState } from './usePostEditor';

/** The suggested words employees start from, per-network variants, hashtags, and whether own words are required. */
export function WordsSection({ editor }: { editor: PostEditorState }) {
  const { t } = useI18n();
  const { draft, set, fieldErrors } = editor;
  return (
    <FormCard id="post-words" title={t('content.wordsSection')}>
      <TextAreaField
        label={t('content.suggested')}
        hint={t('content.suggestedHint')}
        value={draft.suggestedCommentary}
        onChange={(event) => set('suggestedCommentary', event.target.value)}
        error={fieldErrors.suggestedCommentary}
        rows={4}
        maxLength={LINKEDIN_COMMENTARY_MAX_CHARACTERS}
        required
        testId="post-suggested"
        aside={<CharacterCounter count={[...draft.suggestedCommentary].length} max={LINKEDIN_COMMENTARY_MAX_CHARACTERS} />}
      />
      <TextAreaField
        label={t('content.variantLinkedin')}
        hint={t('content.variantHint')}
        value={draft.linkedin}
        onChange={(event) => set('linkedin', event.target.value)}
        error={fieldErrors.linkedin}
        rows={4}
        testId="post-variant-linkedin"
        aside={<CharacterCounter label={t('network.linkedin')} count={[...draft.linkedin].length} max={LINKEDIN_COMMENTARY_MAX_CHARACTERS} testId="counter-variant-linkedin" />}
      />
      <TextAreaField
        label={t('content.variantX')}
        hint={t('content.variantXHint')}
        value={draft.x}
        onChange={(event) => set('x', event.target.value)}
        error={fieldErrors.x}
        rows={3}
        testId="post-variant-x"
        aside={<CharacterCounter label={t('network.x')} count={xWeightedLength(draft.x)} max={X_POST_MAX_WEIGHT} testId="counter-variant-x" />}
      />
      <InputField label={t('content.hashtags')} hint={t('content.hashtagsHint')} value={draft.hashtags} onChange={(event) => set('hashtags', event.target.value)} error={fieldErrors.hashtags} testId="post-hashtags" />
      <CheckboxField label={t('content.requireOwn')} hint={t('content.requireOwnHint')} checked={draft.requireOwnCommentary} onChange={(event) => set('requireOwnCommentary', event.target.checked)} testId="post-require-own" />
    </FormCard>
  );
}
