import { DateTime } from 'luxon';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createContest } from '../../api/gamification';
import type { Contest } from '../../api/models';
import { queries, upsertInList } from '../../api/queries';
import { useCurrentUser } from '../../auth/AuthContext';
import { BarChart } from '../../components/BarChart';
import { BusyButton } from '../../components/BusyButton';
import { ErrorText } from '../../components/ErrorText';
import { useFieldErrors } from '../../components/errorMessages';
import { InputField, SelectField, TextAreaField } from '../../components/fields';
import { FormCard } from '../../components/FormCard';
import { LoadingState } from '../../components/LoadingState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { useSubmit } from '../../hooks/useSubmit';

/** Contests: days in the organisation's timezone, everyone or one team, prizes by place, and standings. */
export function ContestsPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const contests = useQuery(queries.contests());
  const teams = useQuery(queries.teams());
  const teamName = (contest: Contest) => (contest.teamId ? (teams.data?.find((team) => team.id === contest.teamId)?.name ?? '') : t('contests.everyone'));

  return (
    <Page title={t('nav.contests')} intro={t('contests.intro')} testId="page-contests">
      <QueryView
        query={contests}
        empty={{ title: t('contests.emptyTitle'), body: t('contests.emptyBody') }}
      >
        {(list) => (
          <ul className="contest-list" data-testid="contest-list">
            {list.map((contest) => (
              <ContestItem key={contest.id} contest={contest} scope={teamName(contest)} />
            ))}
          </ul>
        )}
      </QueryView>
      <NewContest teams={teams.data ?? []} onCreated={(contest) => upsertInList(queryClient, queries.contests().queryKey, contest, 'start')} />
    </Page>
  );
}

export function contestState(contest: Contest): 'upcoming' | 'running' | 'ended' {
  const now = Date.now();
  if (contest.status === 'closed') return 'ended';
  if (contest.startsAt && Date.parse(contest.startsAt) > now) return 'upcoming';
  if (contest.endsAt && Date.parse(contest.endsAt) <= now) return 'ended';
  return 'running';
}

