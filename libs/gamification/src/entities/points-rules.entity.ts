import { RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's points rules; absent means the defaults (see points-rules.ts). */
@Entity('points_rules')
export class PointsRulesEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) organizationId!: string;
  @Column({ type: 'integer' }) sharePublished!: number;
  @Column({ type: 'integer' }) ownCommentaryBonus!: number;
  @Column({ type: 'integer' }) perClick!: number;
  @Column({ type: 'integer' }) clickDailyCapPerShare!: number;
  @Column({ type: 'integer' }) perEngagement!: number;
  @Column({ type: 'integer' }) engagementDailyCapPerShare!: number;
  /** Bonus points for first, second, third… place when a contest's prize names none. */
  @Column({ type: 'simple-json' }) contestPrizePoints!: number[];
  @RefColumn({ nullable: true }) updatedById!: string | null;
  @UtcDateColumn() updatedAt!: Date;
}
