import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/** A consent flow in progress: the `state` sent to the network, bound to one user, used once. */
@Entity('oauth_states')
export class OAuthState {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 20 }) network!: string;
  @Index('oauth_states_hash_unique', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  stateHash!: string;
  @UtcDateColumn() expiresAt!: Date;
  @UtcDateColumn({ nullable: true }) usedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
}
