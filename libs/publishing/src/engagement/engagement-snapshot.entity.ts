import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/**
 * A published share's engagement as its network reported it at `capturedAt`: lifetime totals,
 * one row per read, kept so growth can be charted (docs/architecture.md, "Engagement").
 */
@Entity('engagement_snapshots')
@Index('engagement_snapshots_share_idx', ['shareId', 'capturedAt'])
@Index('engagement_snapshots_organization_idx', ['organizationId', 'capturedAt'])
export class EngagementSnapshot {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() shareId!: string;
  @Column({ type: 'varchar', length: 20 }) network!: string;
  @Column({ type: 'integer' }) reactions!: number;
  @Column({ type: 'integer' }) comments!: number;
  @Column({ type: 'integer' }) reshares!: number;
  /** Null when the network does not tell (LinkedIn without post analytics). */
  @Column({ type: 'integer', nullable: true }) impressions!: number | null;
  @UtcDateColumn() capturedAt!: Date;
}