/** One contest: days, who takes part, prizes, results; its live standings on demand (`showMine`: open, with the reader's own place). */
export function ContestItem({ contest, scope, showMine = false }: { contest: Contest; scope: string; showMine?: boolean }) {
  const { t, formatDate, formatNumber } = useI18n();
  const [open, setOpen] = useState(showMine && contestState(contest) === 'running');
  // The live standings, once the contest is opened.
  const detail = useQuery({ ...queries.contest(contest.id), enabled: open });
  const state = contestState(contest);
  const current = detail.data ?? contest;
  // Dates are days in the organisation's timezone; show them as days, not instants.
  const day = (value: string | null) => (value ? formatDate(`${value}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) : '…');
  return (
    <li className="card contest-item" data-testid="contest">
      <div className="contest-head">
        <div>
          <p className="contest-name">{contest.name}</p>
          <p className="muted small">
            {scope} · {contest.startsOn ? day(contest.startsOn) : contest.startsAt ? formatDate(contest.startsAt) : '…'} – {contest.endsOn ? day(contest.endsOn) : contest.endsAt ? formatDate(contest.endsAt) : '…'}
            {contest.minPoints > 0 && ` · ${t('contests.minPointsShort', { points: contest.minPoints })}`}
          </p>
        </div>
        <Tag tone={state === 'running' ? 'success' : state === 'upcoming' ? 'warning' : 'neutral'}>{t(`contests.${state}`)}</Tag>
      </div>
      {contest.description && <p>{contest.description}</p>}
      {contest.prizes.length > 0 && (
        <ol className="prize-list">
          {contest.prizes.map((prize) => (
            <li key={prize.rank}>
              {prize.title}
              {prize.points !== null && prize.points > 0 && <span className="muted"> · {t('contests.bonus', { points: formatNumber(prize.points) })}</span>}
            </li>
          ))}
        </ol>
      )}
      {current.results && (
        <div>
          <p className="small">{t('contests.resultsSummary', { participants: current.results.participants, qualified: current.results.qualified })}</p>
          <ol className="prize-list">
            {current.results.winners.map((winner) => (
              <li key={winner.userId}>
                <strong>{winner.name}</strong> · {t('leaderboards.points', { points: winner.points })}
                {winner.prize && ` · ${winner.prize}`}
              </li>
            ))}
          </ol>
        </div>
      )}
      {!current.results && (
        <button type="button" className="button button-ghost button-small" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
          {open ? t('contests.hideStandings') : t('contests.showStandings')}
        </button>
      )}
      {open &&
        !current.results &&
        (detail.error !== null ? (
          <ErrorText error={detail.error} />
        ) : detail.isPending ? (
          <LoadingState />
        ) : !current.standings || current.standings.entries.length === 0 ? (
          <p className="muted">{t('contests.noStandings')}</p>
        ) : (
          <BarChart caption={t('contests.standings', { name: contest.name })} bars={current.standings.entries.slice(0, 10).map((entry) => ({ key: entry.userId, label: entry.name, value: entry.points }))} valueLabel={(value) => t('leaderboards.points', { points: value })} />
        ))}
      {showMine && open && current.standings && (
        <p className="small" data-testid="contest-me">
          {current.standings.me.rank ? t('contests.myPlace', { rank: current.standings.me.rank, points: current.standings.me.points }) : t('contests.myPoints', { points: current.standings.me.points })}
        </p>
      )}
    </li>
  );
}

interface PrizeRow {
  title: string;
  points: string;
}

function NewContest({ teams, onCreated }: { teams: { id: string; name: string }[]; onCreated: (contest: Contest) => void }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const today = DateTime.now().setZone(user.organization.timezone);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [startsOn, setStartsOn] = useState(today.toISODate() ?? '');
  const [endsOn, setEndsOn] = useState(today.endOf('month').toISODate() ?? '');
  const [teamId, setTeamId] = useState('');
  const [minPoints, setMinPoints] = useState('');
  const [prizes, setPrizes] = useState<PrizeRow[]>([{ title: '', points: '' }]);
  const { busy, error, run } = useSubmit();
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  // The request leaves out prizes without a title, so its prizes.N is the N-th titled row.
  const sentPrizes = prizes.flatMap((prize, index) => (prize.title.trim() === '' ? [] : [index]));
  const prizeField = (index: number, part: 'title' | 'points') => `prizes.${sentPrizes.indexOf(index)}.${part}`;
  const fieldErrors = useFieldErrors(error, {
    name: t('contests.name'),
    description: t('contests.description'),
    startsOn: t('contests.startsOn'),
    endsOn: t('contests.endsOn'),
    teamId: t('contests.scope'),
    scope: t('contests.scope'),
    minPoints: t('contests.minPoints'),
    prizes: t('contests.prizes'),
    ...Object.fromEntries(
      sentPrizes.flatMap((row, sent) => [
        [`prizes.${sent}.title`, t('contests.prizeTitle', { place: row + 1 })],
        [`prizes.${sent}.points`, `${t('contests.prizeTitle', { place: row + 1 })}, ${t('contests.prizePoints')}`],
      ]),
    ),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!startsOn || !endsOn) {
      setProblem(t('contests.datesRequired'));
      return;
    }
    if (endsOn < startsOn) {
      setProblem(t('content.expiryBeforeStart'));
      return;
    }
    setProblem(null);
    setCreated(null);
    await run(async () => {
      const contest = await createContest({
        name: name.trim(),
        startsOn,
        endsOn,
        scope: teamId ? 'team' : 'organization',
        ...(teamId ? { teamId } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(minPoints.trim() ? { minPoints: Number(minPoints) } : {}),
        prizes: prizes
          .filter((prize) => prize.title.trim() !== '')
          .map((prize) => ({ title: prize.title.trim(), ...(prize.points.trim() ? { points: Number(prize.points) } : {}) })),
      });
      onCreated(contest);
      setCreated(contest.name);
      setName('');
      setDescription('');
      setPrizes([{ title: '', points: '' }]);
    });
  }

  return (
    <FormCard id="new-contest" title={t('contests.new')} narrow>
      <form className="form" onSubmit={submit} noValidate aria-busy={busy}>
        <InputField label={t('contests.name')} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.byField.name} required maxLength={200} testId="contest-name" />
        <TextAreaField label={t('contests.description')} value={description} onChange={(event) => setDescription(event.target.value)} error={fieldErrors.byField.description} rows={2} />
        <div className="field-pair">
          <InputField label={t('contests.startsOn')} type="date" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} error={fieldErrors.byField.startsOn} required testId="contest-starts-on" />
          <InputField label={t('contests.endsOn')} hint={t('contests.daysHint', { zone: user.organization.timezone })} type="date" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} error={fieldErrors.byField.endsOn} required testId="contest-ends-on" />
        </div>
        <SelectField label={t('contests.scope')} value={teamId} onChange={(event) => setTeamId(event.target.value)} error={fieldErrors.byField.teamId ?? fieldErrors.byField.scope} options={[{ value: '', label: t('contests.everyone') }, ...teams.map((team) => ({ value: team.id, label: team.name }))]} />
        <InputField label={t('contests.minPoints')} hint={t('contests.minPointsHint')} type="number" min={0} value={minPoints} onChange={(event) => setMinPoints(event.target.value)} error={fieldErrors.byField.minPoints} />
        <fieldset className="checkbox-group">
          <legend className="field-label">{t('contests.prizes')}</legend>
          <p className="field-hint">{t('contests.prizesHint')}</p>
          {prizes.map((prize, index) => (
            <div key={index} className="prize-row">
              <InputField
                label={t('contests.prizeTitle', { place: index + 1 })}
                value={prize.title}
                error={fieldErrors.byField[prizeField(index, 'title')]}
                onChange={(event) => setPrizes((current) => current.map((row, position) => (position === index ? { ...row, title: event.target.value } : row)))}
              />
              <InputField
                label={t('contests.prizePoints')}
                type="number"
                min={0}
                value={prize.points}
                error={fieldErrors.byField[prizeField(index, 'points')]}
                onChange={(event) => setPrizes((current) => current.map((row, position) => (position === index ? { ...row, points: event.target.value } : row)))}
              />
            </div>
          ))}
          {prizes.length < 10 && (
            <div>
              <button type="button" className="button button-secondary button-small" onClick={() => setPrizes((current) => [...current, { title: '', points: '' }])}>
                {t('contests.addPrize')}
              </button>
            </div>
          )}
        </fieldset>
        {problem && (
          <p className="field-error" role="alert">
            {problem}
          </p>
        )}
        {fieldErrors.byField.prizes && <p className="field-error">{fieldErrors.byField.prizes}</p>}
        {fieldErrors.rest !== null && <ErrorText error={fieldErrors.rest} />}
        {created && (
          <Notice tone="success" live>
            {t('contests.created', { name: created })}
          </Notice>
        )}
        <div>
          <BusyButton type="submit" variant="primary" busy={busy} busyLabel={t('common.saving')} disabled={name.trim() === ''} testId="contest-create">
            {t('contests.create')}
          </BusyButton>
        </div>
      </form>
    </FormCard>
  );
}
