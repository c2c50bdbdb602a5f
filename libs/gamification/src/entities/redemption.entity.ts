import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

export const REDEMPTION_STATUSES = ['pending', 'fulfilled', 'rejected'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

/**
 * One redemption: its points and a unit of stock are reserved when it is made; an admin
 * fulfils it, or rejects it and the points come back as a compensating ledger event.
 */
@Entity('redemptions')
@Index('redemptions_organization_idx', ['organizationId', 'status', 'createdAt'])
@Index('redemptions_user_idx', ['userId', 'createdAt'])
export class Redemption {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @RefColumn() rewardId!: string;
  /** The reward's name and cost when redeemed: later catalogue edits do not change it. */
  @Column({ type: 'varchar', length: 120 }) rewardName!: string;
  @Column({ type: 'integer' }) cost!: number;
  @Column({ type: 'varchar', length: 10 }) status!: RedemptionStatus;
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @RefColumn({ nullable: true }) decidedById!: string | null;
  @UtcDateColumn({ nullable: true }) decidedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
