import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { LeaderboardPeriod, Team } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { BarChart } from '../../components/BarChart';
import { FilterSelect } from '../../components/fields';
import { BoardView, LeaderboardTable } from '../../components/LeaderboardTable';
import { Page } from '../../components/Page';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useI18n } from '../../i18n/I18nContext';

const PERIODS: readonly LeaderboardPeriod[] = ['month', 'quarter', 'all'];

/** Teams the manager leads (everyone's teams for an admin); their own teams otherwise. */
export function teamsToWatch(teams: Team[], user: { id: string; roles: string[]; teams: { id: string }[] }): Team[] {
  if (user.roles.includes('admin')) return teams;
  const managed = teams.filter((team) => team.managerId === user.id);
  return managed.length > 0 ? managed : teams.filter((team) => user.teams.some((mine) => mine.id === team.id));
}

/** Month, quarter or all time, for the boards and the team page. */
export function PeriodControl({ value, onChange, testId }: { value: LeaderboardPeriod; onChange: (period: LeaderboardPeriod) => void; testId: string }) {
  const { t } = useI18n();
  return <SegmentedControl<LeaderboardPeriod> legend={t('leaderboards.period')} value={value} onChange={onChange} options={PERIODS.map((period) => ({ value: period, label: t(`period.${period}`) }))} testId={testId} />;
}

/** Team and organisation leaderboards, by month, quarter or all time, with a chart. */
export function LeaderboardsPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const period = (PERIODS.includes(params.get('period') as LeaderboardPeriod) ? params.get('period') : 'month') as LeaderboardPeriod;
  const teamId = params.get('team') ?? '';
  const teams = useQuery({ ...queries.teams(), select: (all) => teamsToWatch(all, user) });
  const board = useQuery({ ...queries.leaderboard({ period, teamId: teamId || undefined, limit: 50 }), placeholderData: keepPreviousData });

  function setParam(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  const scopeName = teamId ? (teams.data?.find((team) => team.id === teamId)?.name ?? '') : user.organization.name;
  const periodLabel = t(`period.${period}`);

  return (
    <Page title={t('nav.leaderboards')} intro={t('leaderboards.intro')} testId="page-leaderboards">
      <div className="toolbar">
        <PeriodControl value={period} onChange={(value) => setParam('period', value === 'month' ? '' : value)} testId="period" />
        <FilterSelect
          id="leaderboard-scope"
          label={t('leaderboards.scope')}
          value={teamId}
          onChange={(value) => setParam('team', value)}
          options={[{ value: '', label: t('leaderboards.organization', { name: user.organization.name }) }, ...(teams.data ?? []).map((team) => ({ value: team.id, label: t('leaderboards.team', { name: team.name }) }))]}
          testId="leaderboard-scope"
        />
      </div>

      <section aria-live="polite" aria-busy={board.isFetching} data-testid="leaderboard" data-period={board.isFetching ? undefined : period} data-team={teamId || 'organization'}>
        <BoardView board={board} emptyBody={t('leaderboards.emptyBody')} meTestId="leaderboard-me">
          {(entries) => (
            <>
              <BarChart
                caption={t('leaderboards.chartCaption', { scope: scopeName, period: periodLabel })}
                bars={entries.slice(0, 10).map((entry) => ({ key: entry.userId, label: entry.name, value: entry.points, highlight: entry.userId === user.id }))}
                valueLabel={(value) => t('leaderboards.points', { points: value })}
                testId="leaderboard-chart"
              />
              <LeaderboardTable
                caption={t('leaderboards.tableCaption', { scope: scopeName, period: periodLabel })}
                people={entries}
                ranked
                meId={user.id}
                rowTestId="leaderboard-row"
                testId="leaderboard-table"
              />
            </>
          )}
        </BoardView>
      </section>
    </Page>
  );
}
