import { APP_CONFIG, AppConfig, TokenEncryptionKey } from '@chorus/config';
import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Sealed {
  keyId: string;
  /** base64 of iv (12 bytes) | auth tag (16 bytes) | ciphertext. */
  ciphertext: string;
}

/**
 * AES-256-GCM for OAuth tokens at rest. The first configured key encrypts; every configured
 * key decrypts, found by the key id stored beside each ciphertext, so keys can rotate.
 */
@Injectable()
export class TokenCipher {
  private readonly keys: TokenEncryptionKey[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.keys = config.tokenEncryptionKeys;
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  seal(plaintext: string, aad: string): Sealed {
    const key = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId: key.id, ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
  }

  /** `aad` binds a ciphertext to its row, so a token copied onto another row fails to open. */
  open(sealed: Sealed, aad: string): string {
    const key = this.keys.find((k) => k.id === sealed.keyId);
    if (!key) throw new Error(`Token encryption key "${sealed.keyId}" is not configured; add it back to TOKEN_ENCRYPTION_KEYS.`);
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
