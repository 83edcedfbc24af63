import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The slice of an OS keyring the vault needs; throws when no keyring service is reachable. */
export interface Keyring {
  get(): string | null;
  set(value: string): void;
}

export interface MasterKey {
  key: Buffer;
  source: 'keyring' | 'env' | 'file';
  warning: string | null;
}

export const KEY_FILE = 'master.key';

function decodeKey(text: string, where: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) {
    throw new Error(
      `${where} must hold a 32-byte key as base64 or 64 hex characters (for example the output of "openssl rand -base64 32").`,
    );
  }
  return key;
}

function tryKeyring(keyring: Keyring | null): { reachable: boolean; value: string | null } {
  if (!keyring) return { reachable: false, value: null };
  try {
    return { reachable: true, value: keyring.get() };
  } catch {
    return { reachable: false, value: null };
  }
}

/**
 * Finds the headless vault's master key. Existing keys win over new ones in every case, so a keyring
 * that comes and goes never strands secrets sealed earlier: keyring entry, ZBL_MASTER_KEY, key file,
 * then a new key in the keyring, or, last, a new key file (mode 0600) with a warning.
 */
export function resolveMasterKey(options: {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  keyring: Keyring | null;
}): MasterKey {
  const ring = tryKeyring(options.keyring);
  if (ring.value) return { key: decodeKey(ring.value, 'The OS keyring entry'), source: 'keyring', warning: null };

  const fromEnv = options.env.ZBL_MASTER_KEY;
  if (fromEnv) return { key: decodeKey(fromEnv, 'ZBL_MASTER_KEY'), source: 'env', warning: null };

  const file = join(options.dataDir, KEY_FILE);
  const fileWarning =
    `Secrets are encrypted with a key stored in ${file} because no OS keyring is reachable. ` +
    'Anyone who can read that file can read the stored API keys; set ZBL_MASTER_KEY or run a keyring service.';
  if (existsSync(file))
    return { key: decodeKey(readFileSync(file, 'utf8'), file), source: 'file', warning: fileWarning };

  const fresh = randomBytes(32);
  if (ring.reachable && options.keyring) {
    try {
      options.keyring.set(fresh.toString('base64'));
      return { key: fresh, source: 'keyring', warning: null };
    } catch {
      // A keyring that answers reads but refuses writes: fall through to the key file.
    }
  }
  writeFileSync(file, fresh.toString('base64'), { mode: 0o600 });
  chmodSync(file, 0o600);
  return { key: fresh, source: 'file', warning: fileWarning };
}

/** The keyring entry is per data folder, so two data folders never share (or overwrite) a key. */
export function keyringAccount(dataDir: string): string {
  return `master-key-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;
}
