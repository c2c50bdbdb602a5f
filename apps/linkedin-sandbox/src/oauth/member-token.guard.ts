import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { RequestWithGrant } from './member-grant.decorator';
import { accessDenied } from './oauth-errors';
import { REQUIRED_SCOPE, RequiredScope } from './requires-scope.decorator';
import { TokenService } from './token.service';

/** Authenticates the bearer token (401 shapes) and checks the route's scope (403). */
@Injectable()
export class MemberTokenGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenService,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RequestWithGrant>();
    const grant = this.tokens.authenticate(request.headers.authorization);
    const required = this.reflector.getAllAndOverride<RequiredScope | undefined>(REQUIRED_SCOPE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required && !grant.scopes.includes(required.scope)) {
      throw accessDenied(required.resource, request.header('linkedin-version'));
    }
    request.memberGrant = grant;
    return true;
  }
}
