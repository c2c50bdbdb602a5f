import { User } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Contest } from './entities/contest.entity';
import { PointBalance } from './entities/point-balance.entity';
import { PointEvent, PointEventKind } from './entities/point-event.entity';
import { Period, PointTotal } from './entities/point-total.entity';
import { execute, isPostgresManager, rows, toBoolean, toDate, toNumber } from './sql';

export interface AwardeeState {
  id: string;
  organizationId: string;
  /** Shown on leaderboards: not opted out, not excluded by an admin, not deactivated. */
  visible: boolean;
}

export interface TotalChange {
  organizationId: string;
  userId: string;
  period: Period;
  periodKey: string;
  delta: number;
  reachedAt: Date;
  /** Used only when this creates the row; an existing row keeps its own flag. */
  visible: boolean;
}

export interface OwnTotal {
  points: number;
  visible: boolean;
}

export function eventKey(event: { userId: string; kind: string; source: string }): string {
  return JSON.stringify([event.userId, event.kind, event.source]);
}

export function totalKey(row: { userId: string; period: string; periodKey: string }): string {
  return `${row.userId} ${row.period} ${row.periodKey}`;
}

/** Appears on leaderboards: the user's own choice, the admin's, and offboarding all count. */
export function isOnLeaderboards(user: Pick<User, 'leaderboardOptOut' | 'leaderboardExcluded' | 'status'>): boolean {
  return !user.leaderboardOptOut && !user.leaderboardExcluded && user.status !== 'deactivated';
}

/**
 * The points ledger and the rows derived from it (period totals, contest entries, score
 * counts, balances), named by intent. Writes take the caller's transaction and are listed in
 * the award's lock order: users, ledger, totals, contest entries, balances, score counts.
 */
