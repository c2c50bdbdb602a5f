import { userMessage } from '@chorus/messages';
import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuthUser, hasRole, IdentityRepository, requireRole, Role } from '@chorus/identity';
import { NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Redemption, RedemptionStatus } from './entities/redemption.entity';
import { Reward } from './entities/reward.entity';
import { CreateRewardDto, UpdateRewardDto } from './gamification.dto';
import { mapRedemption, mapReward, RedemptionResponse, RewardResponse } from './gamification-responses';
import { InsufficientPointsError, PointsLedger } from './points-ledger.service';
import { RewardsRepository } from './rewards.repository';

/**
 * The rewards catalogue and redemptions. Redeeming reserves the points (a negative ledger
 * event) and one unit of stock in one transaction; both are conditional updates, so however
 * many redemptions race, neither the stock nor the balance goes below zero. An admin then
 * fulfils the redemption, or rejects it: the points come back as a compensating event and
 * the unit returns to stock.
 */
@Injectable()
export class RewardsService {
  constructor(
    private readonly repository: RewardsRepository,
    private readonly identity: IdentityRepository,
    private readonly ledger: PointsLedger,
    private readonly notifications: NotificationsService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Admins see the whole catalogue; everyone else what can be redeemed. */
  async list(actor: AuthUser): Promise<RewardResponse[]> {
    return (await this.repository.listRewards(actor.organizationId, !hasRole(actor, Role.Admin))).map(mapReward);
  }

  async create(actor: AuthUser, dto: CreateRewardDto): Promise<RewardResponse> {
    requireRole(actor, [Role.Admin], 'action.manageRewards');
    const now = this.clock.now();
    const reward: Reward = {
      id: randomUUID(),
      organizationId: actor.organizationId,
      name: dto.name,
      description: dto.description?.trim() || null,
      cost: dto.cost,
      stock: dto.stock ?? null,
      active: dto.active ?? true,
      createdAt: now,
      updatedAt: now,
    };
    await this.transactions.run((m) => this.repository.insertReward(m, reward));
    return mapReward(reward);
  }

  async update(actor: AuthUser, id: string, dto: UpdateRewardDto): Promise<RewardResponse> {
    requireRole(actor, [Role.Admin], 'action.manageRewards');
    const updated = await this.transactions.run(async (manager) => {
      const reward = await this.repository.findReward(actor.organizationId, id, manager);
      if (!reward) throw new NotFoundException(userMessage('reward.notFound'));
      const changes: Partial<Reward> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) changes.name = dto.name;
      if (dto.description !== undefined) changes.description = dto.description?.trim() || null;
      if (dto.cost !== undefined) changes.cost = dto.cost;
      if (dto.stock !== undefined) changes.stock = dto.stock;
      if (dto.active !== undefined) changes.active = dto.active;
      await this.repository.updateReward(manager, reward.id, changes);
      return { ...reward, ...changes };
    });
    return mapReward(updated);
  }

  async redeem(actor: AuthUser, rewardId: string): Promise<RedemptionResponse> {
    requireRole(actor, [Role.Employee], 'action.redeemRewards');
    if (!(await this.repository.findReward(actor.organizationId, rewardId))) throw new NotFoundException(userMessage('reward.notFound'));
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const now = this.clock.now();
    const redemption = await this.transactions.run(async (manager) => {
      if (!(await this.repository.takeStock(manager, actor.organizationId, rewardId, now))) {
        const reward = await this.repository.findReward(actor.organizationId, rewardId, manager);
        if (!reward) throw new NotFoundException(userMessage('reward.notFound'));
        throw new ConflictException(userMessage(reward.active ? 'reward.outOfStock' : 'reward.notOffered', { name: reward.name }));
      }
      // Read after taking the unit: the row is ours now, so this is the cost being paid.
      const reward = (await this.repository.findReward(actor.organizationId, rewardId, manager))!;
      const redemption: Redemption = {
        id: randomUUID(),
        organizationId: actor.organizationId,
        userId: actor.id,
        rewardId: reward.id,
        rewardName: reward.name,
        cost: reward.cost,
        status: 'pending',
        note: null,
        decidedById: null,
        decidedAt: null,
        createdAt: now,
      };
      await this.repository.insertRedemption(manager, redemption);
      try {
        await this.ledger.record(manager, organization, [
          {
            organizationId: actor.organizationId,
            userId: actor.id,
            kind: 'redemption',
            source: `redemption:${redemption.id}`,
            points: -reward.cost,
            occurredAt: now,
            detail: { redemptionId: redemption.id, rewardId: reward.id, rewardName: reward.name },
          },
        ]);
      } catch (error) {
        if (error instanceof InsufficientPointsError) {
          throw new UnprocessableEntityException(userMessage('reward.notEnoughPoints', { balance: error.balance, name: reward.name, cost: reward.cost }));
        }
        throw error;
      }
      return redemption;
    });
    return mapRedemption(redemption, actor.name);
  }

