import { APP_CONFIG, AppConfig, Clock } from '@chorus/config';
import { Transactions } from '@chorus/db';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { RetryableNetworkError } from '../providers/network-provider';
import { NetworkProviders } from '../providers/network-providers';
import { ConnectionsRepository } from './connections.repository';
import { SocialConnection } from './social-connection.entity';
import { TokenCipher } from './token-cipher';
import { TokenRevocation } from './token-revocation.entity';

/** Tries before Chorus gives up on a network that keeps failing: about 8.5 hours in all. */
const MAX_ATTEMPTS = 10;
const FIRST_RETRY_MS = 60_000;

export interface RevocationCounts {
  revoked: number;
  retrying: number;
  abandoned: number;
  /** Not revoked: the member reconnected and the network handed the same token back. */
  kept: number;
}

/**
 * Revokes the tokens of disconnected connections at their network.
 *
 * Disconnecting must not wait for, or depend on, the network: the connection loses its
 * tokens in the same transaction as it is disconnected (or its owner deactivated), and each
 * token's ciphertext moves into a `token_revocations` row. Then, outside any transaction, the
 * row is opened and sent to the provider's `revoke`; the row is deleted once the network
 * answered, refused for good, or failed MAX_ATTEMPTS times with growing pauses. So:
 * - no token is ever persisted, queued or logged in the clear: rows hold only the AES-GCM
 *   ciphertext (bound to its connection id), job payloads only the connection id, the
 *   plaintext lives in memory for the one request, and warnings name the connection, never
 *   the token (nor the provider's request, which carries it);
 * - a network that is down for a while still gets the revocation later, also after a
 *   restart, because the schedule lives in the database (rows are claimed with a lease, like
 *   shares), not in the in-process queue;
 * - a rolled-back disconnect or deactivation revokes nothing, and a token the member was
 *   handed again by reconnecting before the revocation went out is left alone.
 */
@Injectable()
export class TokenRevocationService {
  private readonly logger = new Logger('TokenRevocation');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly connections: ConnectionsRepository,
    private readonly transactions: Transactions,
    private readonly cipher: TokenCipher,
    private readonly providers: NetworkProviders,
    private readonly clock: Clock,
  ) {}

  /** In the disconnecting transaction: one row per token the connection still holds. */
  async schedule(manager: EntityManager, connection: SocialConnection, at: Date): Promise<number> {
    if (!connection.keyId) return 0;
    const tokens = [
      { kind: 'access' as const, ciphertext: connection.accessTokenCiphertext },
      { kind: 'refresh' as const, ciphertext: connection.refreshTokenCiphertext },
    ].filter((t): t is { kind: 'access' | 'refresh'; ciphertext: string } => t.ciphertext !== null);
    for (const token of tokens) {
      await this.connections.insertRevocation(manager, {
        id: randomUUID(),
        organizationId: connection.organizationId,
        connectionId: connection.id,
        network: connection.network,
        kind: token.kind,
        keyId: connection.keyId,
        tokenCiphertext: token.ciphertext,
        attempts: 0,
        nextAttemptAt: at,
        createdAt: at,
      });
    }
    return tokens.length;
  }

  /** The worker's tick: every revocation that is due, a batch at a time. */
  async runDue(batchSize = 50): Promise<RevocationCounts> {
    const due = await this.connections.dueRevocations(this.clock.now(), batchSize);
    return this.attemptAll(due);
  }

  /** Right after a disconnect (the job it enqueues), so the network hears of it at once. */
  async runForConnection(connectionId: string): Promise<RevocationCounts> {
    const due = await this.connections.dueRevocationsOf(connectionId, this.clock.now());
    return this.attemptAll(due);
  }

  private async attemptAll(rows: TokenRevocation[]): Promise<RevocationCounts> {
    const counts: RevocationCounts = { revoked: 0, retrying: 0, abandoned: 0, kept: 0 };
    for (const row of rows) {
      const outcome = await this.attempt(row);
      if (outcome) counts[outcome]++;
    }
    return counts;
  }

  private async attempt(row: TokenRevocation): Promise<keyof RevocationCounts | null> {
    const now = this.clock.now();
    const attempts = row.attempts + 1;
    // The lease outlasts any request, so a worker that dies mid-attempt only delays the retry.
    const leaseMs = Math.max(60_000, 2 * this.config.publishing.requestTimeoutMs);
    const claimed = await this.transactions.run((m) => this.connections.claimRevocation(m, row.id, row.attempts, new Date(now.getTime() + leaseMs)));
    if (!claimed) return null;
    const what = `the ${row.kind} token of connection ${row.connectionId} at ${row.network}`;
    try {
      const token = this.cipher.open({ keyId: row.keyId, ciphertext: row.tokenCiphertext }, row.connectionId);
      // A member who reconnected meanwhile may have been handed the same token again.
      if (await this.inUseAgain(row.connectionId, token)) {
        await this.forget(row);
        return 'kept';
      }
      await this.providers.get(row.network).revoke(token);
    } catch (error) {
      const reason = (error as Error).message;
      if (error instanceof RetryableNetworkError && attempts < MAX_ATTEMPTS) {
        const next = new Date(now.getTime() + FIRST_RETRY_MS * 2 ** (attempts - 1));
        await this.transactions.run((m) => this.connections.retryRevocationAt(m, row.id, attempts, next));
        this.logger.warn(`Revoking ${what} failed: ${reason} Trying again at ${next.toISOString()}.`);
        return 'retrying';
      }
      await this.forget(row);
      this.logger.warn(`Gave up revoking ${what} after ${attempts} attempt(s): ${reason} Chorus holds the token no more; the network may accept it until it expires.`);
      return 'abandoned';
    }
    await this.forget(row);
    return 'revoked';
  }

  private async inUseAgain(connectionId: string, token: string): Promise<boolean> {
    const connection = await this.connections.find(connectionId);
    if (!connection?.keyId || connection.status === 'revoked') return false;
    const keyId = connection.keyId;
    return [connection.accessTokenCiphertext, connection.refreshTokenCiphertext].some(
      (ciphertext) => ciphertext !== null && this.cipher.open({ keyId, ciphertext }, connection.id) === token,
    );
  }

  private async forget(row: TokenRevocation): Promise<void> {
    await this.transactions.run((m) => this.connections.deleteRevocation(m, row.id));
  }
}
