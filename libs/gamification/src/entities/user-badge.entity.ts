import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** A badge a user earned; each badge is awarded once. */
@Entity('user_badges')
@Index('user_badges_unique', ['userId', 'badge'], { unique: true })
export class UserBadge {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 40 }) badge!: string;
  @UtcDateColumn() awardedAt!: Date;
  /** What completed it: the ledger event's time and source, or the month that closed. */
  @Column({ type: 'simple-json', nullable: true }) detail!: Record<string, unknown> | null;
}
