import { fieldProblem, userMessage } from '@chorus/messages';
import { AuditTrail } from './audit-trail';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { BadRequestException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { InviteResponse } from './dto/identity-responses';
import { PasswordReset, RefreshSession, User } from './entities';
import { IdentityLifecycle } from './identity-lifecycle';
import { IdentityRepository } from './identity.repository';
import { MIN_PASSWORD_LENGTH, PasswordHasher } from './password-hasher';
import { AuthUser } from './roles';
import { hashSecretToken, newSecretToken } from './secret-token';

export interface AccessTokenClaims {
  sub: string;
  org: string;
  /** The refresh-session family (one sign-in); the token dies with it. */
  sid?: string;
}

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

const WRONG_CREDENTIALS = userMessage('auth.wrongCredentials');
const SIGNED_OUT = userMessage('auth.signedOut');
/** Reset links mailed to one account per hour at most; further requests are answered alike and do nothing. */
const PASSWORD_RESETS_PER_HOUR = 3;

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: IdentityRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
    private readonly lifecycle: IdentityLifecycle,
    private readonly audit: AuditTrail,
  ) {}

  async signIn(email: string, password: string): Promise<IssuedTokens> {
    const user = await this.repository.findUserByEmail(email);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || user.status !== 'active') throw new UnauthorizedException(WRONG_CREDENTIALS);
    await this.transactions.run(async (m) => {
      await this.repository.updateUser(m, user.id, { lastSignInAt: this.clock.now() });
      await this.audit.record(m, { organizationId: user.organizationId, actorId: user.id, action: 'auth.signedIn', targetType: 'user', targetId: user.id });
    });
    return this.issue(user);
  }

  /** Trades a refresh token for a new pair; the old one stops working. */
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const [sessionId, secret] = refreshToken.split('.', 2);
    const session = sessionId && secret ? await this.repository.findRefreshSession(sessionId) : null;
    if (!session || session.tokenHash !== hashSecretToken(secret)) throw new UnauthorizedException(SIGNED_OUT);
    const now = this.clock.now();
    if (session.revokedAt) {
      // A rotated-out token came back: someone kept a copy. End every session of this user.
      await this.repository.revokeSessionsOfUser(session.userId, now);
      throw new UnauthorizedException(SIGNED_OUT);
    }
    const user = await this.repository.findUserById(session.userId);
    if (session.expiresAt <= now || !user || user.status !== 'active') throw new UnauthorizedException(SIGNED_OUT);
    return this.issue(user, session);
  }

  async signOut(refreshToken: string | undefined): Promise<void> {
    const [sessionId, secret] = (refreshToken ?? '').split('.', 2);
    if (!sessionId || !secret) return;
    const session = await this.repository.findRefreshSession(sessionId);
    if (session && session.tokenHash === hashSecretToken(secret) && !session.revokedAt) {
      await this.transactions.run((m) => this.repository.revokeRefreshSession(m, session.id, this.clock.now()));
    }
  }

  /** Whom a one-time invite link is for; the same refusals as accepting it, so a used link shows no form. */
  async checkInvite(token: string): Promise<InviteResponse> {
    const invite = await this.repository.findInviteByTokenHash(hashSecretToken(token));
    if (!invite || invite.usedAt) throw new BadRequestException(userMessage('invite.invalid'));
    if (invite.expiresAt <= this.clock.now()) throw new BadRequestException(userMessage('invite.expired'));
    const user = await this.repository.findUserById(invite.userId);
    if (!user || user.status === 'deactivated') throw new BadRequestException(userMessage('account.inactive'));
    const organization = await this.repository.findOrganization(user.organizationId);
    return { name: user.name, email: user.email, organizationName: organization?.name ?? '', expiresAt: invite.expiresAt.toISOString() };
  }

  /** Sets the password from a one-time invite link and signs the user in. */
  async acceptInvite(token: string, password: string): Promise<IssuedTokens> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new BadRequestException(fieldProblem('password', 'auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }));
    }
    const invite = await this.repository.findInviteByTokenHash(hashSecretToken(token));
    const now = this.clock.now();
    if (!invite || invite.usedAt) throw new BadRequestException(userMessage('invite.invalid'));
    if (invite.expiresAt <= now) throw new BadRequestException(userMessage('invite.expired'));
    const user = await this.repository.findUserById(invite.userId);
    if (!user || user.status === 'deactivated') throw new BadRequestException(userMessage('account.inactive'));
    const passwordHash = await this.hasher.hash(password);
    await this.transactions.run(async (m) => {
      // The conditional update makes the link single-use even when two requests race.
      if (!(await this.repository.spendInvite(m, invite.id, now))) throw new BadRequestException(userMessage('invite.invalid'));
      await this.repository.updateUser(m, user.id, { passwordHash, status: 'active', updatedAt: now, lastSignInAt: now });
    });
    user.status = 'active';
    return this.issue(user);
  }

  /**
   * Mails a single-use link to choose a new password when the address belongs to an active
   * account. The caller answers the same whatever happened, so nobody learns from it which
   * addresses have accounts; at most a few links an hour go to one account, however often asked.
   */
  async requestPasswordReset(email: string): Promise<void> {
    if (!this.lifecycle.passwordResetsDeliverable) return;
    const user = await this.repository.findUserByEmail(email);
    if (!user || user.status !== 'active') return;
    const now = this.clock.now();
    if ((await this.repository.countPasswordResetsSince(user.id, new Date(now.getTime() - 3600_000))) >= PASSWORD_RESETS_PER_HOUR) return;
    const token = newSecretToken();
    const reset: PasswordReset = {
      id: randomUUID(),
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(now.getTime() + this.config.mail.passwordResetTtlMinutes * 60_000),
      usedAt: null,
      createdAt: now,
    };
    await this.transactions.run(async (m) => {
      await this.repository.replacePasswordReset(m, reset);
      await this.lifecycle.passwordResetRequested(m, { user, url: `${this.config.appUrl}/reset-password?token=${token}`, expiresAt: reset.expiresAt, id: reset.id });
    });
  }

  /** Sets a new password from a reset link; the link is spent and every sign-in of the account ends. */
  async resetPassword(token: string, password: string): Promise<void> {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new BadRequestException(fieldProblem('password', 'auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }));
    }
    const reset = await this.repository.findPasswordResetByTokenHash(hashSecretToken(token));
    const now = this.clock.now();
    if (!reset || reset.usedAt) throw new BadRequestException(userMessage('password.reset.invalid'));
    if (reset.expiresAt <= now) throw new BadRequestException(userMessage('password.reset.expired'));
    const user = await this.repository.findUserById(reset.userId);
    if (!user || user.status !== 'active') throw new BadRequestException(userMessage('account.inactive'));
    const passwordHash = await this.hasher.hash(password);
    await this.transactions.run(async (m) => {
      if (!(await this.repository.spendPasswordReset(m, reset.id, now))) throw new BadRequestException(userMessage('password.reset.invalid'));
      await this.repository.setPassword(m, user.id, passwordHash, now);
      await this.repository.revokeSessionsOfUser(user.id, now, m);
      await this.audit.record(m, { organizationId: user.organizationId, actorId: user.id, action: 'auth.passwordReset', targetType: 'user', targetId: user.id });
    });
  }

  /**
   * The user behind a verified access token, or null when they may no longer sign in or
   * the sign-in it came from has ended. One query on every request.
   */
  async resolveAccessToken(claims: AccessTokenClaims): Promise<AuthUser | null> {
    // Tokens issued before sessions were bound carry no sid; the client refreshes once.
    if (typeof claims.sid !== 'string' || claims.sid === '') return null;
    const user = await this.repository.findUserWithLiveSession(claims.sub, claims.sid);
    if (!user || user.status !== 'active' || user.organizationId !== claims.org) return null;
    return { id: user.id, organizationId: user.organizationId, email: user.email, name: user.name, roles: user.roles };
  }

  /** A new token pair; `rotated` is the refresh session it replaces, in the same family. */
  private async issue(user: User, rotated?: RefreshSession): Promise<IssuedTokens> {
    const now = this.clock.now();
    const { accessTokenTtlSeconds, refreshTokenTtlSeconds } = this.config.auth;
    const id = randomUUID();
    const familyId = rotated?.familyId ?? id;
    const claims: AccessTokenClaims = { sub: user.id, org: user.organizationId, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: accessTokenTtlSeconds });
    const secret = newSecretToken();
    const session: RefreshSession = {
      id,
      familyId,
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashSecretToken(secret),
      expiresAt: new Date(now.getTime() + refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      createdAt: now,
    };
    // One transaction, so the family always has a live row and its access tokens keep working.
    await this.transactions.run(async (m) => {
      if (rotated) await this.repository.revokeRefreshSession(m, rotated.id, now);
      await this.repository.insertRefreshSession(m, session);
    });
    return {
      accessToken,
      accessTokenExpiresAt: new Date(now.getTime() + accessTokenTtlSeconds * 1000),
      refreshToken: `${session.id}.${secret}`,
      refreshTokenExpiresAt: session.expiresAt,
      user,
    };
  }
}
