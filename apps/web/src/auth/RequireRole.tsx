import type { ReactNode } from 'react';
import type { Role } from '../api/models';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { useCurrentUser } from './AuthContext';

/** Shows its children only to users holding at least one of `roles`. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useCurrentUser();
  const allowed = roles.some((role) => user.roles.includes(role));
  return allowed ? children : <ForbiddenPage roles={roles} />;
}
