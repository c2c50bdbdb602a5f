import type { Locale } from '../i18n/locale';

export const ROLES = ['employee', 'curator', 'manager', 'reviewer', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export interface TeamSummary {
  id: string;
  name: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  timezone: string;
}

/** `GET /me`: the signed-in user. */
export interface Me {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  teams: TeamSummary[];
  timezone: string;
  locale: Locale;
  leaderboardOptOut: boolean;
  organization: OrganizationSummary;
}

/** `PATCH /me`: the fields a user may change about themselves. */
export interface UpdateMeInput {
  name?: string;
  timezone?: string;
  locale?: Locale;
  leaderboardOptOut?: boolean;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface AcceptInviteInput {
  token: string;
  password: string;
}
