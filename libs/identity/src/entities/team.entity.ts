import { IdColumn, RefColumn, UtcDateColumn } from '@chorus/db';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Organization } from './organization.entity';
import { User } from './user.entity';

@Entity('teams')
@Index('teams_organization_name_unique', ['organizationId', 'name'], { unique: true })
export class Team {
  @IdColumn() id!: string;
  @RefColumn() organizationId!: string;
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  organization?: Organization;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @RefColumn({ nullable: true }) managerId!: string | null;
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'managerId' })
  manager?: User | null;
  @UtcDateColumn() createdAt!: Date;
}
