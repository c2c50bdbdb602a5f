import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, UtcDateColumn } from './columns';

/**
 * Domain events, written in the same transaction as the change they announce (e.g.
 * `share.published`), so a consumer never misses one and never sees one that did not happen.
 */
@Entity('outbox_events')
@Index('outbox_events_pending_idx', ['consumedAt', 'createdAt'])
@Index('outbox_events_dedupe_unique', ['type', 'dedupeKey'], { unique: true })
export class OutboxEvent {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 60 }) type!: string;
  /** One event per fact: the same key for the same type is written once. */
  @Column({ type: 'varchar', length: 200 }) dedupeKey!: string;
  @Column({ type: 'simple-json' }) payload!: Record<string, unknown>;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn({ nullable: true }) consumedAt!: Date | null;
}
