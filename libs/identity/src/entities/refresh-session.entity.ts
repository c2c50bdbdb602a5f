import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from './user.entity';

/**
 * One signed-in device. Refresh tokens rotate on every use; presenting a rotated-out token
 * again means it was copied, and every session of that user is revoked.
 */
@Entity('refresh_sessions')
@Index('refresh_sessions_user_idx', ['userId'])
export class RefreshSession {
  @IdColumn() id!: string;
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
