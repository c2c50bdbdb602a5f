import { fieldProblem, userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { AuthUser, hasRole, IdentityRepository, Organization, Role, Team } from '@chorus/identity';
import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Period } from './entities/point-total.entity';
import { LeaderboardQueryDto } from './gamification.dto';
import { LeaderboardEntry, LeaderboardMe, LeaderboardResponse } from './gamification-responses';
import { isValidPeriodKey, periodKeyAt, periodRange } from './period-keys';
import { LeaderboardRepository } from './leaderboard.repository';
import { OwnTotal } from './ledger.repository';
import { rankInOrder } from './ranking';

export const DEFAULT_LEADERBOARD_LIMIT = 10;

/**
 * Leaderboards: indexed reads of the period totals, never of the ledger.
 * - Ranks are standard competition ranks (1, 2, 2, 4), ties shown in the order they reached
 *   their total (see ranking.ts).
 * - Only people who appear on leaderboards are listed or counted: not opted out, not excluded
 *   by an admin, not deactivated. Their points still count for their balance and rewards.
 * - `me.rank` is null when the caller is not on the board (opted out, excluded, not in the
 *   team, or no points in the period); `me.points` is their own total either way.
 */
@Injectable()
export class LeaderboardService {
  constructor(
    private readonly repository: LeaderboardRepository,
    private readonly identity: IdentityRepository,
    private readonly clock: Clock,
  ) {}

  async board(actor: AuthUser, query: LeaderboardQueryDto): Promise<LeaderboardResponse> {
    const [organization, team] = await Promise.all([
      this.mustFindOrganization(actor.organizationId),
      query.teamId ? this.identity.findTeamInOrganization(actor.organizationId, query.teamId) : null,
    ]);
    if (query.teamId && !team) throw new NotFoundException(userMessage('team.notFound'));
    await this.assertMayRead(actor, organization, team);

    const period: Period = query.period ?? 'month';
    const periodKey = this.periodKey(period, query.periodKey, organization);
    const board = { organizationId: organization.id, period, periodKey };
    const limit = query.limit ?? DEFAULT_LEADERBOARD_LIMIT;
    const [rows, standing] = await Promise.all([
      this.repository.topOfBoard({ ...board, teamId: team?.id ?? null }, limit),
      team ? this.repository.totalOf(actor.id, period, periodKey) : this.repository.standingOf(board, actor.id),
    ]);
    const entries: LeaderboardEntry[] = rankInOrder(rows).map((r) => ({ rank: r.rank, userId: r.userId, name: r.name, points: r.points }));
    const range = periodRange(period, periodKey, organization.timezone);
    return {
      period,
      periodKey,
      teamId: team?.id ?? null,
      startsAt: range?.startsAt.toISOString() ?? null,
      endsAt: range?.endsAt.toISOString() ?? null,
      entries,
      me: await this.me(actor, board, team, entries, standing),
    };
  }

  /**
   * Admins and managers see the organisation's board; other people only when the admin lets
   * employees see it. A team board: admins, the team's manager, and its members when employees
   * may see boards.
   */
  private async assertMayRead(actor: AuthUser, organization: Organization, team: Team | null): Promise<void> {
    if (hasRole(actor, Role.Admin)) return;
    if (!team) {
      if (hasRole(actor, Role.Manager) || organization.employeesSeeLeaderboard) return;
      throw new ForbiddenException(userMessage('leaderboard.managersOnly'));
    }
    if (team.managerId === actor.id) return;
    if (organization.employeesSeeLeaderboard && (await this.repository.isTeamMember(team.id, actor.id))) return;
    throw new ForbiddenException(userMessage('leaderboard.notYourTeam', { team: team.name }));
  }

  private periodKey(period: Period, requested: string | undefined, organization: Organization): string {
    if (requested === undefined) return periodKeyAt(period, this.clock.now(), organization.timezone);
    if (period === 'all') throw new BadRequestException(fieldProblem('periodKey', 'leaderboard.periodKeyNotForAll'));
    if (!isValidPeriodKey(period, requested)) {
      throw new BadRequestException(fieldProblem('periodKey', period === 'month' ? 'leaderboard.periodKeyMonth' : 'leaderboard.periodKeyQuarter'));
    }
    return requested;
  }

  private async me(
    actor: AuthUser,
    board: { organizationId: string; period: Period; periodKey: string },
    team: Team | null,
    entries: LeaderboardEntry[],
    own: (OwnTotal & { ahead?: number }) | null,
  ): Promise<LeaderboardMe> {
    if (!own) return { rank: null, points: 0 };
    const listed = entries.find((e) => e.userId === actor.id);
    if (listed) return { rank: listed.rank, points: own.points };
    if (!own.visible || own.points <= 0) return { rank: null, points: own.points };
    if (!team) return { rank: 1 + (own.ahead ?? (await this.repository.usersAhead(board, own.points))), points: own.points };
    if (!(await this.repository.isTeamMember(team.id, actor.id))) return { rank: null, points: own.points };
    return { rank: 1 + (await this.repository.teamMembersAhead({ ...board, teamId: team.id }, own.points)), points: own.points };
  }

  private async mustFindOrganization(id: string): Promise<Organization> {
    const organization = await this.identity.findOrganization(id);
    if (!organization) throw new NotFoundException(userMessage('organization.notFound'));
    return organization;
  }
}
