import { User } from '@chorus/identity';
import { SocialConnection, TokenCipher } from '@chorus/publishing';
import { randomUUID } from 'node:crypto';
import { TestApp } from './test-app';

/**
 * A connected LinkedIn account, written directly: the consent flow is tested on its own, and
 * these tests are about what happens after connecting.
 */
export async function connectLinkedIn(t: TestApp, email: string, options: { expiresInDays?: number } = {}): Promise<SocialConnection> {
  const user = await t.dataSource.getRepository(User).findOneByOrFail({ email });
  const cipher = t.app.get(TokenCipher);
  const id = randomUUID();
  const now = t.clock.now();
  const sealed = cipher.seal(`token-for-${email}`, id);
  const connection: SocialConnection = {
    id,
    organizationId: user.organizationId,
    userId: user.id,
    network: 'linkedin',
    externalId: `member-${randomUUID().slice(0, 8)}`,
    displayName: email,
    pictureUrl: null,
    status: 'active',
    keyId: sealed.keyId,
    accessTokenCiphertext: sealed.ciphertext,
    refreshTokenCiphertext: null,
    scopes: 'openid profile email w_member_social',
    expiresAt: new Date(now.getTime() + (options.expiresInDays ?? 60) * 24 * 3600 * 1000),
    refreshExpiresAt: null,
    expiryWarnedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await t.dataSource.getRepository(SocialConnection).insert(connection);
  return connection;
}
