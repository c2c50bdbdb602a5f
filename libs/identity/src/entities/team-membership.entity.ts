import { RefColumn } from '@chorus/db';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Team } from './team.entity';
import { User } from './user.entity';

@Entity('team_memberships')
@Index('team_memberships_user_idx', ['userId'])
export class TeamMembership {
  @PrimaryColumn({ type: 'varchar', length: 36 }) teamId!: string;
  @PrimaryColumn({ type: 'varchar', length: 36 }) userId!: string;
  @RefColumn() organizationId!: string;
  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'teamId' })
  team?: Team;
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
