import { User } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Contest, ContestEntry, ContestResults } from './entities/contest.entity';
import { EARNING_KINDS, PointEvent } from './entities/point-event.entity';
import { Standing } from './ranking';
import { toDate, toNumber } from './sql';

/** What a contest counts: earned points, except other contests' bonuses. */
export const CONTEST_KINDS = EARNING_KINDS.filter((kind) => kind !== 'contest_bonus');

export interface ContestStanding extends Standing {
  name: string;
}

@Injectable()
export class ContestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  listContests(organizationId: string): Promise<Contest[]> {
    return this.dataSource.getRepository(Contest).find({ where: { organizationId }, order: { startsAt: 'DESC', createdAt: 'DESC' }, take: 200 });
  }

  findContest(organizationId: string, id: string): Promise<Contest | null> {
    return this.dataSource.getRepository(Contest).findOneBy({ organizationId, id });
  }

  async insertContest(manager: EntityManager, contest: Contest): Promise<void> {
    await manager.getRepository(Contest).insert(contest);
  }

  /** Open contests whose period is over, soonest first. */
  openContestsEndedBy(now: Date, limit: number): Promise<Contest[]> {
    return this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('contest')
      .where("contest.status = 'open' AND contest.endsAt <= :now", { now })
      .orderBy('contest.endsAt', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Open contests that have begun and were not announced yet. */
  openContestsStartedUnannounced(now: Date, limit: number): Promise<Contest[]> {
    return this.dataSource
      .getRepository(Contest)
      .createQueryBuilder('contest')
      .where("contest.status = 'open' AND contest.startAnnouncedAt IS NULL AND contest.startsAt <= :now", { now })
      .orderBy('contest.startsAt', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Claims the announcement; false when another run announced it first. */
  async markStartAnnounced(manager: EntityManager, contest: Contest, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Contest)
      .set({ startAnnouncedAt: at })
      .where(`"id" = :id AND "startAnnouncedAt" IS NULL`, { id: contest.id })
      .execute();
    return Boolean(result.affected);
  }

  /** Open -> closed; false when another run closed it first (the row lock makes the second wait, then miss). */
  async markClosed(manager: EntityManager, contest: Contest, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Contest)
      .set({ status: 'closed', closedAt: at })
      .where(`"id" = :id AND "status" = 'open'`, { id: contest.id })
      .execute();
    return Boolean(result.affected);
  }

  async saveResults(manager: EntityManager, contestId: string, results: ContestResults): Promise<void> {
    await manager.getRepository(Contest).update({ id: contestId }, { results });
  }

  /** Points earned inside the contest's period, per user, from the ledger itself (a one-off read at closing). */
  async standingsFromLedger(manager: EntityManager, contest: Contest): Promise<Standing[]> {
    const rows = await manager
      .getRepository(PointEvent)
      .createQueryBuilder('event')
      .select('event.userId', 'userId')
      .addSelect('SUM(event.points)', 'points')
      .addSelect('MAX(event.occurredAt)', 'reachedAt')
      .where('event.organizationId = :organizationId AND event.kind IN (:...kinds)', { organizationId: contest.organizationId, kinds: CONTEST_KINDS })
      .andWhere('event.occurredAt >= :startsAt AND event.occurredAt < :endsAt', { startsAt: contest.startsAt, endsAt: contest.endsAt })
      .groupBy('event.userId')
      .getRawMany<{ userId: string; points: unknown; reachedAt: unknown }>();
    return rows.map((r) => ({ userId: r.userId, points: toNumber(r.points), reachedAt: toDate(r.reachedAt) }));
  }

  /** A contest created after its start begins with what was earned since the start. */
  async backfillEntries(manager: EntityManager, contest: Contest): Promise<void> {
    const standings = await this.standingsFromLedger(manager, contest);
    for (let i = 0; i < standings.length; i += 500) {
      const batch = standings.slice(i, i + 500).map(
        (s): ContestEntry => ({ contestId: contest.id, userId: s.userId, organizationId: contest.organizationId, points: s.points, reachedAt: s.reachedAt }),
      );
      await manager.getRepository(ContestEntry).insert(batch);
    }
  }

  /** Of these users, the ones a contest may rank: on leaderboards, and in the team for a team contest. */
  async eligibleUsers(contest: Contest, userIds: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let i = 0; i < userIds.length; i += 500) {
      const query = this.dataSource
        .getRepository(User)
        .createQueryBuilder('user')
        .select(['user.id', 'user.name'])
        .where('user.organizationId = :organizationId AND user.id IN (:...ids)', { organizationId: contest.organizationId, ids: userIds.slice(i, i + 500) });
      this.onlyEligible(query, contest);
      for (const user of await query.getMany()) names.set(user.id, user.name);
    }
    return names;
  }

  /** Live standings of an open contest: the top `limit`, in board order. */
  async topEntries(contest: Contest, limit: number): Promise<ContestStanding[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('entry.userId', 'userId')
      .addSelect('entry.points', 'points')
      .addSelect('entry.reachedAt', 'reachedAt')
      .addSelect('user.name', 'name')
      .from(ContestEntry, 'entry')
      .innerJoin(User, 'user', 'user.id = entry.userId')
      .where('entry.contestId = :contestId AND entry.points > 0', { contestId: contest.id });
    this.onlyEligible(query, contest);
    const rows = await query
      .orderBy('entry.points', 'DESC')
      .addOrderBy('entry.reachedAt', 'ASC')
      .addOrderBy('entry.userId', 'ASC')
      .limit(limit)
      .getRawMany<{ userId: string; points: unknown; reachedAt: unknown; name: string }>();
    return rows.map((r) => ({ userId: r.userId, name: r.name, points: toNumber(r.points), reachedAt: toDate(r.reachedAt) }));
  }

  entryOf(contestId: string, userId: string): Promise<ContestEntry | null> {
    return this.dataSource.getRepository(ContestEntry).findOneBy({ contestId, userId });
  }

  async entriesAhead(contest: Contest, points: number): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'ahead')
      .from(ContestEntry, 'entry')
      .innerJoin(User, 'user', 'user.id = entry.userId')
      .where('entry.contestId = :contestId AND entry.points > :points', { contestId: contest.id, points });
    this.onlyEligible(query, contest);
    return toNumber((await query.getRawOne<{ ahead: unknown }>())?.ahead);
  }

  async isEligible(contest: Contest, userId: string): Promise<boolean> {
    return (await this.eligibleUsers(contest, [userId])).has(userId);
  }

  private onlyEligible<T extends object>(query: SelectQueryBuilder<T>, contest: Contest): void {
    query.andWhere(
      new Brackets((visible) =>
        visible
          .where('user.leaderboardOptOut = :no AND user.leaderboardExcluded = :no', { no: false })
          .andWhere("user.status <> 'deactivated'"),
      ),
    );
    if (contest.scope === 'team' && contest.teamId) {
      query.andWhere(`EXISTS (SELECT 1 FROM team_memberships tm WHERE tm."teamId" = :teamId AND tm."userId" = user.id)`, { teamId: contest.teamId });
    }
  }
}
