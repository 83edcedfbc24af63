import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SecretCipher } from '../ports';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID_BYTES = 8;

export function keyId(key: Buffer): Buffer {
  return createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES);
}

/**
 * AES-256-GCM with a fresh IV per secret. The sealed form names the key it was sealed with, so a
 * secret from another master key fails with a clear message instead of a bare authentication error.
 * Layout: version(1) | keyId(8) | iv(12) | tag(16) | ciphertext.
 */
export function createAesGcmCipher(
  key: Buffer,
  source: 'keyring' | 'env' | 'file',
  warning: string | null,
): SecretCipher {
  if (key.length !== 32) throw new Error('The vault master key must be 32 bytes.');
  const id = keyId(key);
  return {
    backend: source,
    unavailableReason: () => null,
    warning: () => warning,
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), id, iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      if (sealed.length < 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
        throw new Error('The stored secret is not in a format this version can read.');
      }
      let at = 1;
      const sealedId = sealed.subarray(at, (at += KEY_ID_BYTES));
      if (!sealedId.equals(id)) {
        throw new Error(
          'The stored secret was sealed with another master key (was the OS keyring, ZBL_MASTER_KEY or the key file changed?). Enter the credential again.',
        );
      }
      const iv = sealed.subarray(at, (at += IV_BYTES));
      const tag = sealed.subarray(at, (at += TAG_BYTES));
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(at)), decipher.final()]).toString('utf8');
    },
  };
}
