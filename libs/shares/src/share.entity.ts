import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/**
 * One employee's post of one suggestion to one of their accounts. `approvedHash` is the hash
 * of exactly what will be sent; the publisher refuses anything else.
 */
@Entity('shares')
@Index('shares_owner_idx', ['organizationId', 'userId', 'status'])
@Index('shares_post_idx', ['postId', 'status'])
@Index('shares_due_idx', ['status', 'scheduledAt'])
export class Share {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @RefColumn() postId!: string;
  @RefColumn() connectionId!: string;
  @Column({ type: 'varchar', length: 20 }) network!: string;
  /** The employee's own words, as typed. */
  @Column({ type: 'text' }) commentary!: string;
  /** What will be posted: the commentary with any required disclosure. */
  @Column({ type: 'text' }) finalText!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) link!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) title!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: string;
  @UtcDateColumn({ nullable: true }) approvedAt!: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) approvedHash!: string | null;
  @RefColumn({ nullable: true }) approvedById!: string | null;
  @Column({ type: 'text', nullable: true }) reviewNote!: string | null;
  @RefColumn({ nullable: true }) reviewedById!: string | null;
  @UtcDateColumn({ nullable: true }) reviewedAt!: Date | null;
  @UtcDateColumn({ nullable: true }) scheduledAt!: Date | null;
  /** Placed into one of the owner's weekly slots rather than at a chosen time. */
  @Column({ type: 'boolean', default: false }) slotted!: boolean;
  @Column({ type: 'varchar', length: 36, nullable: true }) attemptId!: string | null;
  @UtcDateColumn({ nullable: true }) leaseExpiresAt!: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** An earlier attempt may have reached the network: look before posting again. */
  @Column({ type: 'boolean', default: false }) outcomeUnknown!: boolean;
  @UtcDateColumn({ nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) externalId!: string | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @Column({ type: 'text', nullable: true }) cancelledReason!: string | null;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
