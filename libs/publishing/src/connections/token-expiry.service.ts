import { Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { networkName, NOTIFICATION_LINKS, NotificationsService } from '@chorus/notifications';
import { ShareReconnectService } from '@chorus/shares';
import { Injectable, Logger } from '@nestjs/common';
import { AxiosError } from 'axios';
import { EntityManager } from 'typeorm';
import { LinkedinClients } from '../linkedin/linkedin-clients';
import { ConnectionsRepository } from './connections.repository';
import { SocialConnection } from './social-connection.entity';
import { TokenCipher } from './token-cipher';

const WARN_BEFORE_MS = 7 * 24 * 3600 * 1000;
const LAST_WARNING_BEFORE_MS = 24 * 3600 * 1000;

/**
 * LinkedIn access tokens live 60 days and most apps get no refresh token. Refresh where we
 * can; otherwise warn the owner a week ahead and again on the last day, and mark the
 * connection expired when it lapses. A refresh LinkedIn refuses means the member must
 * reconnect now (`needs_reconnect`); one it did not answer is tried again next hour, while the
 * access token still works. Either way a connection that stops working holds its scheduled
 * shares until the member reconnects.
 */
@Injectable()
export class TokenExpiryService {
  private readonly logger = new Logger('TokenExpiry');

  constructor(
    private readonly transactions: Transactions,
    private readonly clients: LinkedinClients,
    private readonly cipher: TokenCipher,
    private readonly notifications: NotificationsService,
    private readonly connections: ConnectionsRepository,
    private readonly reconnects: ShareReconnectService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ refreshed: number; warned: number; expired: number; needsReconnect: number }> {
    const now = this.clock.now();
    const soon = new Date(now.getTime() + WARN_BEFORE_MS);
    const tomorrow = new Date(now.getTime() + LAST_WARNING_BEFORE_MS);
    // Only connections with something to do: refreshable, not yet warned, due for the last warning, or lapsed.
    const expiring = await this.connections.expiringBy(soon, tomorrow, 500);
    const counts = { refreshed: 0, warned: 0, expired: 0, needsReconnect: 0 };
    for (const connection of expiring) {
      if (connection.refreshTokenCiphertext && connection.keyId && (!connection.refreshExpiresAt || connection.refreshExpiresAt > now)) {
        const refresh = await this.refresh(connection, now);
        if (refresh === 'refreshed') {
          counts.refreshed++;
          continue;
        }
        if (refresh === 'refused') {
          await this.transactions.run((manager) => this.refreshRefused(manager, connection, now));
          counts.needsReconnect++;
          continue;
        }
      }
      const network = networkName(connection.network);
      if (connection.expiresAt <= now) {
        await this.transactions.run(async (manager) => {
          await this.connections.markExpired(manager, connection.id, now);
          await this.reconnects.holdForReconnect(manager, connection.id, `The ${connection.network} connection expired; reconnect it.`, now);
          await this.notifications.notify(
            {
              organizationId: connection.organizationId,
              userId: connection.userId,
              kind: 'connection.expired',
              code: 'notification.connectionExpired',
              params: { network },
              dedupeKey: `connection-expired:${connection.id}:${connection.expiresAt.getTime()}`,
              link: NOTIFICATION_LINKS.connections(),
            },
            manager,
          );
        });
        counts.expired++;
        continue;
      }
      // A week ahead, then once more on the last day (unless the first warning came that late).
      const lastDay = connection.expiresAt <= tomorrow;
      const warnedOnLastDay = connection.expiryWarnedAt !== null && connection.expiryWarnedAt.getTime() >= connection.expiresAt.getTime() - LAST_WARNING_BEFORE_MS;
      if (connection.expiryWarnedAt && (!lastDay || warnedOnLastDay)) continue;
      await this.transactions.run(async (manager) => {
        await this.connections.markExpiryWarned(manager, connection.id, now);
        await this.notifications.notify(
          {
            organizationId: connection.organizationId,
            userId: connection.userId,
            kind: 'connection.expiring',
            code: 'notification.connectionExpiring',
            params: { network, expiresAt: connection.expiresAt.toISOString() },
            dedupeKey: `connection-expiring:${connection.id}:${connection.expiresAt.getTime()}:${lastDay ? 'day' : 'week'}`,
            link: NOTIFICATION_LINKS.connections(),
          },
          manager,
        );
      });
      counts.warned++;
    }
    return counts;
  }

  /** LinkedIn refused the refresh token (revoked, or the member removed the app): reconnecting is the only way on. */
  private async refreshRefused(manager: EntityManager, connection: SocialConnection, now: Date): Promise<void> {
    const reason = `LinkedIn no longer accepts this connection's refresh token. Reconnect ${connection.network === 'linkedin' ? 'LinkedIn' : connection.network}.`;
    await this.connections.markNeedsReconnect(manager, connection.id, now);
    await this.reconnects.holdForReconnect(manager, connection.id, reason, now);
    await this.notifications.notify(
      {
        organizationId: connection.organizationId,
        userId: connection.userId,
        kind: 'share.needsReconnect',
        code: 'notification.connectionNeedsReconnect',
        params: { network: networkName(connection.network), reason },
        dedupeKey: `connection-refresh-refused:${connection.id}:${connection.expiresAt.getTime()}`,
        link: NOTIFICATION_LINKS.connections(),
      },
      manager,
    );
  }

  private async refresh(connection: SocialConnection, now: Date): Promise<'refreshed' | 'refused' | 'unavailable'> {
    try {
      const refreshToken = this.cipher.open({ keyId: connection.keyId!, ciphertext: connection.refreshTokenCiphertext! }, connection.id);
      const token = await this.clients.auth.exchangeRefreshTokenForAccessToken(refreshToken);
      const access = this.cipher.seal(token.access_token, connection.id);
      const refreshed = token.refresh_token ? this.cipher.seal(token.refresh_token, connection.id) : this.cipher.seal(refreshToken, connection.id);
      const tokens = { keyId: access.keyId, accessTokenCiphertext: access.ciphertext, refreshTokenCiphertext: refreshed.ciphertext };
      await this.transactions.run((m) => this.connections.storeRefreshedTokens(m, connection.id, tokens, new Date(now.getTime() + token.expires_in * 1000), now));
      return 'refreshed';
    } catch (error) {
      // A 4xx other than 429 is LinkedIn's answer about the token; anything else may pass.
      const status = error instanceof AxiosError ? error.response?.status : undefined;
      const refused = status !== undefined && status >= 400 && status < 500 && status !== 429;
      this.logger.warn(`Refreshing connection ${connection.id} failed${status ? ` (${status})` : ''}: ${(error as Error).message}${refused ? '; it needs reconnecting' : '; trying again later'}`);
      return refused ? 'refused' : 'unavailable';
    }
  }
}
