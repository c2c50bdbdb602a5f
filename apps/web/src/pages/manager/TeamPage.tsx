import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { queries } from '../../api/queries';
import type { LeaderboardPeriod } from '../../api/models';
import { useCurrentUser } from '../../auth/AuthContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LeaderboardTable } from '../../components/LeaderboardTable';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { Tag } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/I18nContext';
import { PeriodControl, teamsToWatch } from './LeaderboardsPage';

/** Who in the manager's teams took part this period: people with points, and those without. */
export function TeamPage() {
  const { t, formatNumber } = useI18n();
  const user = useCurrentUser();
  const [period, setPeriod] = useState<LeaderboardPeriod>('month');
  const [teams, users] = useQueries({ queries: [queries.teams(), queries.users()] });
  const watched = teams.data ? teamsToWatch(teams.data, user) : [];
  const boards = useQueries({ queries: watched.map((team) => ({ ...queries.leaderboard({ period, teamId: team.id, limit: 100 }), placeholderData: keepPreviousData })) });
  const error = teams.error ?? users.error;
  // A team whose board cannot be read still shows its members, without points.
  const rows =
    teams.data && users.data && boards.every((board) => !board.isPending)
      ? watched.map((team, index) => ({
          team,
          members: users.data.filter((member) => member.teams.some((membership) => membership.id === team.id) && member.status !== 'deactivated'),
          points: boards[index].data?.entries ?? null,
        }))
      : undefined;
  const retry = () => {
    void teams.refetch();
    void users.refetch();
  };

  return (
    <Page title={t('nav.team')} intro={t('team.intro')} testId="page-team">
      <div className="toolbar">
        <PeriodControl value={period} onChange={setPeriod} testId="team-period" />
      </div>
      {error !== null && !rows ? (
        <ErrorState error={error} onRetry={retry} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState title={t('team.noTeams')}>
          <p>{t('team.noTeamsBody')}</p>
        </EmptyState>
      ) : (
        rows.map(({ team, members, points }) => {
          const pointsOf = (id: string) => points?.find((entry) => entry.userId === id)?.points ?? 0;
          const active = members.filter((member) => pointsOf(member.id) > 0).length;
          const share = members.length === 0 ? 0 : active / members.length;
          return (
            <section key={team.id} className="card team-card" aria-labelledby={`team-${team.id}`} data-testid="team-participation">
              <h2 id={`team-${team.id}`} className="section-title">
                {team.name}
              </h2>
              {points === null ? (
                <p className="muted">{t('team.pointsUnavailable')}</p>
              ) : (
                <>
                  <p className="lead">{t('team.summary', { active, total: members.length, percent: formatNumber(share, { style: 'percent' }) })}</p>
                  <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)} aria-label={t('team.participation')}>
                    <span style={{ width: `${share * 100}%` }} />
                  </div>
                </>
              )}
              {members.length === 0 ? (
                <p className="muted">{t('team.noMembers')}</p>
              ) : (
                <LeaderboardTable
                  caption={team.name}
                  statusHeader={t('common.status')}
                  people={[...members]
                    .sort((a, b) => pointsOf(b.id) - pointsOf(a.id) || a.name.localeCompare(b.name))
                    .map((member) => ({
                      userId: member.id,
                      name: member.name,
                      points: pointsOf(member.id),
                      status:
                        member.status === 'invited' ? <Tag tone="warning">{t('userStatus.invited')}</Tag> : pointsOf(member.id) > 0 ? <Tag tone="success">{t('team.active')}</Tag> : <Tag>{t('team.quiet')}</Tag>,
                    }))}
                />
              )}
            </section>
          );
        })
      )}
    </Page>
  );
}
