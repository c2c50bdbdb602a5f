import { Organization, Team, User, WeeklySlot } from '../entities';
import { Role } from '../roles';

export interface TeamRef {
  id: string;
  name: string;
}

export interface UserResponse {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  teams: TeamRef[];
  status: User['status'];
  timezone: string;
  locale: string;
  leaderboardOptOut: boolean;
  leaderboardExcluded: boolean;
  createdAt: string;
  deactivatedAt: string | null;
}

export interface MeResponse extends Omit<UserResponse, 'leaderboardExcluded'> {
  weeklySlots: WeeklySlot[];
  organization: { id: string; name: string; timezone: string };
}

export interface TeamResponse {
  id: string;
  name: string;
  managerId: string | null;
  memberCount?: number;
}

export interface OrganizationResponse {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  dailyShareLimit: number;
  requiredDisclosure: string | null;
  disclosureMode: Organization['disclosureMode'];
  employeesSeeLeaderboard: boolean;
}

export function mapTeamRef(team: Team): TeamRef {
  return { id: team.id, name: team.name };
}

export function mapUser(user: User, teams: Team[]): UserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    teams: teams.map(mapTeamRef),
    status: user.status,
    timezone: user.timezone,
    locale: user.locale,
    leaderboardOptOut: user.leaderboardOptOut,
    leaderboardExcluded: user.leaderboardExcluded,
    createdAt: user.createdAt.toISOString(),
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
  };
}

export function mapMe(user: User, teams: Team[], organization: Organization): MeResponse {
  const { leaderboardExcluded: _excluded, ...rest } = mapUser(user, teams);
  return {
    ...rest,
    weeklySlots: user.weeklySlots,
    organization: { id: organization.id, name: organization.name, timezone: organization.timezone },
  };
}

export function mapTeam(team: Team, memberCount?: number): TeamResponse {
  return { id: team.id, name: team.name, managerId: team.managerId, memberCount };
}

export function mapOrganization(organization: Organization): OrganizationResponse {
  return {
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    timezone: organization.timezone,
    dailyShareLimit: organization.dailyShareLimit,
    requiredDisclosure: organization.requiredDisclosure,
    disclosureMode: organization.disclosureMode,
    employeesSeeLeaderboard: organization.employeesSeeLeaderboard,
  };
}
