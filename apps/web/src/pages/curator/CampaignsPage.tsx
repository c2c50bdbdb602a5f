import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { createCampaign } from '../../api/content';
import { queries, upsertInList } from '../../api/queries';
import { CAMPAIGN_GOALS, isCampaignGoal, type CampaignGoal } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { BusyButton } from '../../components/BusyButton';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { InputField, SelectField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { fromLocalInput } from '../../lib/time';
import { useSubmit } from '../../hooks/useSubmit';
import { campaignReportPath } from '../results/report-path';

const CAMPAIGN_OBJECTIVES = ['awareness', 'traffic', 'leads', 'hiring'] as const;
type CampaignObjective = (typeof CAMPAIGN_OBJECTIVES)[number];

/** Campaigns group posts under a business goal (PR, recruiting, leads …) and may multiply points. */
export function CampaignsPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const campaigns = useQuery(queries.campaigns());
  // Only for the count of posts per campaign.
  const posts = useQuery(queries.posts());
  const [name, setName] = useState('');
  const [goal, setGoal] = useState<CampaignGoal>('marketing');
  const [objective, setObjective] = useState<'' | CampaignObjective>('');
  const [target, setTarget] = useState('');
  const progress = useQuery(queries.campaignProgress());
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [multiplier, setMultiplier] = useState('1');
  const [nameError, setNameError] = useState<string | undefined>();
  const { busy, error, run } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(error, {
    name: t('campaigns.name'),
    goal: t('campaigns.goal'),
    objective: t('campaigns.objective'),
    target: t('campaigns.target'),
    startsAt: t('campaigns.startsAt'),
    endsAt: t('campaigns.endsAt'),
    pointsMultiplier: t('campaigns.multiplierField'),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('content.required'));
      return;
    }
    setNotice(null);
    await run(async () => {
      const starts = fromLocalInput(startsAt, user.timezone);
      const ends = fromLocalInput(endsAt, user.timezone);
      const created = await createCampaign({
        name: name.trim(),
        goal,
        ...(objective ? { objective } : {}),
        ...(target.trim() !== '' ? { target: Number(target) } : {}),
        ...(starts ? { startsAt: starts } : {}),
        ...(ends ? { endsAt: ends } : {}),
        pointsMultiplier: Number(multiplier) || 1,
      });
      upsertInList(queryClient, queries.campaigns().queryKey, created);
      void queryClient.invalidateQueries({ queryKey: queries.campaignProgress().queryKey });
      setNotice(t('campaigns.created', { name: created.name }));
      setName('');
      setStartsAt('');
      setEndsAt('');
      setMultiplier('1');
      setObjective('');
      setTarget('');
    });
  }

  return (
    <Page title={t('nav.campaigns')} intro={t('campaigns.intro')} testId="page-campaigns">
      <QueryView
        query={campaigns}
        empty={{ title: t('campaigns.emptyTitle'), body: t('campaigns.emptyBody') }}
      >
        {(list) => (
          <ul className="campaign-grid" data-testid="campaign-list">
            {list.map((campaign) => {
              const count = posts.data?.filter((post) => post.campaignId === campaign.id).length ?? 0;
              const reached = progress.data?.find((item) => item.campaignId === campaign.id);
              return (
                <li key={campaign.id} className="card campaign-card">
                  <p className="campaign-name">{campaign.name}</p>
                  {campaign.goal && <span className="badge">{isCampaignGoal(campaign.goal) ? t(`goal.${campaign.goal}`) : campaign.goal}</span>}
                  <p className="muted small">
                    {campaign.startsAt || campaign.endsAt
                      ? `${campaign.startsAt ? formatDate(campaign.startsAt) : '…'} – ${campaign.endsAt ? formatDate(campaign.endsAt) : '…'}`
                      : t('campaigns.noDates')}
                  </p>
                  <p className="small">
                    {t('campaigns.postCount', { count })} · {t('campaigns.multiplier', { value: formatNumber(campaign.pointsMultiplier, { maximumFractionDigits: 2 }) })}
                  </p>
                  {reached && (
                    <div className="campaign-progress" data-testid="campaign-progress">
                      <p className="small">
                        {t(`campaigns.objective.${reached.objective as CampaignObjective}`)}:{' '}
                        {t('campaigns.reached', { achieved: reached.achieved, target: reached.target, measure: t(`campaigns.measure.${reached.measure as 'impressions' | 'clicks' | 'leads' | 'applications'}`), percent: formatNumber(reached.progress, { style: 'percent', maximumFractionDigits: 0 }) })}
                      </p>
                      <progress max={1} value={Math.min(1, reached.progress)} aria-label={t('campaigns.progressLabel', { name: campaign.name })} />
                    </div>
                  )}
                  <p className="small campaign-links">
                    <Link to={`/results?campaignId=${encodeURIComponent(campaign.id)}`} data-testid="campaign-results">
                      {t('campaigns.results')}
                    </Link>
                    <Link to={campaignReportPath(campaign.id)} data-testid="campaign-report-link">
                      {t('report.link')}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </QueryView>

      <FormCard id="new-campaign" title={t('campaigns.new')} narrow>
        <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
          <InputField label={t('campaigns.name')} value={name} onChange={(event) => { setName(event.target.value); setNameError(undefined); }} error={nameError ?? fieldErrors.byField.name} maxLength={200} required testId="campaign-name" />
          <SelectField
            label={t('campaigns.goal')}
            hint={t('campaigns.goalHint')}
            value={goal}
            onChange={(event) => setGoal(event.target.value as CampaignGoal)}
            error={fieldErrors.byField.goal}
            options={CAMPAIGN_GOALS.map((value) => ({ value, label: t(`goal.${value}`) }))}
          />
          <div className="field-pair">
            <SelectField
              label={t('campaigns.objective')}
              hint={t('campaigns.objectiveHint')}
              value={objective}
              onChange={(event) => setObjective(event.target.value as '' | CampaignObjective)}
              error={fieldErrors.byField.objective}
              options={[{ value: '', label: t('campaigns.noObjective') }, ...CAMPAIGN_OBJECTIVES.map((value) => ({ value, label: t(`campaigns.objective.${value}`) }))]}
              testId="campaign-objective"
            />
            <InputField label={t('campaigns.target')} type="number" min={1} step={1} value={target} onChange={(event) => setTarget(event.target.value)} error={fieldErrors.byField.target} disabled={objective === ''} testId="campaign-target" />
          </div>
          <div className="field-pair">
            <InputField label={t('campaigns.startsAt')} type="datetime-local" value={startsAt} onChange={(event) => setStartsAt(event.target.value)} error={fieldErrors.byField.startsAt} testId="campaign-starts-at" />
            <InputField label={t('campaigns.endsAt')} type="datetime-local" value={endsAt} onChange={(event) => setEndsAt(event.target.value)} error={fieldErrors.byField.endsAt} testId="campaign-ends-at" />
          </div>
          <InputField label={t('campaigns.multiplierField')} hint={t('campaigns.multiplierHint')} type="number" min={0} max={10} step={0.1} value={multiplier} onChange={(event) => setMultiplier(event.target.value)} error={fieldErrors.byField.pointsMultiplier} testId="campaign-multiplier" />
          {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
          {notice && (
            <Notice tone="success" live>
              {notice}
            </Notice>
          )}
          <div>
            <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} testId="campaign-create">
              {t('campaigns.create')}
            </BusyButton>
          </div>
        </form>
      </FormCard>
    </Page>
  );
}
