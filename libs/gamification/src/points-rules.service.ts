import { EntityManager } from 'typeorm';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser, requireRole, Role } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { PointsRulesEntity } from './entities/points-rules.entity';
import { UpdatePointsRulesDto } from './gamification.dto';
import { PointsRulesResponse } from './gamification-responses';
import { DEFAULT_POINTS_RULES, PointsRules } from './points-rules';
import { PointsRulesRepository } from './points-rules.repository';

/** Each organisation's points rules: the defaults until an admin changes them. */
@Injectable()
export class PointsRulesService {
  constructor(
    private readonly repository: PointsRulesRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Everyone may read how points are earned. */
  async get(actor: AuthUser): Promise<PointsRulesResponse> {
    const stored = await this.repository.findRules(actor.organizationId);
    return mapRules(stored ? fromEntity(stored) : DEFAULT_POINTS_RULES, stored?.updatedAt ?? null);
  }

  async update(actor: AuthUser, dto: UpdatePointsRulesDto): Promise<PointsRulesResponse> {
    requireRole(actor, [Role.Admin], 'action.changePointsRules');
    const now = this.clock.now();
    const saved = await this.transactions.run(async (manager) => {
      const current = await this.repository.findRules(actor.organizationId, manager);
      const rules: PointsRules = { ...(current ? fromEntity(current) : DEFAULT_POINTS_RULES) };
      const changed: Record<string, { from: unknown; to: unknown }> = {};
      for (const key of Object.keys(dto) as (keyof UpdatePointsRulesDto)[]) {
        if (dto[key] === undefined || (rules as unknown as Record<string, unknown>)[key] === dto[key]) continue;
        changed[key] = { from: (rules as unknown as Record<string, unknown>)[key], to: dto[key] };
        (rules as unknown as Record<string, unknown>)[key] = dto[key];
      }
      await this.audit.record(manager, { organizationId: actor.organizationId, actorId: actor.id, action: 'pointsRules.updated', targetType: 'pointsRules', targetId: actor.organizationId, detail: changed });
      const entity: PointsRulesEntity = { organizationId: actor.organizationId, ...rules, updatedById: actor.id, updatedAt: now };
      await this.repository.saveRules(manager, entity);
      return entity;
    });
    return mapRules(fromEntity(saved), saved.updatedAt);
  }

  async rulesOf(organizationId: string, manager?: EntityManager): Promise<PointsRules> {
    const stored = await this.repository.findRules(organizationId, manager);
    return stored ? fromEntity(stored) : { ...DEFAULT_POINTS_RULES };
  }
}

function fromEntity(entity: PointsRulesEntity): PointsRules {
  return {
    sharePublished: entity.sharePublished,
    ownCommentaryBonus: entity.ownCommentaryBonus,
    perClick: entity.perClick,
    clickDailyCapPerShare: entity.clickDailyCapPerShare,
    perEngagement: entity.perEngagement,
    engagementDailyCapPerShare: entity.engagementDailyCapPerShare,
    contestPrizePoints: entity.contestPrizePoints,
  };
}

function mapRules(rules: Readonly<PointsRules>, updatedAt: Date | null): PointsRulesResponse {
  return { ...rules, contestPrizePoints: [...rules.contestPrizePoints], updatedAt: updatedAt?.toISOString() ?? null };
}
