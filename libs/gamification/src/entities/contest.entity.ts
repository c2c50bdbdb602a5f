import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ContestScope = 'organization' | 'team';
export type ContestStatus = 'open' | 'closed';

export interface ContestPrize {
  /** 1 = first place. */
  rank: number;
  title: string;
  /** Bonus points for this place (the organisation's rule when the admin gave none). */
  points: number;
}

export interface ContestWinner {
  rank: number;
  userId: string;
  name: string;
  points: number;
  prize: string;
  bonusPoints: number;
}

export interface ContestResults {
  /** People with points in the contest and in its scope, who appear on leaderboards. */
  participants: number;
  /** Of those, the ones who reached the minimum. */
  qualified: number;
  winners: ContestWinner[];
}

/**
 * A competition over a period in the organisation's timezone. When it ends, a scheduled job
 * closes it exactly once: winners, bonus points and results in one transaction.
 */
@Entity('contests')
@Index('contests_organization_idx', ['organizationId', 'status', 'endsAt'])
@Index('contests_due_idx', ['status', 'endsAt'])
export class Contest {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  /** First and last day, as the admin chose them (YYYY-MM-DD in `timezone`). */
  @Column({ type: 'varchar', length: 10 }) startsOn!: string;
  @Column({ type: 'varchar', length: 10 }) endsOn!: string;
  /** The organisation's timezone when the contest was created: it fixes the instants below. */
  @Column({ type: 'varchar', length: 64 }) timezone!: string;
  @UtcDateColumn() startsAt!: Date;
  /** Exclusive: midnight after the last day. */
  @UtcDateColumn() endsAt!: Date;
  @Column({ type: 'varchar', length: 12 }) scope!: ContestScope;
  @RefColumn({ nullable: true }) teamId!: string | null;
  @Column({ type: 'integer' }) minPoints!: number;
  @Column({ type: 'simple-json' }) prizes!: ContestPrize[];
  @Column({ type: 'varchar', length: 10 }) status!: ContestStatus;
  @Column({ type: 'simple-json', nullable: true }) results!: ContestResults | null;
  @UtcDateColumn({ nullable: true }) closedAt!: Date | null;
  /** When its start was announced (the `contest.started` event); null until it has begun. */
  @UtcDateColumn({ nullable: true }) startAnnouncedAt!: Date | null;
  @RefColumn({ nullable: true }) createdById!: string | null;
  @UtcDateColumn() createdAt!: Date;
}

/** Points earned inside a running contest's period, per user, for live standings. */
@Entity('contest_entries')
@Index('contest_entries_standings_idx', ['contestId', 'points'])
export class ContestEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 }) contestId!: string;
  @PrimaryColumn({ type: 'varchar', length: 36 }) userId!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'integer' }) points!: number;
  @UtcDateColumn() reachedAt!: Date;
}
