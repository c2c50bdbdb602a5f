import { userMessage, UserMessageError } from '@chorus/messages';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { AuditTrail, AuthUser } from '@chorus/identity';
import { ShareReconnectService } from '@chorus/shares';
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { LinkedinClients } from '../linkedin/linkedin-clients';
import { rewriteLinkedinUrl } from '../linkedin/linkedin-origin-rewrite';
import { ConnectionsRepository } from './connections.repository';
import { OAuthState } from './oauth-state.entity';
import { SocialConnection } from './social-connection.entity';
import { TokenCipher } from './token-cipher';

const STATE_TTL_MS = 10 * 60 * 1000;

/** A failure a person reads on the page they land on after LinkedIn. */
export class ConnectFailure extends UserMessageError {}

interface UserInfo {
  sub: string;
  name?: string;
  email?: string;
  picture?: string;
}

/** Connecting LinkedIn through its consent page (OAuth 2.0 authorization code). */
@Injectable()
export class LinkedinConnectService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: LinkedinClients,
    private readonly cipher: TokenCipher,
    private readonly connections: ConnectionsRepository,
    private readonly audit: AuditTrail,
    private readonly transactions: Transactions,
    private readonly reconnects: ShareReconnectService,
    private readonly clock: Clock,
  ) {}

  /** The consent page's address, with a single-use state bound to the caller. */
  async authorizationUrl(actor: AuthUser): Promise<string> {
    // URL-safe on purpose: the client puts the state into the URL without encoding it.
    const state = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    await this.transactions.run((m) =>
      this.connections.insertOAuthState(m, {
        id: randomUUID(),
        organizationId: actor.organizationId,
        userId: actor.id,
        network: 'linkedin',
        stateHash: hash(state),
        expiresAt: new Date(now.getTime() + STATE_TTL_MS),
        usedAt: null,
        createdAt: now,
      }),
    );
    const url = this.clients.auth.generateMemberAuthorizationUrl(this.config.linkedin.scopes, state);
    return this.config.linkedin.sandboxUrl ? rewriteLinkedinUrl(url, this.config.linkedin.sandboxUrl) : url;
  }

  /** Completes the flow; throws ConnectFailure with a sentence for every way it can go wrong. */
  async complete(query: { code?: string; state?: string; error?: string; error_description?: string }): Promise<SocialConnection> {
    if (!query.state) throw new ConnectFailure(userMessage('linkedin.noState'));
    const now = this.clock.now();
    const pending = await this.connections.findOAuthState(hash(query.state));
    if (!pending || pending.usedAt || pending.expiresAt <= now) {
      throw new ConnectFailure(userMessage('linkedin.stateExpired'));
    }
    const used = await this.transactions.run((m) => this.connections.useOAuthState(m, pending.id, now));
    if (!used) throw new ConnectFailure(userMessage('linkedin.stateUsed'));
    if (query.error) {
      throw new ConnectFailure(
        query.error === 'user_cancelled_authorize' || query.error === 'user_cancelled_login'
          ? userMessage('linkedin.cancelled')
          : userMessage('linkedin.refused', { detail: query.error_description ?? query.error }),
      );
    }
    if (!query.code) throw new ConnectFailure(userMessage('linkedin.noCode'));

    let token: { access_token: string; expires_in: number; refresh_token?: string; refresh_token_expires_in?: number; scope?: string };
    let info: UserInfo;
    try {
      token = await this.clients.auth.exchangeAuthCodeForAccessToken(query.code);
      const response = await this.clients.restli.get({ resourcePath: '/userinfo', accessToken: token.access_token });
      info = response.data as UserInfo;
    } catch {
      throw new ConnectFailure(userMessage('linkedin.codeRejected'));
    }
    return this.store(pending, token, info, now);
  }

  private async store(
    pending: OAuthState,
    token: { access_token: string; expires_in: number; refresh_token?: string; refresh_token_expires_in?: number; scope?: string },
    info: UserInfo,
    now: Date,
  ): Promise<SocialConnection> {
    return this.transactions.run(async (manager) => {
      const existing = await this.connections.findByMember(manager, pending.userId, 'linkedin', info.sub);
      const id = existing?.id ?? randomUUID();
      const access = this.cipher.seal(token.access_token, id);
      const connection: SocialConnection = {
        id,
        organizationId: pending.organizationId,
        userId: pending.userId,
        network: 'linkedin',
        externalId: info.sub,
        displayName: info.name ?? info.email ?? 'LinkedIn member',
        pictureUrl: info.picture ?? null,
        status: 'active',
        keyId: access.keyId,
        accessTokenCiphertext: access.ciphertext,
        refreshTokenCiphertext: token.refresh_token ? this.cipher.seal(token.refresh_token, id).ciphertext : null,
        scopes: (token.scope ?? this.config.linkedin.scopes.join(' ')).split(/[\s,]+/).filter(Boolean).join(' '),
        expiresAt: new Date(now.getTime() + token.expires_in * 1000),
        refreshExpiresAt: token.refresh_token_expires_in ? new Date(now.getTime() + token.refresh_token_expires_in * 1000) : null,
        expiryWarnedAt: null,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await this.connections.save(manager, connection);
      await this.audit.record(manager, {
        organizationId: connection.organizationId,
        actorId: connection.userId,
        action: 'connection.connected',
        targetType: 'connection',
        targetId: connection.id,
        detail: { network: 'linkedin', account: connection.displayName, reconnected: Boolean(existing) },
      });
      // The same member again (same row, so approvals still match): what waited for the
      // account resumes. A disconnect was the owner's choice, so its shares are left to them.
      if (existing && existing.status !== 'revoked') await this.reconnects.resumeAfterReconnect(manager, connection, pending.userId, now);
      return connection;
    });
  }
}

function hash(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}
