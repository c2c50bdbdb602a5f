import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from './user.entity';

/**
 * One refresh token of a signed-in device. Refresh tokens rotate on every use (a new row in
 * the same family); presenting a rotated-out token again means it was copied, and every
 * session of that user is revoked.
 */
@Entity('refresh_sessions')
@Index('refresh_sessions_user_idx', ['userId'])
@Index('refresh_sessions_family_idx', ['familyId', 'revokedAt'])
export class RefreshSession {
  @IdColumn() id!: string;
  /**
   * The id of the sign-in this row descends from (the first row's own id). Access tokens
   * carry it, so they stop working once the family has no unrevoked row: on sign-out, on
   * replay detection and on deactivation, not only when they expire.
   */
  @RefColumn() familyId!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
  @Column({ type: 'varchar', length: 64 }) tokenHash!: string;
  @UtcDateColumn() expiresAt!: Date;
  @UtcDateColumn({ nullable: true }) revokedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
