import { RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * `tracking`: reads are due from `nextReadAt`. `done`: 30 days passed. `unsupported`: the
 * connection may not read engagement (its scopes), so nothing is ever read.
 */
export type EngagementTrackingStatus = 'tracking' | 'done' | 'unsupported';

/**
 * The read schedule of one published share. `nextReadAt` is the next read's time; while a read
 * runs it is the end of the claim's lease, so a worker that dies mid-read only delays it.
 * `slotAt` is the scheduled read being served: retries keep it, so a failure never moves the
 * schedule (see engagement-schedule.ts).
 */
@Entity('engagement_tracking')
@Index('engagement_tracking_due_idx', ['status', 'nextReadAt'])
export class EngagementTracking {
  @PrimaryColumn({ type: 'varchar', length: 36 }) shareId!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() connectionId!: string;
  @Column({ type: 'varchar', length: 20 }) network!: string;
  @Column({ type: 'varchar', length: 200 }) externalId!: string;
  @UtcDateColumn() publishedAt!: Date;
  @Column({ type: 'varchar', length: 20 }) status!: EngagementTrackingStatus;
  @UtcDateColumn() slotAt!: Date;
  @UtcDateColumn() nextReadAt!: Date;
  /** The claim of the read in progress: only its worker may record the outcome. */
  @Column({ type: 'varchar', length: 36, nullable: true }) claimId!: string | null;
  /** Failed tries of the current slot (backoff grows with them); 0 after a read. */
  @Column({ type: 'integer', default: 0 }) failures!: number;
  @Column({ type: 'varchar', length: 500, nullable: true }) lastError!: string | null;
  @UtcDateColumn({ nullable: true }) lastReadAt!: Date | null;
}
