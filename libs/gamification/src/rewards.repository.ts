import { User } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Redemption, RedemptionStatus } from './entities/redemption.entity';
import { Reward } from './entities/reward.entity';

export interface RedemptionWithUser {
  redemption: Redemption;
  userName: string;
}

@Injectable()
export class RewardsRepository {
  constructor(private readonly dataSource: DataSource) {}

  listRewards(organizationId: string, activeOnly: boolean): Promise<Reward[]> {
    return this.dataSource.getRepository(Reward).find({ where: activeOnly ? { organizationId, active: true } : { organizationId }, order: { cost: 'ASC', name: 'ASC' } });
  }

  findReward(organizationId: string, id: string, manager?: EntityManager): Promise<Reward | null> {
    return (manager ?? this.dataSource.manager).getRepository(Reward).findOneBy({ organizationId, id });
  }

  async insertReward(manager: EntityManager, reward: Reward): Promise<void> {
    await manager.getRepository(Reward).insert(reward);
  }

  async updateReward(manager: EntityManager, id: string, changes: Partial<Omit<Reward, 'id' | 'organizationId'>>): Promise<void> {
    await manager.getRepository(Reward).update({ id }, changes);
  }

  /** Reserves one unit of an active reward; false when it is inactive or out of stock. The row lock queues concurrent takers. */
  async takeStock(manager: EntityManager, organizationId: string, rewardId: string, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Reward)
      .set({ stock: () => '"stock" - 1', updatedAt: at })
      .where(`"id" = :rewardId AND "organizationId" = :organizationId AND "active" = :active AND ("stock" IS NULL OR "stock" > 0)`, { rewardId, organizationId, active: true })
      .execute();
    return Boolean(result.affected);
  }

  async returnStock(manager: EntityManager, rewardId: string, at: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(Reward)
      .set({ stock: () => '"stock" + 1', updatedAt: at })
      .where(`"id" = :rewardId AND "stock" IS NOT NULL`, { rewardId })
      .execute();
  }

  async insertRedemption(manager: EntityManager, redemption: Redemption): Promise<void> {
    await manager.getRepository(Redemption).insert(redemption);
  }

  findRedemption(organizationId: string, id: string): Promise<Redemption | null> {
    return this.dataSource.getRepository(Redemption).findOneBy({ organizationId, id });
  }

  listOwnRedemptions(organizationId: string, userId: string): Promise<Redemption[]> {
    return this.dataSource.getRepository(Redemption).find({ where: { organizationId, userId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  /** For admins: the organisation's redemptions with who made them, oldest pending first. */
  async listRedemptions(organizationId: string, status: RedemptionStatus | undefined): Promise<RedemptionWithUser[]> {
    const query = this.dataSource
      .getRepository(Redemption)
      .createQueryBuilder('redemption')
      .innerJoinAndMapOne('redemption.user', User, 'user', 'user.id = redemption.userId')
      .where('redemption.organizationId = :organizationId', { organizationId });
    if (status) query.andWhere('redemption.status = :status', { status });
    const rows = (await query
      .orderBy('redemption.createdAt', status === 'pending' ? 'ASC' : 'DESC')
      .take(500)
      .getMany()) as (Redemption & { user: User })[];
    return rows.map(({ user, ...redemption }) => ({ redemption, userName: user.name }));
  }

  /** pending -> fulfilled or rejected; false when someone decided first. */
  async decide(manager: EntityManager, redemption: Redemption, status: Exclude<RedemptionStatus, 'pending'>, note: string | null, actorId: string, at: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Redemption)
      .set({ status, note, decidedById: actorId, decidedAt: at })
      .where(`"id" = :id AND "status" = 'pending'`, { id: redemption.id })
      .execute();
    return Boolean(result.affected);
  }

  userName(userId: string): Promise<string | undefined> {
    return this.dataSource
      .getRepository(User)
      .findOne({ where: { id: userId }, select: { id: true, name: true } })
      .then((u) => u?.name);
  }
}
