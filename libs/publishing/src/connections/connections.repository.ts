import { ShareAccounts } from '@chorus/shares';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThanOrEqual, Not } from 'typeorm';
import { OAuthState } from './oauth-state.entity';
import { SocialConnection } from './social-connection.entity';
import { TokenRevocation } from './token-revocation.entity';

/** The columns a token refresh or a key rotation rewrites. */
export type SealedTokens = Pick<SocialConnection, 'keyId' | 'accessTokenCiphertext' | 'refreshTokenCiphertext'>;

/**
 * Connected accounts, their OAuth handshakes and the tokens waiting to be revoked, named by
 * intent; also the shares lib's view of accounts (`ShareAccounts`).
 */
@Injectable()
export class ConnectionsRepository implements ShareAccounts {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // --- connections -------------------------------------------------------------------------

  find(id: string, manager?: EntityManager): Promise<SocialConnection | null> {
    return this.manager(manager).getRepository(SocialConnection).findOneBy({ id });
  }

  ownedBy(organizationId: string, userId: string, id: string): Promise<SocialConnection | null> {
    return this.dataSource.getRepository(SocialConnection).findOneBy({ id, userId, organizationId });
  }

  /** The user's accounts, oldest first, revoked ones included. */
  listOfUser(organizationId: string, userId: string): Promise<SocialConnection[]> {
    return this.dataSource.getRepository(SocialConnection).find({ where: { organizationId, userId }, order: { createdAt: 'ASC' } });
  }

  allOfUser(manager: EntityManager, userId: string): Promise<SocialConnection[]> {
    return manager.getRepository(SocialConnection).findBy({ userId });
  }

  /** The member's existing account at the network, which a reconnect updates in place. */
  findByMember(manager: EntityManager, userId: string, network: string, externalId: string): Promise<SocialConnection | null> {
    return manager.getRepository(SocialConnection).findOneBy({ userId, network, externalId });
  }

  async save(manager: EntityManager, connection: SocialConnection): Promise<void> {
    await manager.getRepository(SocialConnection).save(connection);
  }

