import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { LinkedinApiException } from '../common/sandbox-exceptions';
import { ResolvedSandboxOptions, SANDBOX_OPTIONS } from '../sandbox-options';

/**
 * LinkedIn's versioned APIs (`/rest/...`) need `LinkedIn-Version: YYYYMM` naming an active
 * version (not in the future, not sunset) and Rest.li protocol 2.0.0, which decides how URNs
 * are encoded in paths and queries.
 */
@Injectable()
export class RestliHeadersGuard implements CanActivate {
  constructor(@Inject(SANDBOX_OPTIONS) private readonly options: ResolvedSandboxOptions) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const version = request.header('linkedin-version');
    if (!version) {
      throw new LinkedinApiException({
        status: 426,
        code: 'VERSION_MISSING',
        message: 'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
      });
    }
    if (!this.isActiveVersion(version)) {
      throw new LinkedinApiException({
        status: 426,
        code: 'NONEXISTENT_VERSION',
        message: `Requested version ${version} is not active`,
      });
    }
    const protocol = request.header('x-restli-protocol-version');
    if (protocol !== '2.0.0') {
      throw new LinkedinApiException({
        status: 400,
        code: 'INVALID_PROTOCOL_VERSION',
        message: `X-Restli-Protocol-Version must be 2.0.0, got ${protocol ? `"${protocol}"` : 'none'}`,
      });
    }
    if (request.header('x-http-method-override')) {
      throw new LinkedinApiException({
        status: 400,
        message: 'The LinkedIn sandbox does not support query tunneling (X-HTTP-Method-Override)',
      });
    }
    return true;
  }

  private isActiveVersion(version: string): boolean {
    const match = /^(\d{4})(\d{2})(?:\.(\d{2}))?$/.exec(version);
    if (!match) {
      return false;
    }
    const month = Number(match[2]);
    if (month < 1 || month > 12) {
      return false;
    }
    const now = this.options.clock();
    const ageInMonths = now.getUTCFullYear() * 12 + now.getUTCMonth() - (Number(match[1]) * 12 + month - 1);
    return ageInMonths >= 0 && ageInMonths <= this.options.versionSupportMonths;
  }
}
