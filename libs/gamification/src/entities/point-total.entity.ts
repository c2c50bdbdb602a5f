import { RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const PERIODS = ['all', 'month', 'quarter'] as const;
export type Period = (typeof PERIODS)[number];

/**
 * Points earned per user and period (all time, a calendar month, a quarter, in the
 * organisation's timezone), kept in the same transaction as the ledger so that a leaderboard
 * is an indexed read. `visible` mirrors the user's leaderboard settings, so the board index
 * holds only the people it may show.
 */
@Entity('point_totals')
@Index('point_totals_board_idx', ['organizationId', 'period', 'periodKey', 'visible', 'points', 'reachedAt', 'userId'])
export class PointTotal {
  @PrimaryColumn({ type: 'varchar', length: 36 }) userId!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) period!: Period;
  /** `all`, `2026-04` or `2026-Q2`. */
  @PrimaryColumn({ type: 'varchar', length: 10 }) periodKey!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'integer' }) points!: number;
  @Column({ type: 'boolean' }) visible!: boolean;
  /** When the latest points counted here were earned: among equal totals, who got there first ranks first. */
  @UtcDateColumn() reachedAt!: Date;
}
