import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Organization, Team, User, UserStatus, WeeklySlot } from '../entities';
import { ALL_ROLES, Role } from '../roles';

// Response classes: their decorators describe the answers in the OpenAPI document, from which
// the web app's types are generated. The mappers below build them as plain objects.

const USER_STATUSES: readonly UserStatus[] = ['invited', 'active', 'deactivated'];
const DISCLOSURE_MODES: readonly Organization['disclosureMode'][] = ['append', 'require'];

export class TeamRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class UserResponse {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ALL_ROLES, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ type: [TeamRef] }) teams!: TeamRef[];
  @ApiProperty({ enum: USER_STATUSES, enumName: 'UserStatus' }) status!: User['status'];
  @ApiProperty({ example: 'Asia/Jakarta' }) timezone!: string;
  @ApiProperty({ example: 'en' }) locale!: string;
  @ApiProperty() leaderboardOptOut!: boolean;
  @ApiProperty() leaderboardExcluded!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deactivatedAt!: string | null;
}

export class WeeklySlotResponse implements WeeklySlot {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' }) weekday!: number;
  @ApiProperty({ example: '09:00', description: 'In the user\'s own timezone' }) time!: string;
}

export class MeOrganization {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty({ description: 'Whether employees may read the organisation and team leaderboards (not only their own rank)' }) employeesSeeLeaderboard!: boolean;
}

export class MeResponse extends OmitType(UserResponse, ['leaderboardExcluded'] as const) {
  @ApiProperty({ type: [WeeklySlotResponse] }) weeklySlots!: WeeklySlot[];
  @ApiProperty({ type: MeOrganization }) organization!: MeOrganization;
}

export class TeamResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) managerId!: string | null;
  @ApiPropertyOptional({ description: 'Given when the team was just created (0)' }) memberCount?: number;
}

export class OrganizationResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty() dailyShareLimit!: number;
  @ApiProperty({ type: String, nullable: true }) requiredDisclosure!: string | null;
  @ApiProperty({ enum: DISCLOSURE_MODES, enumName: 'DisclosureMode' }) disclosureMode!: Organization['disclosureMode'];
  @ApiProperty() employeesSeeLeaderboard!: boolean;
}

export class CreatedUser {
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
  @ApiProperty({ description: 'Shown once to the admin; only its hash is stored.' }) inviteUrl!: string;
  @ApiProperty({ format: 'date-time' }) inviteExpiresAt!: string;
}

export class ImportedUser {
  @ApiProperty() email!: string;
  @ApiProperty() inviteUrl!: string;
}

export class ImportResult {
  @ApiProperty() created!: number;
  @ApiProperty({ type: [String] }) teamsCreated!: string[];
  @ApiProperty({ type: [ImportedUser] }) users!: ImportedUser[];
}

export class ImportRowError {
  @ApiProperty({ description: 'The line in the file, header being line 1, as a spreadsheet shows it.' }) row!: number;
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ description: 'The stable code of the problem (libs/messages), which the web app translates', example: 'import.notEmail' }) code!: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: "The problem's parameters, to fill the translated sentence" })
  params!: Record<string, string | number>;
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
    organization: { id: organization.id, name: organization.name, timezone: organization.timezone, employeesSeeLeaderboard: organization.employeesSeeLeaderboard },
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

/** Whom an invitation link is for, so the page can greet them before they choose a password. */
export class InviteResponse {
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
