import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Period } from './point-total.entity';

/**
 * How many visible users hold each total, per organisation and period. A rank is one plus
 * the users with more points: summing these rows costs the number of distinct scores above
 * the caller, not the number of people, so "my rank" stays fast in a large organisation.
 */
@Entity('point_score_counts')
export class PointScoreCount {
  @PrimaryColumn({ type: 'varchar', length: 36 }) organizationId!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) period!: Period;
  @PrimaryColumn({ type: 'varchar', length: 10 }) periodKey!: string;
  @PrimaryColumn({ type: 'integer' }) points!: number;
  @Column({ type: 'integer' }) users!: number;
}
