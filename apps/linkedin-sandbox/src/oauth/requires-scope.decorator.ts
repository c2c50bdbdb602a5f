import { SetMetadata } from '@nestjs/common';

export const REQUIRED_SCOPE = Symbol('REQUIRED_SCOPE');

export interface RequiredScope {
  scope: string;
  /** LinkedIn's name for the resource and method, used in its 403 message. */
  resource: string;
}

/** The route needs a member token carrying `scope` (checked by MemberTokenGuard). */
export const RequiresScope = (scope: string, resource: string) =>
  SetMetadata(REQUIRED_SCOPE, { scope, resource } satisfies RequiredScope);
