import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from './user.entity';

/** A one-time link to set a password. Only the token's SHA-256 is stored. */
@Entity('invites')
export class Invite {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
  @Index('invites_token_hash_unique', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;
  @UtcDateColumn() expiresAt!: Date;
  @UtcDateColumn({ nullable: true }) usedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
