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
@Index('shares_tracking_code_idx', ['trackingCode'], { unique: true })
// The dispatcher's per-member daily limit counts a connection's shares published today.
@Index('shares_connection_published_idx', ['connectionId', 'status', 'publishedAt'])
// The results export reads published shares a page at a time in these orders, each ending in the
// id, so a page starts where the last one ended (libs/analytics, analytics-export.repository.ts).
@Index('shares_export_owner_idx', ['organizationId', 'status', 'userId', 'id'])
@Index('shares_export_post_idx', ['organizationId', 'status', 'postId', 'userId', 'id'])
// Results count an organisation's shares published in a range (docs/architecture.md, "Results").
@Index('shares_published_idx', ['organizationId', 'status', 'publishedAt'])
// Only the demo organisation's sample history: results ask whether a range holds any (libs/analytics).
@Index('shares_demo_idx', ['organizationId', 'publishedAt'], { where: '"demo" = true' })
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
  /** What is posted beside the text: the tracked link `APP_URL/r/<trackingCode>` when there is one. */
  @Column({ type: 'varchar', length: 2000, nullable: true }) link!: string | null;
  /** The short code of the share's tracked link (docs/architecture.md, "Tracked links"); null for shares without a link and those made before tracking. */
  @Column({ type: 'varchar', length: 16, nullable: true }) trackingCode!: string | null;
  /** Where the tracked link sends a visitor: the content's URL with UTM parameters. */
  @Column({ type: 'varchar', length: 2500, nullable: true }) destinationUrl!: string | null;
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
  /**
   * Sample history of the demo organisation (docs/operations.md, "The demo organisation"): it
   * never reached a network, so nothing publishes it or reads its engagement, and results say
   * when their figures include it. Set only by the demo seed.
   */
  @Column({ type: 'boolean', default: false }) demo!: boolean;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
