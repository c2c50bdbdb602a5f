import { ForbiddenException } from '@nestjs/common';
import { AuthUser, hasRole, Role } from './roles';

/** First line of a service method: may this caller do it? */
export function requireRole(actor: AuthUser, roles: Role[], action: string): void {
  if (!hasRole(actor, ...roles)) {
    throw new ForbiddenException(`Only ${roles.map((r) => `a${/^[aeiou]/.test(r) ? 'n' : ''} ${r}`).join(' or ')} may ${action}.`);
  }
}
