import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type PostStatus = 'draft' | 'published' | 'archived';

export interface PostVariants {
  linkedin?: string;
  x?: string;
}

/** Suggested content written by a curator. Employees share it in their own words. */
@Entity('posts')
@Index('posts_feed_idx', ['organizationId', 'status', 'featured', 'publishedAt'])
export class Post {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn({ nullable: true }) campaignId!: string | null;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) url!: string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text' }) suggestedCommentary!: string;
  @Column({ type: 'simple-json' }) variants!: PostVariants;
  @Column({ type: 'simple-json' }) hashtags!: string[];
  @Column({ type: 'varchar', length: 2000, nullable: true }) imageUrl!: string | null;
  /** False when the post is targeted at specific teams (see post_teams). */
  @Column({ type: 'boolean', default: true }) targetsEveryone!: boolean;
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: PostStatus;
  @UtcDateColumn({ nullable: true }) publishAt!: Date | null;
  @UtcDateColumn({ nullable: true }) expiresAt!: Date | null;
  @Column({ type: 'boolean', default: false }) featured!: boolean;
  /** Points for a published share of this post; null = the organisation's rule. */
  @Column({ type: 'integer', nullable: true }) points!: number | null;
  @Column({ type: 'boolean', default: false }) requireOwnCommentary!: boolean;
  @RefColumn() createdById!: string;
  @UtcDateColumn({ nullable: true }) publishedAt!: Date | null;
  @UtcDateColumn({ nullable: true }) archivedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}

@Entity('post_teams')
@Index('post_teams_team_idx', ['teamId'])
export class PostTeam {
  @PrimaryColumn({ type: 'varchar', length: 36 }) postId!: string;
  @PrimaryColumn({ type: 'varchar', length: 36 }) teamId!: string;
  @RefColumn() organizationId!: string;
}
