import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, UtcDateColumn } from './columns';

/**
 * Domain events, written in the same transaction as the change they announce (e.g.
 * `share.published`), so a consumer never misses one and never sees one that did not happen.
 * The relay (OutboxRelay) hands each one to every consumer of its type.
 */
@Entity('outbox_events')
@Index('outbox_events_unrelayed_idx', ['relayedAt', 'createdAt'])
@Index('outbox_events_dedupe_unique', ['type', 'dedupeKey'], { unique: true })
export class OutboxEvent {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 60 }) type!: string;
  /** One event per fact: the same key for the same type is written once. */
  @Column({ type: 'varchar', length: 200 }) dedupeKey!: string;
  @Column({ type: 'simple-json' }) payload!: Record<string, unknown>;
  @UtcDateColumn() createdAt!: Date;
  /** When the relay gave it one delivery per consumer (null: not yet). */
  @UtcDateColumn({ nullable: true }) relayedAt!: Date | null;
  /** When its last consumer finished with it; for people reading the table, nothing waits on it. */
  @UtcDateColumn({ nullable: true }) consumedAt!: Date | null;
}