  /**
   * Active connections with something for the expiry tick to do, soonest first: refreshable,
   * not yet warned, due for the last warning, or lapsed.
   */
  expiringBy(soon: Date, tomorrow: Date, limit: number): Promise<SocialConnection[]> {
    return this.dataSource
      .getRepository(SocialConnection)
      .createQueryBuilder('c')
      .where("c.status = 'active' AND c.expiresAt <= :soon", { soon })
      .andWhere('(c.refreshTokenCiphertext IS NOT NULL OR c.expiryWarnedAt IS NULL OR c.expiresAt <= :tomorrow)', { tomorrow })
      .orderBy('c.expiresAt', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Active -> expired; false when the connection had already changed. */
  async markExpired(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await manager.getRepository(SocialConnection).update({ id, status: 'active' }, { status: 'expired', updatedAt: at });
    return Boolean(result.affected);
  }

  async markExpiryWarned(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(SocialConnection).update({ id }, { expiryWarnedAt: at });
  }

  /** A refreshed access token: new ciphertexts and expiry, and the warnings start over. */
  async storeRefreshedTokens(manager: EntityManager, id: string, tokens: SealedTokens, expiresAt: Date, at: Date): Promise<void> {
    await manager.getRepository(SocialConnection).update({ id }, { ...tokens, expiresAt, expiryWarnedAt: null, updatedAt: at });
  }

  /** The network refused the token: the account must be reconnected (unless it already changed). */
  async markNeedsReconnect(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager
      .getRepository(SocialConnection)
      .createQueryBuilder()
      .update()
      .set({ status: 'needs_reconnect', updatedAt: at })
      .where("id = :id AND status = 'active'", { id })
      .execute();
  }

  /** Disconnected: the token ciphertexts are gone from the row (revocations hold them until sent). */
  async markRevoked(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.getRepository(SocialConnection).update({ id }, { status: 'revoked', accessTokenCiphertext: null, refreshTokenCiphertext: null, keyId: null, updatedAt: at });
  }

  // --- key rotation ------------------------------------------------------------------------

  connectionsSealedWithOtherKey(currentKeyId: string, limit: number): Promise<SocialConnection[]> {
    return this.dataSource.getRepository(SocialConnection).find({ where: { keyId: Not(currentKeyId) }, take: limit });
  }

  /** Re-sealed tokens, only if the row still uses the key they were opened with. */
  async resealConnection(manager: EntityManager, id: string, fromKeyId: string, tokens: SealedTokens): Promise<void> {
    await manager.getRepository(SocialConnection).update({ id, keyId: fromKeyId }, tokens);
  }

  revocationsSealedWithOtherKey(currentKeyId: string, limit: number): Promise<TokenRevocation[]> {
    return this.dataSource.getRepository(TokenRevocation).find({ where: { keyId: Not(currentKeyId) }, take: limit });
  }

  async resealRevocation(manager: EntityManager, id: string, fromKeyId: string, keyId: string, tokenCiphertext: string): Promise<void> {
    await manager.getRepository(TokenRevocation).update({ id, keyId: fromKeyId }, { keyId, tokenCiphertext });
  }

  /** Rows, connections and revocations, still sealed with another key than the current one. */
  async countSealedWithOtherKey(currentKeyId: string): Promise<number> {
    const where = { keyId: Not(currentKeyId) };
    return (await this.dataSource.getRepository(SocialConnection).count({ where })) + (await this.dataSource.getRepository(TokenRevocation).count({ where }));
  }

  // --- OAuth handshakes --------------------------------------------------------------------

  async insertOAuthState(manager: EntityManager, state: OAuthState): Promise<void> {
    await manager.getRepository(OAuthState).insert(state);
  }

  findOAuthState(stateHash: string): Promise<OAuthState | null> {
    return this.dataSource.getRepository(OAuthState).findOneBy({ stateHash });
  }

  /** Uses the state once; false when another callback used it first. */
  async useOAuthState(manager: EntityManager, id: string, at: Date): Promise<boolean> {
    const used = await manager.getRepository(OAuthState).createQueryBuilder().update().set({ usedAt: at }).where('id = :id AND "usedAt" IS NULL', { id }).execute();
    return Boolean(used.affected);
  }

  // --- token revocations -------------------------------------------------------------------

  async insertRevocation(manager: EntityManager, revocation: TokenRevocation): Promise<void> {
    await manager.getRepository(TokenRevocation).insert(revocation);
  }

  dueRevocations(now: Date, limit: number): Promise<TokenRevocation[]> {
    return this.dataSource.getRepository(TokenRevocation).find({ where: { nextAttemptAt: LessThanOrEqual(now) }, order: { nextAttemptAt: 'ASC' }, take: limit });
  }

  dueRevocationsOf(connectionId: string, now: Date): Promise<TokenRevocation[]> {
    return this.dataSource.getRepository(TokenRevocation).findBy({ connectionId, nextAttemptAt: LessThanOrEqual(now) });
  }

  /**
   * Claims the attempt by bumping its count (optimistic: `attempts` is what the caller read) and
   * leasing it until `leaseUntil`; false when another worker claimed it first.
   */
  async claimRevocation(manager: EntityManager, id: string, readAttempts: number, leaseUntil: Date): Promise<boolean> {
    const claimed = await manager.getRepository(TokenRevocation).update({ id, attempts: readAttempts }, { attempts: readAttempts + 1, nextAttemptAt: leaseUntil });
    return Boolean(claimed.affected);
  }

  async retryRevocationAt(manager: EntityManager, id: string, attempts: number, next: Date): Promise<void> {
    await manager.getRepository(TokenRevocation).update({ id, attempts }, { nextAttemptAt: next });
  }

  async deleteRevocation(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(TokenRevocation).delete({ id });
  }
}
