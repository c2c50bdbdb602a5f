import { IdColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index } from 'typeorm';

export type DisclosureMode = 'append' | 'require';

@Entity('organizations')
export class Organization {
  @IdColumn() id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Index('organizations_slug_unique', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  slug!: string;
  /** IANA zone: month and quarter boundaries, contest ends and digests follow it. */
  @Column({ type: 'varchar', length: 64, default: 'UTC' }) timezone!: string;
  @Column({ type: 'varchar', length: 8, default: 'en' }) defaultLocale!: string;
  /** Most shares one employee may publish per network per day. */
  @Column({ type: 'integer', default: 3 }) dailyShareLimit!: number;
  @Column({ type: 'varchar', length: 100, nullable: true }) requiredDisclosure!: string | null;
  @Column({ type: 'varchar', length: 10, default: 'append' }) disclosureMode!: DisclosureMode;
  @Column({ type: 'boolean', default: true }) employeesSeeLeaderboard!: boolean;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
