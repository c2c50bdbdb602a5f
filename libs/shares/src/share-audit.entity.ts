import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** Every share transition: who, what, from which state to which, when. Append-only. */
@Entity('share_audit_log')
@Index('share_audit_share_idx', ['shareId', 'createdAt'])
@Index('share_audit_organization_idx', ['organizationId', 'createdAt'])
export class ShareAuditEntry {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() shareId!: string;
  /** Null when the system acted (dispatcher, expiry tick). */
  @RefColumn({ nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 40 }) action!: string;
  @Column({ type: 'varchar', length: 20, nullable: true }) fromStatus!: string | null;
  @Column({ type: 'varchar', length: 20 }) toStatus!: string;
  @Column({ type: 'simple-json', nullable: true }) detail!: Record<string, unknown> | null;
  @UtcDateColumn() createdAt!: Date;
}
