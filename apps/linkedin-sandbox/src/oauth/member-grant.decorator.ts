import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { MemberGrant } from './token.service';

export type RequestWithGrant = Request & { memberGrant?: MemberGrant };

/** The grant MemberTokenGuard attached to the request. */
export const CurrentGrant = createParamDecorator((_data: unknown, context: ExecutionContext): MemberGrant => {
  const grant = context.switchToHttp().getRequest<RequestWithGrant>().memberGrant;
  if (!grant) {
    throw new Error('CurrentGrant used on a route without MemberTokenGuard');
  }
  return grant;
});
