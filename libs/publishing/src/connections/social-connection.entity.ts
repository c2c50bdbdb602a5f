import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

export type ConnectionStatus = 'active' | 'expired' | 'needs_reconnect' | 'revoked';

/** A member's account on a network, with its OAuth tokens encrypted (see TokenCipher). */
@Entity('social_connections')
@Index('social_connections_user_idx', ['organizationId', 'userId'])
@Index('social_connections_account_unique', ['userId', 'network', 'externalId'], { unique: true })
export class SocialConnection {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() userId!: string;
  @Column({ type: 'varchar', length: 20 }) network!: string;
  /** The network's id for the member (LinkedIn: the OpenID `sub`). */
  @Column({ type: 'varchar', length: 200 }) externalId!: string;
  @Column({ type: 'varchar', length: 200 }) displayName!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) pictureUrl!: string | null;
  @Column({ type: 'varchar', length: 20 }) status!: ConnectionStatus;
  @Column({ type: 'varchar', length: 32, nullable: true }) keyId!: string | null;
  @Column({ type: 'text', nullable: true }) accessTokenCiphertext!: string | null;
  @Column({ type: 'text', nullable: true }) refreshTokenCiphertext!: string | null;
  @Column({ type: 'varchar', length: 300 }) scopes!: string;
  @UtcDateColumn() expiresAt!: Date;
  @UtcDateColumn({ nullable: true }) refreshExpiresAt!: Date | null;
  /** When the owner was last warned that the token will expire. */
  @UtcDateColumn({ nullable: true }) expiryWarnedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
