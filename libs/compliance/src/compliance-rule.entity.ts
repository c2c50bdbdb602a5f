import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

@Entity('compliance_rules')
@Index('compliance_rules_organization_idx', ['organizationId'])
export class ComplianceRuleEntity {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  /** A word, a phrase, or `/regex/flags`. */
  @Column({ type: 'varchar', length: 200 }) pattern!: string;
  @Column({ type: 'varchar', length: 20 }) category!: string;
  @Column({ type: 'varchar', length: 10 }) action!: string;
  @RefColumn({ nullable: true }) createdById!: string | null;
  @UtcDateColumn() createdAt!: Date;
}
