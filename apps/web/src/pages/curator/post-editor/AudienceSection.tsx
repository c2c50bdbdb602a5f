import type { Campaign, Team } from '../../../api/models';
import { CheckboxField, InputField, SelectField } from '../../../components/fields';
import { FormCard } from '../../../components/FormCard';
import { useI18n } from '../../../i18n/I18nContext';
import type { PostEditorState } from './usePostEditor';

/** Who sees the post and when: teams, campaign, publish and expiry times, featured, points. */
export function AudienceSection({ editor, teams, campaigns }: { editor: PostEditorState; teams: Team[]; campaigns: Campaign[] }) {
  const { t } = useI18n();
  const { draft, set, fieldErrors, zone } = editor;
  return (
    <FormCard id="post-audience" title={t('content.audienceSection')}>
      <fieldset className="checkbox-group" data-testid="post-teams">
        <legend className="field-label">{t('content.teams')}</legend>
        <p className="field-hint">{t('content.teamsHint')}</p>
        {teams.length === 0 && <p className="muted">{t('content.noTeams')}</p>}
        {teams.map((team) => (
          <CheckboxField
            key={team.id}
            label={team.name}
            checked={draft.teamIds.includes(team.id)}
            onChange={(event) => set('teamIds', event.target.checked ? [...draft.teamIds, team.id] : draft.teamIds.filter((id) => id !== team.id))}
          />
        ))}
      </fieldset>
      {campaigns.length > 0 && (
        <SelectField
          label={t('content.campaign')}
          value={draft.campaignId}
          onChange={(event) => set('campaignId', event.target.value)}
          error={fieldErrors.campaignId}
          options={[{ value: '', label: t('content.noCampaign') }, ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))]}
          testId="post-campaign"
        />
      )}
      <div className="field-pair">
        <InputField label={t('content.publishAt')} hint={t('content.zoneHint', { zone })} type="datetime-local" value={draft.publishAt} onChange={(event) => set('publishAt', event.target.value)} error={fieldErrors.publishAt} testId="post-publish-at" />
        <InputField label={t('content.expiresAt')} type="datetime-local" value={draft.expiresAt} onChange={(event) => set('expiresAt', event.target.value)} error={fieldErrors.expiresAt} testId="post-expires-at" />
      </div>
      <CheckboxField label={t('content.featured')} hint={t('content.featuredHint')} checked={draft.featured} onChange={(event) => set('featured', event.target.checked)} testId="post-featured" />
      <InputField label={t('content.points')} hint={t('content.pointsHint')} type="number" inputMode="numeric" min={0} max={10000} value={draft.points} onChange={(event) => set('points', event.target.value)} error={fieldErrors.points} testId="post-points" />
    </FormCard>
  );
}
