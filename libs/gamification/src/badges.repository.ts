import { Organization } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { BadgeCode } from './badges';
import { PeriodClosing } from './entities/period-closing.entity';
import { UserBadge } from './entities/user-badge.entity';
import { execute, rows } from './sql';

/** Badges and the once-per-period closings that award the monthly ones. */
@Injectable()
export class BadgesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertBadge(manager: EntityManager, badge: { organizationId: string; userId: string; badge: BadgeCode; awardedAt: Date; detail: Record<string, unknown> }): Promise<boolean> {
    const { rows } = await execute(
      manager,
      `INSERT INTO "user_badges" ("id", "organizationId", "userId", "badge", "awardedAt", "detail") VALUES (:id, :organizationId, :userId, :badge, :awardedAt, :detail)
       ON CONFLICT ("userId", "badge") DO NOTHING RETURNING "id"`,
      { id: randomUUID(), ...badge, detail: JSON.stringify(badge.detail) },
    );
    return rows.length === 1;
  }

  /**
   * Several badges in one statement, in the given order (the lock order); returns the
   * `userId badge` of those that were new.
   */
  async insertBadges(manager: EntityManager, badges: { organizationId: string; userId: string; badge: BadgeCode; awardedAt: Date; detail: Record<string, unknown> }[]): Promise<Set<string>> {
    if (badges.length === 0) return new Set();
    const { values, parameters } = rows(
      badges.map((b) => ({ id: randomUUID(), ...b, detail: JSON.stringify(b.detail) })),
      ['id', 'organizationId', 'userId', 'badge', 'awardedAt', 'detail'],
    );
    const { rows: inserted } = await execute<{ userId: string; badge: string }>(
      manager,
      `INSERT INTO "user_badges" ("id", "organizationId", "userId", "badge", "awardedAt", "detail") VALUES ${values}
       ON CONFLICT ("userId", "badge") DO NOTHING RETURNING "userId", "badge"`,
      parameters,
    );
    return new Set(inserted.map((row) => `${row.userId} ${row.badge}`));
  }

  /** The badges each of these users holds (users without any are left out). */
  async badgeCodesOfUsers(manager: EntityManager, userIds: string[]): Promise<Map<string, Set<string>>> {
    const held = new Map<string, Set<string>>();
    if (userIds.length === 0) return held;
    const found = await manager.getRepository(UserBadge).find({ where: { userId: In(userIds) }, select: { userId: true, badge: true } });
    for (const row of found) held.set(row.userId, (held.get(row.userId) ?? new Set()).add(row.badge));
    return held;
  }

  badgesOf(organizationId: string, userId: string): Promise<UserBadge[]> {
    return this.dataSource.getRepository(UserBadge).find({ where: { organizationId, userId }, order: { awardedAt: 'ASC' } });
  }

  listOrganizations(): Promise<Pick<Organization, 'id' | 'timezone' | 'createdAt'>[]> {
    return this.dataSource.getRepository(Organization).find({ select: { id: true, timezone: true, createdAt: true } });
  }

  async isPeriodClosed(organizationId: string, period: string, periodKey: string): Promise<boolean> {
    return this.dataSource.getRepository(PeriodClosing).existsBy({ organizationId, period, periodKey });
  }

  /** Claims a period's closing; false when another worker already did. */
  async claimPeriodClosing(manager: EntityManager, organizationId: string, period: string, periodKey: string, at: Date): Promise<boolean> {
    const { rows } = await execute(
      manager,
      `INSERT INTO "period_closings" ("organizationId", "period", "periodKey", "closedAt") VALUES (:organizationId, :period, :periodKey, :at)
       ON CONFLICT ("organizationId", "period", "periodKey") DO NOTHING RETURNING "organizationId"`,
      { organizationId, period, periodKey, at },
    );
    return rows.length === 1;
  }
}
