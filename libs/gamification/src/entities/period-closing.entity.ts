import { UtcDateColumn } from '@chorus/db';
import { Entity, PrimaryColumn } from 'typeorm';

/** A calendar period whose end-of-period work (the monthly top-10 badge) is done, once. */
@Entity('period_closings')
export class PeriodClosing {
  @PrimaryColumn({ type: 'varchar', length: 36 }) organizationId!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) period!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) periodKey!: string;
  @UtcDateColumn() closedAt!: Date;
}
