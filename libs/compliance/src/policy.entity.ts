import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** One version of an organisation's social-media policy, in Markdown. The newest is current. */
@Entity('policy_versions')
@Index('policy_versions_version_unique', ['organizationId', 'version'], { unique: true })
export class PolicyVersion {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) body!: string;
  @RefColumn({ nullable: true }) createdById!: string | null;
  @UtcDateColumn() createdAt!: Date;
}

@Entity('policy_acknowledgements')
@Index('policy_acknowledgements_unique', ['userId', 'policyVersionId'], { unique: true })
export class PolicyAcknowledgement {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @RefColumn() policyVersionId!: string;
  @UtcDateColumn() acknowledgedAt!: Date;
}
