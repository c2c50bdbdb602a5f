import { AuthService, IssuedTokens } from '@chorus/identity';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';

/** Email and password. The request has been validated by `SignInGuard` before this runs. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<IssuedTokens> {
    return this.auth.signIn(email, password);
  }
}