@Injectable()
export class LedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the user appears on leaderboards now, read in the caller's transaction; null when gone. */
  async visibilityOf(manager: EntityManager, userId: string): Promise<boolean | null> {
    const user = await manager.getRepository(User).findOne({ where: { id: userId }, select: { id: true, leaderboardOptOut: true, leaderboardExcluded: true, status: true } });
    return user ? isOnLeaderboards(user) : null;
  }

  /**
   * The awardees, read with a share lock on PostgreSQL so that a concurrent change of their
   * leaderboard settings is either fully before or fully after this award.
   */
  async lockAwardees(manager: EntityManager, userIds: string[]): Promise<Map<string, AwardeeState>> {
    const map = new Map<string, AwardeeState>();
    if (userIds.length === 0) return map;
    const query = manager
      .getRepository(User)
      .createQueryBuilder('user')
      .where('user.id IN (:...ids)', { ids: [...new Set(userIds)].sort() })
      .orderBy('user.id', 'ASC');
    if (isPostgresManager(manager)) query.setLock('pessimistic_read');
    for (const user of await query.getMany()) {
      map.set(user.id, { id: user.id, organizationId: user.organizationId, visible: isOnLeaderboards(user) });
    }
    return map;
  }

  /**
   * Writes ledger events in one statement; returns the keys (`eventKey`) of those written. An
   * event whose (user, kind, source) exists already is skipped: awarding twice is a no-op.
   */
  async insertEvents(manager: EntityManager, events: PointEvent[]): Promise<Set<string>> {
    if (events.length === 0) return new Set();
    const { values, parameters } = rows(
      events.map((e) => ({ ...e, detail: e.detail === null ? null : JSON.stringify(e.detail) })),
      ['id', 'organizationId', 'userId', 'kind', 'source', 'points', 'shareId', 'detail', 'occurredAt', 'createdAt'],
    );
    const { rows: written } = await execute<{ userId: string; kind: string; source: string }>(
      manager,
      `INSERT INTO "point_events" ("id", "organizationId", "userId", "kind", "source", "points", "shareId", "detail", "occurredAt", "createdAt") VALUES ${values}
       ON CONFLICT ("userId", "kind", "source") DO NOTHING RETURNING "userId", "kind", "source"`,
      parameters,
    );
    return new Set(written.map(eventKey));
  }

  /**
   * Adds to period totals (creating them), in one statement with the rows in the given order
   * (the lock order), and returns each new total and whether it is shown.
   */
  async addToTotals(manager: EntityManager, changes: TotalChange[]): Promise<Map<string, OwnTotal>> {
    const result = new Map<string, OwnTotal>();
    if (changes.length === 0) return result;
    const { values, parameters } = rows(changes, ['userId', 'period', 'periodKey', 'organizationId', 'delta', 'visible', 'reachedAt']);
    const { rows: returned } = await execute<{ userId: string; period: string; periodKey: string; points: unknown; visible: unknown }>(
      manager,
      `INSERT INTO "point_totals" ("userId", "period", "periodKey", "organizationId", "points", "visible", "reachedAt") VALUES ${values}
       ON CONFLICT ("userId", "period", "periodKey") DO UPDATE SET
         "points" = "point_totals"."points" + excluded."points",
         "reachedAt" = CASE WHEN excluded."reachedAt" > "point_totals"."reachedAt" THEN excluded."reachedAt" ELSE "point_totals"."reachedAt" END
       RETURNING "userId", "period", "periodKey", "points", "visible"`,
      parameters,
    );
    for (const row of returned) result.set(totalKey(row), { points: toNumber(row.points), visible: toBoolean(row.visible) });
    return result;
  }

  async addToContestEntries(manager: EntityManager, entries: { contestId: string; userId: string; organizationId: string; delta: number; reachedAt: Date }[]): Promise<void> {
    if (entries.length === 0) return;
    const { values, parameters } = rows(entries, ['contestId', 'userId', 'organizationId', 'delta', 'reachedAt']);
    await execute(
      manager,
      `INSERT INTO "contest_entries" ("contestId", "userId", "organizationId", "points", "reachedAt") VALUES ${values}
       ON CONFLICT ("contestId", "userId") DO UPDATE SET
         "points" = "contest_entries"."points" + excluded."points",
         "reachedAt" = CASE WHEN excluded."reachedAt" > "contest_entries"."reachedAt" THEN excluded."reachedAt" ELSE "contest_entries"."reachedAt" END`,
      parameters,
    );
  }

  async creditBalances(manager: EntityManager, credits: { userId: string; organizationId: string; points: number }[], at: Date): Promise<void> {
    if (credits.length === 0) return;
    const { values, parameters } = rows(
      credits.map((c) => ({ ...c, at })),
      ['userId', 'organizationId', 'points', 'at'],
    );
    await execute(
      manager,
      `INSERT INTO "point_balances" ("userId", "organizationId", "balance", "updatedAt") VALUES ${values}
       ON CONFLICT ("userId") DO UPDATE SET "balance" = "point_balances"."balance" + excluded."balance", "updatedAt" = excluded."updatedAt"`,
      parameters,
    );
  }

  /** Takes points only if the balance covers them; the row lock makes concurrent debits queue. */
  async debitBalance(manager: EntityManager, userId: string, points: number, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PointBalance)
      .set({ balance: () => `"balance" - ${Math.trunc(points)}`, updatedAt: at })
      .where('"userId" = :userId AND "balance" >= :points', { userId, points })
      .execute();
    return Boolean(result.affected);
  }

  /** `delta` more (or fewer) visible users hold `points` on a board, for each change, in the given order. */
  async adjustScoreCounts(manager: EntityManager, changes: { organizationId: string; period: Period; periodKey: string; points: number; delta: number }[]): Promise<void> {
    if (changes.length === 0) return;
    const { values, parameters } = rows(changes, ['organizationId', 'period', 'periodKey', 'points', 'delta']);
    await execute(
      manager,
      `INSERT INTO "point_score_counts" ("organizationId", "period", "periodKey", "points", "users") VALUES ${values}
       ON CONFLICT ("organizationId", "period", "periodKey", "points") DO UPDATE SET "users" = "point_score_counts"."users" + excluded."users"`,
      parameters,
    );
  }

  /** Open contests of the organisation whose period contains any instant from `from` to `to` (both included). */
  openContestsOverlapping(manager: EntityManager, organizationId: string, from: Date, to: Date): Promise<Contest[]> {
    return manager
      .getRepository(Contest)
      .createQueryBuilder('contest')
      .where("contest.organizationId = :organizationId AND contest.status = 'open'", { organizationId })
      .andWhere('contest.startsAt <= :to AND contest.endsAt > :from', { from, to })
      .getMany();
  }

  /** Sets the leaderboard flag on a user's totals; returns the rows whose flag changed. */
  async setVisibility(manager: EntityManager, userId: string, visible: boolean): Promise<PointTotal[]> {
    const query = manager
      .getRepository(PointTotal)
      .createQueryBuilder('total')
      .where('total.userId = :userId AND total.visible = :was', { userId, was: !visible })
      .orderBy('total.period', 'ASC')
      .addOrderBy('total.periodKey', 'ASC');
    if (isPostgresManager(manager)) query.setLock('pessimistic_write');
    const rows = await query.getMany();
    if (rows.length > 0) {
      await manager.createQueryBuilder().update(PointTotal).set({ visible }).where('"userId" = :userId AND "visible" = :was', { userId, was: !visible }).execute();
    }
    return rows;
  }

  /** Serialises work on one key for the rest of the transaction (PostgreSQL; SQLite is serial already). */
  async lockKey(manager: EntityManager, key: string): Promise<void> {
    if (isPostgresManager(manager)) await execute(manager, 'SELECT pg_advisory_xact_lock(hashtext(:key))', { key });
  }

  /** Points a share already earned of one kind in a time range (for daily caps). */
  async earnedOnShareBetween(manager: EntityManager, shareId: string, kind: PointEventKind, from: Date, to: Date): Promise<number> {
    const row = await manager
      .getRepository(PointEvent)
      .createQueryBuilder('event')
      .select('COALESCE(SUM(event.points), 0)', 'points')
      .where('event.shareId = :shareId AND event.kind = :kind', { shareId, kind })
      .andWhere('event.occurredAt >= :from AND event.occurredAt < :to', { from, to })
      .getRawOne<{ points: unknown }>();
    return toNumber(row?.points);
  }

  /** Each user's count of events of a kind (users without any are left out). */
  async countEventsOfKindByUser(manager: EntityManager, userIds: string[], kind: PointEventKind): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (userIds.length === 0) return counts;
    const rows = await manager
      .getRepository(PointEvent)
      .createQueryBuilder('event')
      .select('event.userId', 'userId')
      .addSelect('COUNT(*)', 'count')
      .where('event.userId IN (:...userIds) AND event.kind = :kind', { userIds, kind })
      .groupBy('event.userId')
      .getRawMany<{ userId: string; count: unknown }>();
    for (const row of rows) counts.set(row.userId, toNumber(row.count));
    return counts;
  }

  /** When each user's events of a kind happened between two instants (for streaks). */
  async eventTimesBetweenByUser(manager: EntityManager, userIds: string[], kind: PointEventKind, from: Date, to: Date): Promise<Map<string, Date[]>> {
    const times = new Map<string, Date[]>();
    if (userIds.length === 0) return times;
    const rows = await manager
      .getRepository(PointEvent)
      .createQueryBuilder('event')
      .select('event.userId', 'userId')
      .addSelect('event.occurredAt', 'occurredAt')
      .where('event.userId IN (:...userIds) AND event.kind = :kind', { userIds, kind })
      .andWhere('event.occurredAt >= :from AND event.occurredAt < :to', { from, to })
      .getRawMany<{ userId: string; occurredAt: unknown }>();
    for (const row of rows) times.set(row.userId, [...(times.get(row.userId) ?? []), toDate(row.occurredAt)]);
    return times;
  }

  async balanceOf(userId: string): Promise<number> {
    const row = await this.dataSource.getRepository(PointBalance).findOneBy({ userId });
    return row?.balance ?? 0;
  }

  recentEvents(organizationId: string, userId: string, limit: number): Promise<PointEvent[]> {
    return this.dataSource.getRepository(PointEvent).find({ where: { organizationId, userId }, order: { occurredAt: 'DESC', createdAt: 'DESC' }, take: limit });
  }
}
