import { Organization } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BadgeCode } from './badges';
import { PeriodClosing } from './entities/period-closing.entity';
import { UserBadge } from './entities/user-badge.entity';
import { execute } from './sql';

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

  async badgeCodesOf(manager: EntityManager, userId: string): Promise<Set<string>> {
    const rows = await manager.getRepository(UserBadge).find({ where: { userId }, select: { badge: true } });
    return new Set(rows.map((r) => r.badge));
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
