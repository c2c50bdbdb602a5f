import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PointsRulesEntity } from './entities/points-rules.entity';

/** Each organisation's stored points rules (none until an admin changes the defaults). */
@Injectable()
export class PointsRulesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findRules(organizationId: string, manager?: EntityManager): Promise<PointsRulesEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(PointsRulesEntity).findOneBy({ organizationId });
  }

  async saveRules(manager: EntityManager, rules: PointsRulesEntity): Promise<void> {
    await manager.getRepository(PointsRulesEntity).upsert(rules, ['organizationId']);
  }
}
