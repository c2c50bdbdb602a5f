import { Transactions } from '@chorus/db';
import { Injectable } from '@nestjs/common';
import { DataSource, Not } from 'typeorm';
import { SocialConnection } from './social-connection.entity';
import { TokenCipher } from './token-cipher';
import { TokenRevocation } from './token-revocation.entity';

/** Re-encrypts every stored token under the current (first) key, so old keys can be removed. */
@Injectable()
export class KeyRotationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly cipher: TokenCipher,
  ) {}

  async rotate(batchSize = 200): Promise<{ reencrypted: number; remaining: number }> {
    const current = this.cipher.currentKeyId;
    let reencrypted = 0;
    for (;;) {
      const batch = await this.dataSource.getRepository(SocialConnection).find({ where: { keyId: Not(current) }, take: batchSize });
      const pending = batch.filter((c) => c.keyId !== null);
      if (pending.length === 0) break;
      await this.transactions.run(async (manager) => {
        for (const connection of pending) {
          const reseal = (ciphertext: string | null) =>
            ciphertext === null ? null : this.cipher.seal(this.cipher.open({ keyId: connection.keyId!, ciphertext }, connection.id), connection.id).ciphertext;
          await manager.getRepository(SocialConnection).update(
            { id: connection.id, keyId: connection.keyId! },
            { keyId: current, accessTokenCiphertext: reseal(connection.accessTokenCiphertext), refreshTokenCiphertext: reseal(connection.refreshTokenCiphertext) },
          );
        }
      });
      reencrypted += pending.length;
    }
    // Tokens waiting to be revoked at their network are re-encrypted too (rarely any).
    for (;;) {
      const batch = await this.dataSource.getRepository(TokenRevocation).find({ where: { keyId: Not(current) }, take: batchSize });
      if (batch.length === 0) break;
      await this.transactions.run(async (manager) => {
        for (const row of batch) {
          const ciphertext = this.cipher.seal(this.cipher.open({ keyId: row.keyId, ciphertext: row.tokenCiphertext }, row.connectionId), row.connectionId).ciphertext;
          await manager.getRepository(TokenRevocation).update({ id: row.id, keyId: row.keyId }, { keyId: current, tokenCiphertext: ciphertext });
        }
      });
    }
    const remaining =
      (await this.dataSource.getRepository(SocialConnection).count({ where: { keyId: Not(current) } })) +
      (await this.dataSource.getRepository(TokenRevocation).count({ where: { keyId: Not(current) } }));
    return { reencrypted, remaining };
  }
}
