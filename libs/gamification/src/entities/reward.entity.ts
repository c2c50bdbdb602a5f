import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Check, Column, Entity, Index } from 'typeorm';

/** Something employees can redeem points for. `stock` null = unlimited. */
@Entity('rewards')
@Index('rewards_organization_idx', ['organizationId', 'active'])
@Check('rewards_stock_not_negative', '"stock" IS NULL OR "stock" >= 0')
@Check('rewards_cost_positive', '"cost" > 0')
export class Reward {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'integer' }) cost!: number;
  @Column({ type: 'integer', nullable: true }) stock!: number | null;
  @Column({ type: 'boolean' }) active!: boolean;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