  async mine(actor: AuthUser): Promise<RedemptionResponse[]> {
    return (await this.repository.listOwnRedemptions(actor.organizationId, actor.id)).map((r) => mapRedemption(r, actor.name));
  }

  async listForAdmin(actor: AuthUser, status?: RedemptionStatus): Promise<RedemptionResponse[]> {
    requireRole(actor, [Role.Admin], 'action.reviewRedemptions');
    return (await this.repository.listRedemptions(actor.organizationId, status)).map((r) => mapRedemption(r.redemption, r.userName));
  }

  /** Fulfilled: the reward was handed over; the points stay spent. */
  async approve(actor: AuthUser, id: string, note?: string): Promise<RedemptionResponse> {
    requireRole(actor, [Role.Admin], 'action.fulfilRedemptions');
    const redemption = await this.mustFind(actor, id);
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      if (!(await this.repository.decide(manager, redemption, 'fulfilled', note?.trim() || null, actor.id, now))) throw await this.alreadyDecided(actor, id);
      await this.notifications.notify(
        {
          organizationId: redemption.organizationId,
          userId: redemption.userId,
          kind: 'redemption.decided',
          code: 'notification.redemptionFulfilled',
          params: { rewardName: redemption.rewardName, note: note?.trim() ?? '' },
          dedupeKey: `redemption:${redemption.id}`,
          link: NOTIFICATION_LINKS.points(),
        },
        manager,
      );
    });
    return this.respond(actor, id);
  }

  /** Rejected: the points come back (a compensating ledger event) and the unit returns to stock. */
  async reject(actor: AuthUser, id: string, note: string): Promise<RedemptionResponse> {
    requireRole(actor, [Role.Admin], 'action.rejectRedemptions');
    const redemption = await this.mustFind(actor, id);
    const organization = (await this.identity.findOrganization(actor.organizationId))!;
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      if (!(await this.repository.decide(manager, redemption, 'rejected', note, actor.id, now))) throw await this.alreadyDecided(actor, id);
      await this.repository.returnStock(manager, redemption.rewardId, now);
      await this.ledger.record(manager, organization, [
        {
          organizationId: redemption.organizationId,
          userId: redemption.userId,
          kind: 'redemption_refund',
          source: `redemption:${redemption.id}`,
          points: redemption.cost,
          occurredAt: now,
          detail: { redemptionId: redemption.id, rewardId: redemption.rewardId, rewardName: redemption.rewardName },
        },
      ]);
      await this.notifications.notify(
        {
          organizationId: redemption.organizationId,
          userId: redemption.userId,
          kind: 'redemption.decided',
          code: 'notification.redemptionRejected',
          params: { rewardName: redemption.rewardName, note, points: redemption.cost },
          dedupeKey: `redemption:${redemption.id}`,
          link: NOTIFICATION_LINKS.points(),
        },
        manager,
      );
    });
    return this.respond(actor, id);
  }

  private async alreadyDecided(actor: AuthUser, id: string): Promise<ConflictException> {
    const current = await this.repository.findRedemption(actor.organizationId, id);
    return new ConflictException(userMessage('redemption.alreadyDecided', { status: `redemption.status.${current?.status ?? 'decided'}` }));
  }

  private async respond(actor: AuthUser, id: string): Promise<RedemptionResponse> {
    const redemption = (await this.repository.findRedemption(actor.organizationId, id))!;
    return mapRedemption(redemption, await this.repository.userName(redemption.userId));
  }

  private async mustFind(actor: AuthUser, id: string): Promise<Redemption> {
    const redemption = await this.repository.findRedemption(actor.organizationId, id);
    if (!redemption) throw new NotFoundException(userMessage('redemption.notFound'));
    return redemption;
  }
}
