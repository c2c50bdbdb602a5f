import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A key the organisation's own site uses to report conversions (`X-Api-Key`). Only a SHA-256 of
 * the secret is kept (the secret is 32 random bytes, so a slow hash adds nothing); the prefix is
 * shown so people can tell keys apart.
 */
@Entity('api_keys')
@Index('api_keys_secret_hash_idx', ['secretHash'], { unique: true })
@Index('api_keys_organization_idx', ['organizationId'])
export class ApiKey {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) prefix!: string;
  @Column({ type: 'varchar', length: 64 }) secretHash!: string;
  @RefColumn({ nullable: true }) createdById!: string | null;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn({ nullable: true }) lastUsedAt!: Date | null;
  @UtcDateColumn({ nullable: true }) revokedAt!: Date | null;
}

export const CONVERSION_KINDS = ['lead', 'signup', 'application'] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number];

/** A lead, sign-up or application the organisation's site attributes to a share (by its tracked link's code). */
@Entity('conversions')
@Index('conversions_idempotency_idx', ['organizationId', 'idempotencyKey'], { unique: true })
@Index('conversions_organization_idx', ['organizationId', 'createdAt'])
@Index('conversions_share_idx', ['shareId'])
export class Conversion {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @RefColumn() shareId!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: ConversionKind;
  /** In hundredths of the organisation's currency; null when the site sent no value. */
  @Column({ type: 'integer', nullable: true }) valueMinor!: number | null;
  @Column({ type: 'varchar', length: 200 }) idempotencyKey!: string;
  @RefColumn() apiKeyId!: string;
  @UtcDateColumn() createdAt!: Date;
}

/** How the organisation values its reach (earned media value); amounts in hundredths of `currency`. */
@Entity('analytics_settings')
export class AnalyticsSettings {
  @PrimaryColumn({ type: 'varchar', length: 36 }) organizationId!: string;
  @Column({ type: 'varchar', length: 3 }) currency!: string;
  /** Per 1,000 impressions. */
  @Column({ type: 'integer' }) cpmMinor!: number;
  @Column({ type: 'integer' }) cpcMinor!: number;
  @Column({ type: 'integer' }) perReactionMinor!: number;
  @Column({ type: 'integer' }) perCommentMinor!: number;
  @Column({ type: 'integer' }) perReshareMinor!: number;
  @UtcDateColumn() updatedAt!: Date;
}
