import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** An in-app message to one user. `dedupeKey` makes a retried job write it only once. */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt'])
@Index('notifications_dedupe_unique', ['userId', 'dedupeKey'], { unique: true })
export class Notification {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 64 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) dedupeKey!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) link!: string | null;
  @UtcDateColumn({ nullable: true }) readAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
