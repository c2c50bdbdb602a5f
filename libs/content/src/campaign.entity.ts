import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** What a campaign's target counts: impressions (awareness), clicks (traffic), leads and sign-ups (leads), applications (hiring). */
export const CAMPAIGN_OBJECTIVES = ['awareness', 'traffic', 'leads', 'hiring'] as const;
export type CampaignObjective = (typeof CAMPAIGN_OBJECTIVES)[number];

/** Groups posts serving one goal; may multiply the points its shares earn. */
@Entity('campaigns')
@Index('campaigns_organization_idx', ['organizationId'])
export class Campaign {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) goal!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) objective!: CampaignObjective | null;
  /** How much of the objective's measure the campaign aims for, over its window. */
  @Column({ type: 'integer', nullable: true }) target!: number | null;
  @UtcDateColumn({ nullable: true }) startsAt!: Date | null;
  @UtcDateColumn({ nullable: true }) endsAt!: Date | null;
  /** 100 = ×1; stored as a whole percentage so both databases compare it exactly. */
  @Column({ type: 'integer', default: 100 }) pointsMultiplierPercent!: number;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
