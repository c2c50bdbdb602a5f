import { Transactions } from '@chorus/db';
import { Injectable } from '@nestjs/common';
import { ConnectionsRepository } from './connections.repository';
import { TokenCipher } from './token-cipher';

/** Re-encrypts every stored token under the current (first) key, so old keys can be removed. */
@Injectable()
export class KeyRotationService {
  constructor(
    private readonly connections: ConnectionsRepository,
    private readonly transactions: Transactions,
    private readonly cipher: TokenCipher,
  ) {}

  async rotate(batchSize = 200): Promise<{ reencrypted: number; remaining: number }> {
    const current = this.cipher.currentKeyId;
    let reencrypted = 0;
    for (;;) {
      const batch = await this.connections.connectionsSealedWithOtherKey(current, batchSize);
      const pending = batch.filter((c) => c.keyId !== null);
      if (pending.length === 0) break;
      await this.transactions.run(async (manager) => {
        for (const connection of pending) {
          const reseal = (ciphertext: string | null) =>
            ciphertext === null ? null : this.cipher.seal(this.cipher.open({ keyId: connection.keyId!, ciphertext }, connection.id), connection.id).ciphertext;
          await this.connections.resealConnection(manager, connection.id, connection.keyId!, {
            keyId: current,
            accessTokenCiphertext: reseal(connection.accessTokenCiphertext),
            refreshTokenCiphertext: reseal(connection.refreshTokenCiphertext),
          });
        }
      });
      reencrypted += pending.length;
    }
    // Tokens waiting to be revoked at their network are re-encrypted too (rarely any).
    for (;;) {
      const batch = await this.connections.revocationsSealedWithOtherKey(current, batchSize);
      if (batch.length === 0) break;
      await this.transactions.run(async (manager) => {
        for (const row of batch) {
          const ciphertext = this.cipher.seal(this.cipher.open({ keyId: row.keyId, ciphertext: row.tokenCiphertext }, row.connectionId), row.connectionId).ciphertext;
          await this.connections.resealRevocation(manager, row.id, row.keyId, current, ciphertext);
        }
      });
    }
    const remaining = await this.connections.countSealedWithOtherKey(current);
    return { reencrypted, remaining };
  }
}
