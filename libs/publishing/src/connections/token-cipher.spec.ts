import { AppConfig } from '@chorus/config';
import { randomBytes } from 'node:crypto';
import { TokenCipher } from './token-cipher';

function cipherWith(...ids: string[]): { cipher: TokenCipher; keys: AppConfig['tokenEncryptionKeys'] } {
  const keys = ids.map((id) => ({ id, key: randomBytes(32) }));
  return { cipher: new TokenCipher({ tokenEncryptionKeys: keys } as AppConfig), keys };
}

describe('TokenCipher', () => {
  it('round-trips a token and never stores it in the clear', () => {
    const { cipher } = cipherWith('k1');
    const sealed = cipher.seal('AQX-secret-access-token', 'connection-1');
    expect(sealed.keyId).toBe('k1');
    expect(sealed.ciphertext).not.toContain('secret');
    expect(Buffer.from(sealed.ciphertext, 'base64').toString('utf8')).not.toContain('secret');
    expect(cipher.open(sealed, 'connection-1')).toBe('AQX-secret-access-token');
  });

  it('uses a fresh nonce each time', () => {
    const { cipher } = cipherWith('k1');
    expect(cipher.seal('same', 'row').ciphertext).not.toBe(cipher.seal('same', 'row').ciphertext);
  });

  it('refuses a ciphertext moved to another row, or tampered with', () => {
    const { cipher } = cipherWith('k1');
    const sealed = cipher.seal('token', 'connection-1');
    expect(() => cipher.open(sealed, 'connection-2')).toThrow();
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => cipher.open({ ...sealed, ciphertext: raw.toString('base64') }, 'connection-1')).toThrow();
  });

  it('encrypts with the first key and still opens what older keys sealed', () => {
    const old = cipherWith('old');
    const sealed = old.cipher.seal('token', 'row');
    const rotated = new TokenCipher({ tokenEncryptionKeys: [{ id: 'new', key: randomBytes(32) }, ...old.keys] } as AppConfig);
    expect(rotated.open(sealed, 'row')).toBe('token');
    expect(rotated.seal('token', 'row').keyId).toBe('new');
  });

  it('names the missing key when a ciphertext needs a key that was removed', () => {
    const { cipher } = cipherWith('k1');
    expect(() => cipher.open({ keyId: 'gone', ciphertext: 'AAAA' }, 'row')).toThrow('Token encryption key "gone" is not configured; add it back to TOKEN_ENCRYPTION_KEYS.');
  });
});
