import { TeamMembership, User } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PointScoreCount } from './entities/point-score-count.entity';
import { Period, PointTotal } from './entities/point-total.entity';
import { OwnTotal } from './ledger.repository';
import { toBoolean, toDate, toNumber } from './sql';

export interface BoardRow {
  userId: string;
  name: string;
  points: number;
  reachedAt: Date;
}

/** Leaderboards and own totals: indexed reads of the period totals and score counts, never the ledger. */
@Injectable()
export class LeaderboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async topOfBoard(board: { organizationId: string; period: Period; periodKey: string; teamId?: string | null }, limit: number): Promise<BoardRow[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('total.userId', 'userId')
      .addSelect('total.points', 'points')
      .addSelect('total.reachedAt', 'reachedAt')
      .addSelect('user.name', 'name')
      .from(PointTotal, 'total')
      .innerJoin(User, 'user', 'user.id = total.userId')
      .where('total.organizationId = :organizationId AND total.period = :period AND total.periodKey = :periodKey AND total.visible = :visible', {
        ...board,
        visible: true,
      });
    if (board.teamId) query.innerJoin(TeamMembership, 'membership', 'membership.userId = total.userId AND membership.teamId = :teamId', { teamId: board.teamId });
    const rows = await query
      .orderBy('total.points', 'DESC')
      .addOrderBy('total.reachedAt', 'ASC')
      .addOrderBy('total.userId', 'ASC')
      .limit(limit)
      .getRawMany<{ userId: string; points: unknown; reachedAt: unknown; name: string }>();
    return rows.map((r) => ({ userId: r.userId, name: r.name, points: toNumber(r.points), reachedAt: toDate(r.reachedAt) }));
  }

  /**
   * The caller's total on the organisation board and how many visible users have more
   * points, in one round trip (a sum over distinct scores, not a count of people).
   */
  async standingOf(board: { organizationId: string; period: Period; periodKey: string }, userId: string): Promise<(OwnTotal & { ahead: number }) | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('total.points', 'points')
      .addSelect('total.visible', 'visible')
      .addSelect(
        (ahead) =>
          ahead
            .select('COALESCE(SUM(score.users), 0)')
            .from(PointScoreCount, 'score')
            .where('score.organizationId = :organizationId AND score.period = :period AND score.periodKey = :periodKey AND score.points > total.points'),
        'ahead',
      )
      .from(PointTotal, 'total')
      .where('total.userId = :userId AND total.period = :period AND total.periodKey = :periodKey', { ...board, userId })
      .getRawOne<{ points: unknown; visible: unknown; ahead: unknown }>();
    return row ? { points: toNumber(row.points), visible: toBoolean(row.visible), ahead: toNumber(row.ahead) } : null;
  }

  async totalOf(userId: string, period: Period, periodKey: string): Promise<OwnTotal | null> {
    const row = await this.dataSource.getRepository(PointTotal).findOneBy({ userId, period, periodKey });
    return row ? { points: row.points, visible: row.visible } : null;
  }

  async totalsOf(userId: string, keys: { period: Period; periodKey: string }[]): Promise<PointTotal[]> {
    return this.dataSource.getRepository(PointTotal).find({ where: keys.map((k) => ({ userId, ...k })) });
  }

  /** Visible users with more points on the organisation board: a sum over distinct scores. */
  async usersAhead(board: { organizationId: string; period: Period; periodKey: string }, points: number): Promise<number> {
    const row = await this.dataSource
      .getRepository(PointScoreCount)
      .createQueryBuilder('score')
      .select('COALESCE(SUM(score.users), 0)', 'ahead')
      .where('score.organizationId = :organizationId AND score.period = :period AND score.periodKey = :periodKey AND score.points > :points', { ...board, points })
      .getRawOne<{ ahead: unknown }>();
    return toNumber(row?.ahead);
  }

  /** Visible members of a team with more points (teams are small enough to count). */
  async teamMembersAhead(board: { organizationId: string; period: Period; periodKey: string; teamId: string }, points: number): Promise<number> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'ahead')
      .from(PointTotal, 'total')
      .innerJoin(TeamMembership, 'membership', 'membership.userId = total.userId AND membership.teamId = :teamId', { teamId: board.teamId })
      .where('total.organizationId = :organizationId AND total.period = :period AND total.periodKey = :periodKey AND total.visible = :visible', {
        ...board,
        visible: true,
      })
      .andWhere('total.points > :points', { points })
      .getRawOne<{ ahead: unknown }>();
    return toNumber(row?.ahead);
  }

  isTeamMember(teamId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(TeamMembership).existsBy({ teamId, userId });
  }
}
