import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** What a point event is for. Earning kinds count toward leaderboards; spending kinds only move the balance. */
export const EARNING_KINDS = ['share_published', 'own_commentary', 'click', 'engagement', 'contest_bonus'] as const;
export const SPENDING_KINDS = ['redemption', 'redemption_refund'] as const;
export const POINT_EVENT_KINDS = [...EARNING_KINDS, ...SPENDING_KINDS] as const;

export type EarningKind = (typeof EARNING_KINDS)[number];
export type PointEventKind = (typeof POINT_EVENT_KINDS)[number];

export function isEarningKind(kind: string): kind is EarningKind {
  return (EARNING_KINDS as readonly string[]).includes(kind);
}

/**
 * The append-only points ledger. One row per thing that earned or spent points; the unique
 * (user, kind, source) makes awarding the same thing twice a no-op, even when two workers race.
 * Balances, period totals and badges are all derived from these rows.
 */
@Entity('point_events')
@Index('point_events_award_unique', ['userId', 'kind', 'source'], { unique: true })
@Index('point_events_user_time_idx', ['userId', 'occurredAt'])
@Index('point_events_organization_time_idx', ['organizationId', 'occurredAt'])
@Index('point_events_share_idx', ['shareId', 'kind', 'occurredAt'])
export class PointEvent {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 30 }) kind!: PointEventKind;
  /** What earned it, e.g. `post:<id>:linkedin`, `click:<id>`, `contest:<id>`, `redemption:<id>`. */
  @Column({ type: 'varchar', length: 200 }) source!: string;
  /** Positive when earned or refunded, negative when spent. */
  @Column({ type: 'integer' }) points!: number;
  /** The share it came from, when it came from one (clicks and engagement are capped per share and day). */
  @RefColumn({ nullable: true }) shareId!: string | null;
  @Column({ type: 'simple-json', nullable: true }) detail!: Record<string, unknown> | null;
  /** When the points were earned (e.g. the share's publish time); periods follow this. */
  @UtcDateColumn() occurredAt!: Date;
  @UtcDateColumn() createdAt!: Date;
}
