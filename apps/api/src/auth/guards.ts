import { userMessage } from '@chorus/messages';
import { AuthUser, hasRole, Role, SignInDto } from '@chorus/identity';
import { BadRequestException, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { validationProblems } from '../http/validation.pipe';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';

/** Every route needs a signed-in user unless marked `@Public()`. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) throw error;
    if (!user) throw new UnauthorizedException(userMessage('auth.signInFirst'));
    return user;
  }
}

@Injectable()
export class RolesGuard {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (user && hasRole(user, ...roles)) return true;
    throw new ForbiddenException(userMessage(roles.length > 1 ? 'auth.needsRoles' : 'auth.needsRole', { role: `role.name.${roles[0]}`, ...(roles[1] ? { otherRole: `role.name.${roles[1]}` } : {}) }));
  }
}

/**
 * Passport's local strategy answers a missing field with a bare 401; validating the body
 * first gives the same 400 naming the field as every other route.
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const dto = plainToInstance(SignInDto, request.body ?? {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new BadRequestException(validationProblems(errors));
    request.body = dto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, result: T): T {
    if (error) throw error;
    if (!result) throw new UnauthorizedException(userMessage('auth.wrongCredentials'));
    return result;
  }
}
