import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { OAuthException } from '../common/sandbox-exceptions';

/** LinkedIn's OAuth endpoints read form-encoded bodies only; a JSON body is not understood. */
@Injectable()
export class FormEncodedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    if (!request.is('application/x-www-form-urlencoded')) {
      throw new OAuthException(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded');
    }
    return true;
  }
}
