import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/**
 * A single-use link to choose a new password, sent by mail on request. Only the token's
 * SHA-256 is stored; a newer request or a successful reset ends the earlier links.
 */
@Entity('password_resets')
@Index('password_resets_user_idx', ['userId', 'createdAt'])
export class PasswordReset {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Index('password_resets_token_hash_unique', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;
  @UtcDateColumn() expiresAt!: Date;
  @UtcDateColumn({ nullable: true }) usedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
