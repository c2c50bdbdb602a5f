import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

/**
 * A token still to be revoked at its network after its connection was disconnected or its
 * owner deactivated. It holds the connection's ciphertext as it was (same key, same row
 * binding), never the token in the clear, and is deleted once the network has answered or
 * Chorus gives up (see TokenRevocationService).
 */
@Entity('token_revocations')
@Index('token_revocations_due_idx', ['nextAttemptAt'])
@Index('token_revocations_connection_idx', ['connectionId'])
export class TokenRevocation {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() connectionId!: string;
  @Column({ type: 'varchar', length: 20 }) network!: string;
  @Column({ type: 'varchar', length: 10 }) kind!: 'access' | 'refresh';
  @Column({ type: 'varchar', length: 32 }) keyId!: string;
  @Column({ type: 'text' }) tokenCiphertext!: string;
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  /** Due from then; while an attempt runs, the end of its lease. */
  @UtcDateColumn() nextAttemptAt!: Date;
  @UtcDateColumn() createdAt!: Date;
}
