import { type MessageCode, userMessage } from '@chorus/messages';
import { ForbiddenException } from '@nestjs/common';
import { AuthUser, hasRole, Role } from './roles';

/** What a role may do, as the permission sentence names it ("import users"). */
export type PermissionAction = Extract<MessageCode, `action.${string}`>;

/** First line of a service method: may this caller do it? */
export function requireRole(actor: AuthUser, roles: Role[], action: PermissionAction): void {
  if (!hasRole(actor, ...roles)) {
    const [role, otherRole] = roles.map((r) => `role.a.${r}`);
    throw new ForbiddenException(userMessage(otherRole ? 'permission.onlyTwo' : 'permission.onlyOne', { role, ...(otherRole ? { otherRole } : {}), action }));
  }
}
