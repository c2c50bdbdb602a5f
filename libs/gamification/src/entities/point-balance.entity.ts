import { RefColumn, UtcDateColumn } from '@chorus/db';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A user's spendable points: the sum of their ledger events, kept in the same transaction.
 * The check makes a negative balance impossible whatever the code does; redemptions take
 * points with a conditional update, so concurrent ones cannot overdraw.
 */
@Entity('point_balances')
@Check('point_balances_not_negative', '"balance" >= 0')
export class PointBalance {
  @PrimaryColumn({ type: 'varchar', length: 36 }) userId!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'integer' }) balance!: number;
  @UtcDateColumn() updatedAt!: Date;
}
