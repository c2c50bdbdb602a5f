import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MemberAccess } from '../providers/network-provider';
import { ConnectionsRepository } from './connections.repository';
import { TokenCipher } from './token-cipher';

/**
 * Opens an active connection's access token for a call to its network (publishing, reading
 * engagement), so those paths never hold the cipher themselves (docs/architecture.md, "Networks").
 */
@Injectable()
export class MemberAccessReader {
  constructor(
    private readonly connections: ConnectionsRepository,
    private readonly cipher: TokenCipher,
  ) {}

  /**
   * The member, token and scopes of an active connection; null when it is not active (gone,
   * revoked or awaiting reconnection). Read in the caller's transaction when given one.
   */
  async of(connectionId: string, manager?: EntityManager): Promise<MemberAccess | null> {
    const connection = await this.connections.find(connectionId, manager);
    if (!connection || connection.status !== 'active' || !connection.accessTokenCiphertext || !connection.keyId) return null;
    return {
      memberId: connection.externalId,
      accessToken: this.cipher.open({ keyId: connection.keyId, ciphertext: connection.accessTokenCiphertext }, connection.id),
      scopes: connection.scopes.split(/[\s,]+/).filter(Boolean),
    };
  }
}
