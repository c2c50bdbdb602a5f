import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Role } from '../roles';
import { Organization } from './organization.entity';

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface WeeklySlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:mm" in the user's own timezone. */
  time: string;
}

@Entity('users')
@Index('users_organization_idx', ['organizationId', 'status'])
export class User {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;
  /** Lower-cased; one account per address across Chorus, so sign-in needs no tenant. */
  @Index('users_email_unique', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) passwordHash!: string | null;
  @Column({ type: 'simple-array' }) roles!: Role[];
  @Column({ type: 'varchar', length: 16, default: 'invited' }) status!: UserStatus;
  @Column({ type: 'varchar', length: 64, default: 'UTC' }) timezone!: string;
  @Column({ type: 'varchar', length: 8, default: 'en' }) locale!: string;
  @Column({ type: 'boolean', default: false }) leaderboardOptOut!: boolean;
  /** Set by an admin: the user appears on no leaderboard. */
  @Column({ type: 'boolean', default: false }) leaderboardExcluded!: boolean;
  @Column({ type: 'simple-json' }) weeklySlots!: WeeklySlot[];
  @UtcDateColumn({ nullable: true }) lastSignInAt!: Date | null;
  @UtcDateColumn({ nullable: true }) deactivatedAt!: Date | null;
  @UtcDateColumn() createdAt!: Date;
  @UtcDateColumn() updatedAt!: Date;
}
