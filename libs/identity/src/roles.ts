export enum Role {
  Employee = 'employee',
  Curator = 'curator',
  Manager = 'manager',
  Reviewer = 'reviewer',
  Admin = 'admin',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Who is calling: built from the verified access token and the user's current row. */
export interface AuthUser {
  id: string;
  organizationId: string;
  email: string;
  name: string;
  roles: Role[];
}

export function hasRole(user: Pick<AuthUser, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}
