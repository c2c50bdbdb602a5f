import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ComplianceRuleEntity } from './compliance-rule.entity';
import { PolicyAcknowledgement, PolicyVersion } from './policy.entity';

/** Compliance's queries, named by intent: rules, policy versions and their acknowledgements, all per organisation. */
@Injectable()
export class ComplianceRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  rulesOf(organizationId: string): Promise<ComplianceRuleEntity[]> {
    return this.dataSource.getRepository(ComplianceRuleEntity).find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  async insertRules(manager: EntityManager, rules: ComplianceRuleEntity[]): Promise<void> {
    if (rules.length > 0) await manager.getRepository(ComplianceRuleEntity).insert(rules);
  }

  /** True when the rule existed in that organisation and is gone. */
  async deleteRule(manager: EntityManager, organizationId: string, id: string): Promise<boolean> {
    const result = await manager.getRepository(ComplianceRuleEntity).delete({ organizationId, id });
    return Boolean(result.affected);
  }

  /** The newest policy version, which is the one in force. */
  currentPolicy(organizationId: string, manager?: EntityManager): Promise<PolicyVersion | null> {
    return this.manager(manager).getRepository(PolicyVersion).findOne({ where: { organizationId }, order: { version: 'DESC' } });
  }

  policyVersions(organizationId: string): Promise<PolicyVersion[]> {
    return this.dataSource.getRepository(PolicyVersion).find({ where: { organizationId }, order: { version: 'DESC' } });
  }

  async insertPolicyVersion(manager: EntityManager, policy: PolicyVersion): Promise<void> {
    await manager.getRepository(PolicyVersion).insert(policy);
  }

  /** How many people acknowledged each version of the organisation's policy, by version id. */
  async acknowledgementCounts(organizationId: string): Promise<Map<string, number>> {
    const counts = await this.dataSource
      .getRepository(PolicyAcknowledgement)
      .createQueryBuilder('ack')
      .select('ack.policyVersionId', 'policyVersionId')
      .addSelect('COUNT(*)', 'count')
      .where('ack.organizationId = :organizationId', { organizationId })
      .groupBy('ack.policyVersionId')
      .getRawMany<{ policyVersionId: string; count: string | number }>();
    return new Map(counts.map((c) => [c.policyVersionId, Number(c.count)]));
  }

  findAcknowledgement(userId: string, policyVersionId: string): Promise<PolicyAcknowledgement | null> {
    return this.dataSource.getRepository(PolicyAcknowledgement).findOneBy({ userId, policyVersionId });
  }

  /** Records the acknowledgement; a second one for the same person and version changes nothing. */
  async acknowledge(manager: EntityManager, acknowledgement: PolicyAcknowledgement): Promise<void> {
    await manager.createQueryBuilder().insert().into(PolicyAcknowledgement).values(acknowledgement).orIgnore().execute();
  }
}
