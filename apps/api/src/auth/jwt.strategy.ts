import { userMessage } from '@chorus/messages';
import { APP_CONFIG, AppConfig } from '@chorus/config';
import { AccessTokenClaims, AuthService, AuthUser } from '@chorus/identity';
import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ACCESS_COOKIE } from './auth-cookies';

/** Bearer header for API clients, the httpOnly cookie for the browser UI. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromExtractors([
        ExtractJwt.fromAuthHeaderAsBearerToken(),
        (request: Request) => (request?.cookies as Record<string, string> | undefined)?.[ACCESS_COOKIE] ?? null,
      ]),
      // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a
      // PEM public key on every request, and building that exception cost more than the rest
      // of checking the token (bench/api, docs/development.md "Benchmarks"). passport-jwt hands
      // it to jsonwebtoken as it is; its type definitions predate key objects.
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    // One read per request (the user, joined to the token's sign-in), so sign-out,
    // deactivation and role changes apply at once.
    const user = await this.auth.resolveAccessToken(claims);
    if (!user) throw new UnauthorizedException(userMessage('auth.signedOut'));
    return user;
  }
}
