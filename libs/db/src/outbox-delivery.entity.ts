import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UtcDateColumn } from './columns';

/**
 * One consumer's read marker for one event: pending until `deliveredAt`. Each consumer has
 * its own rows, so one that fails (and waits out its backoff) holds up no other.
 */
@Entity('outbox_deliveries')
// A consumer's next deliveries are an index range: delivered rows are never read again.
@Index('outbox_deliveries_due_idx', ['consumer', 'deliveredAt', 'availableAt', 'eventId'])
export class OutboxDelivery {
  @PrimaryColumn({ type: 'varchar', length: 36 }) eventId!: string;
  @PrimaryColumn({ type: 'varchar', length: 60 }) consumer!: string;
  /** Failed tries so far, plus the one that succeeded. */
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** Not before this time: when the event happened, or the end of a failure's backoff. */
  @UtcDateColumn() availableAt!: Date;
  @UtcDateColumn({ nullable: true }) deliveredAt!: Date | null;
  @Column({ type: 'text', nullable: true }) lastError!: string | null;
  @UtcDateColumn() createdAt!: Date;
}
