import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { queries } from '../../api/queries';
import type { LeaderboardPeriod } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { FilterSelect } from '../../components/fields';
import { BoardView, LeaderboardTable } from '../../components/LeaderboardTable';
import { Page } from '../../components/Page';
import { QueryView } from '../../components/QueryView';
import { useI18n } from '../../i18n/I18nContext';
import { ContestItem, contestState } from '../admin/ContestsPage';
import { PeriodControl } from '../manager/LeaderboardsPage';

const PERIODS: readonly LeaderboardPeriod[] = ['month', 'quarter', 'all'];

/**
 * For every employee: the contests running or coming up, with their own place, and — when the
 * organisation lets employees see it — the leaderboard of the organisation or one of their teams.
 */
export function BoardPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const contests = useQuery({ ...queries.contests(), select: (all) => all.filter((contest) => contestState(contest) !== 'ended') });
  const teamName = (teamId: string | null) => (teamId ? (user.teams.find((team) => team.id === teamId)?.name ?? t('board.otherTeam')) : t('contests.everyone'));
  return (
    <Page title={t('nav.board')} intro={t('board.intro')} testId="page-board">
      <section aria-labelledby="board-contests" data-testid="board-contests">
        <h2 id="board-contests">{t('board.contests')}</h2>
        <QueryView query={contests} inlineError empty={<p className="muted" data-testid="board-no-contests">{t('board.noContests')}</p>}>
          {(list) => (
            <ul className="contest-list">
              {list.map((contest) => (
                <ContestItem key={contest.id} contest={contest} scope={teamName(contest.teamId)} showMine />
              ))}
            </ul>
          )}
        </QueryView>
      </section>
      <section aria-labelledby="board-leaderboard" data-testid="board-leaderboard">
        <h2 id="board-leaderboard">{t('nav.leaderboards')}</h2>
        {user.organization.employeesSeeLeaderboard ? (
          <Leaderboard />
        ) : (
          <p className="muted" data-testid="board-leaderboard-hidden">
            {t('board.leaderboardHidden')} <Link to="/points">{t('board.seeMyRank')}</Link>
          </p>
        )}
      </section>
    </Page>
  );
}

function Leaderboard() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const period = (PERIODS.includes(params.get('period') as LeaderboardPeriod) ? params.get('period') : 'month') as LeaderboardPeriod;
  const teamId = user.teams.some((team) => team.id === params.get('team')) ? params.get('team')! : '';
  const board = useQuery({ ...queries.leaderboard({ period, teamId: teamId || undefined, limit: 50 }), placeholderData: keepPreviousData });
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const scopeName = teamId ? (user.teams.find((team) => team.id === teamId)?.name ?? '') : user.organization.name;
  return (
    <>
      <div className="toolbar">
        <PeriodControl value={period} onChange={(value) => setParam('period', value === 'month' ? '' : value)} testId="board-period" />
        {user.teams.length > 0 && (
          <FilterSelect
            id="board-scope"
            label={t('leaderboards.scope')}
            value={teamId}
            onChange={(value) => setParam('team', value)}
            options={[{ value: '', label: t('leaderboards.organization', { name: user.organization.name }) }, ...user.teams.map((team) => ({ value: team.id, label: t('leaderboards.team', { name: team.name }) }))]}
            testId="board-scope"
          />
        )}
      </div>
      <div aria-live="polite" aria-busy={board.isFetching} data-testid="board-table" data-period={board.isFetching ? undefined : period}>
        <BoardView board={board} emptyBody={t('board.emptyBody')} meTestId="board-me">
          {(entries) => (
            <LeaderboardTable
              caption={t('leaderboards.tableCaption', { scope: scopeName, period: t(`period.${period}`) })}
              people={entries}
              ranked
              meId={user.id}
              rowTestId="board-row"
              testId="board-leaderboard-table"
            />
          )}
        </BoardView>
      </div>
    </>
  );
}
