import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { CredentialInfo, VaultStatus } from '#contract';
import type { Db } from '../db/connection';
import { credentials } from '../db/schema';
import { AppError } from '../errors';
import type { Clock, Log, SecretCipher } from '../ports';

export interface Vault {
  /**
   * Stores a secret and answers its opaque id; passing an id replaces that secret. `hint` replaces
   * the masked tail shown to the user when that tail would mean nothing (a sealed JSON bundle).
   */
  put(input: { clientId: string; purpose: string; secret: string; id?: string; hint?: string }): string;
  get(id: string): string;
  delete(id: string): void;
  describe(id: string): CredentialInfo;
  status(): VaultStatus;
}

export function maskHint(secret: string): string {
  return secret.length >= 12 ? `…${secret.slice(-4)}` : '…';
}

/** Sealed secrets live in the database as ciphertext; the cipher is the host's (safeStorage or AES-GCM). */
export function createVault(deps: { db: Db; cipher: SecretCipher; clock: Clock; log: Log }): Vault {
  const { db, cipher, clock, log } = deps;

  function requireCipher(): void {
    const reason = cipher.unavailableReason();
    if (reason) throw new AppError('vault_unavailable', reason);
  }

  function row(id: string) {
    return db.select().from(credentials).where(eq(credentials.id, id)).get();
  }

  return {
    put({ clientId, purpose, secret, id, hint }) {
      requireCipher();
      if (secret.length === 0) throw new AppError('invalid_input', 'An empty secret cannot be stored.');
      log.redactValue(secret);
      const sealed = cipher.encrypt(secret);
      const now = clock.now();
      const credentialId = id ?? `cred_${randomUUID()}`;
      const values = { backend: cipher.backend, sealed, hint: hint ?? maskHint(secret), updatedAt: now };
      db.insert(credentials)
        .values({ id: credentialId, clientId, purpose, createdAt: now, ...values })
        .onConflictDoUpdate({ target: credentials.id, set: values })
        .run();
      log.info('vault: secret stored', { credentialId, purpose, backend: cipher.backend });
      return credentialId;
    },
    get(id) {
      requireCipher();
      const found = row(id);
      if (!found) throw new AppError('not_found', 'No stored credential has this id.');
      try {
        const secret = cipher.decrypt(found.sealed);
        log.redactValue(secret);
        return secret;
      } catch (err) {
        throw new AppError('vault_unavailable', err instanceof Error ? err.message : String(err));
      }
    },
    delete(id) {
      db.delete(credentials).where(eq(credentials.id, id)).run();
      log.info('vault: secret deleted', { credentialId: id });
    },
    describe(id) {
      const found = row(id);
      return found
        ? { id, set: true, hint: found.hint, updatedAt: found.updatedAt }
        : { id, set: false, hint: null, updatedAt: null };
    },
    status() {
      const reason = cipher.unavailableReason();
      const warning = reason ?? cipher.warning();
      return {
        backend: cipher.backend,
        available: reason === null,
        warningCode: reason ? 'unavailable' : warning && cipher.backend === 'file' ? 'key_in_file' : null,
        warning,
      };
    },
  };
}
