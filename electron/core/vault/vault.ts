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
  /**
   * Whether the stored secret opens here. A secret sealed on another computer, by the other kind of
   * host (safeStorage versus the headless host's master key) or with another master key does not.
   */
  readable(id: string): boolean;
  /** Every stored secret that does not open here (empty while the cipher itself is unavailable). */
  unreadable(): Array<{ id: string; clientId: string; purpose: string }>;
  status(): VaultStatus;
}

/** What a user is told about a secret the vault cannot open, instead of the cipher's own error. */
export const UNREADABLE_SECRET_MESSAGE =
  'This key was saved on another computer, by the other kind of app (desktop or headless host) or with another master key, so it cannot be opened here. Enter it again.';

/** safeStorage and the headless host's AES-GCM keys (keyring, env, file) cannot open each other's secrets. */
function cipherFamily(backend: string): string {
  return backend === 'safeStorage' ? 'safeStorage' : 'aes-gcm';
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

  /** Opening a secret costs a decryption (a keychain call under safeStorage): remembered per version. */
  const opens = new Map<string, { updatedAt: number; ok: boolean }>();
  function opensHere(found: { id: string; backend: string; sealed: Buffer; updatedAt: number }): boolean {
    if (cipher.unavailableReason() !== null) return true;
    const known = opens.get(found.id);
    if (known?.updatedAt === found.updatedAt) return known.ok;
    let ok = cipherFamily(found.backend) === cipherFamily(cipher.backend);
    if (ok) {
      try {
        log.redactValue(cipher.decrypt(found.sealed));
      } catch {
        ok = false;
      }
    }
    opens.set(found.id, { updatedAt: found.updatedAt, ok });
    return ok;
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
        if (cipherFamily(found.backend) !== cipherFamily(cipher.backend)) throw new Error('sealed by another host');
        const secret = cipher.decrypt(found.sealed);
        log.redactValue(secret);
        return secret;
      } catch (err) {
        // The cipher's own words (an authentication tag, a keychain error) mean nothing to the user.
        log.warn('vault: a stored secret cannot be opened here', {
          credentialId: id,
          sealedBy: found.backend,
          error: err instanceof Error ? err.message : String(err),
        });
        opens.set(id, { updatedAt: found.updatedAt, ok: false });
        throw new AppError('vault_unavailable', UNREADABLE_SECRET_MESSAGE, { reason: 'key_unreadable' });
      }
    },
    delete(id) {
      db.delete(credentials).where(eq(credentials.id, id)).run();
      log.info('vault: secret deleted', { credentialId: id });
    },
    describe(id) {
      const found = row(id);
      return found
        ? { id, set: true, hint: found.hint, updatedAt: found.updatedAt, unreadable: !opensHere(found) }
        : { id, set: false, hint: null, updatedAt: null, unreadable: false };
    },
    readable(id) {
      const found = row(id);
      return found === undefined || opensHere(found);
    },
    unreadable() {
      if (cipher.unavailableReason() !== null) return [];
      return db
        .select()
        .from(credentials)
        .all()
        .filter((found) => !opensHere(found))
        .map(({ id, clientId, purpose }) => ({ id, clientId, purpose }));
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
