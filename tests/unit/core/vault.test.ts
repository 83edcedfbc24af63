import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, CredentialInfo } from '#contract';
import type { Core } from '../../../electron/core';
import { createAesGcmCipher } from '../../../electron/core/vault/aes-gcm-cipher';
import { KEY_FILE, resolveMasterKey, type Keyring } from '../../../electron/core/vault/master-key';
import { call, openTestCore, tempDir } from '../support/core-harness';

const SECRET = 'ac-key-7f3b9e2d1c0a4b5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('credential vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;
  const key = randomBytes(32);

  beforeEach(async () => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, undefined, key);
    client = await call<Client>(core, 'clients:create', { name: 'Acme' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('round-trips a secret and describes it only by a masked hint', async () => {
    const id = core.forTests.vault.put({ clientId: client.id, purpose: 'activecampaign:api-key', secret: SECRET });
    expect(core.forTests.vault.get(id)).toBe(SECRET);
    const info = await call<CredentialInfo>(core, 'vault:describe', { id });
    expect(info).toMatchObject({ id, set: true, hint: `…${SECRET.slice(-4)}` });
    expect(JSON.stringify(info)).not.toContain(SECRET.slice(0, 12));
    core.forTests.vault.delete(id);
    expect(await call<CredentialInfo>(core, 'vault:describe', { id })).toMatchObject({ set: false, hint: null });
    expect(() => core.forTests.vault.get(id)).toThrow(/No stored credential/);
  });

  it('never writes the secret in plain text to the database, its WAL or the log', () => {
    const id = core.forTests.vault.put({ clientId: client.id, purpose: 'activecampaign:api-key', secret: SECRET });
    core.forTests.vault.get(id);
    core.forTests.sqlite.pragma('wal_checkpoint(PASSIVE)');
    const leaked = filesUnder(tmp.dir).filter((f) => {
      const bytes = readFileSync(f);
      return (
        bytes.includes(SECRET) ||
        bytes.includes(SECRET.slice(8, 40)) ||
        bytes.includes(Buffer.from(SECRET).toString('base64').slice(0, 40))
      );
    });
    expect(filesUnder(tmp.dir).some((f) => f.endsWith('app.log'))).toBe(true);
    expect(leaked).toEqual([]);
  });

  it('explains a secret sealed with another master key instead of failing obscurely', () => {
    const id = core.forTests.vault.put({ clientId: client.id, purpose: 'p', secret: SECRET });
    core.close();
    core = openTestCore(tmp.dir, undefined, randomBytes(32));
    expect(() => core.forTests.vault.get(id)).toThrow(/another master key/);
  });

  it('removes a client’s credentials with the client (foreign key cascade)', () => {
    const id = core.forTests.vault.put({ clientId: client.id, purpose: 'p', secret: SECRET });
    core.forTests.sqlite.prepare('DELETE FROM clients WHERE id = ?').run(client.id);
    expect(core.forTests.vault.describe(id).set).toBe(false);
  });
});

describe('AES-256-GCM cipher', () => {
  it('uses a fresh IV each time and detects tampering', () => {
    const cipher = createAesGcmCipher(randomBytes(32), 'env', null);
    const a = cipher.encrypt('secret-value');
    const b = cipher.encrypt('secret-value');
    expect(a.equals(b)).toBe(false);
    expect(cipher.decrypt(a)).toBe('secret-value');
    const tampered = Buffer.from(a);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 1) ^ 0xff, tampered.length - 1);
    expect(() => cipher.decrypt(tampered)).toThrow();
  });
});

describe('master key resolution', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  function memoryKeyring(initial: string | null = null): Keyring & { value: string | null } {
    return {
      value: initial,
      get() {
        return this.value;
      },
      set(v: string) {
        this.value = v;
      },
    };
  }
  const unreachable: Keyring = {
    get: () => {
      throw new Error('no secret service');
    },
    set: () => {
      throw new Error('no secret service');
    },
  };

  it('creates the key in the OS keyring when one is reachable, and finds it again', () => {
    const ring = memoryKeyring();
    const first = resolveMasterKey({ dataDir: tmp.dir, env: {}, keyring: ring });
    expect(first.source).toBe('keyring');
    expect(first.warning).toBeNull();
    const again = resolveMasterKey({ dataDir: tmp.dir, env: {}, keyring: ring });
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('uses ZBL_MASTER_KEY (base64 or hex) when the keyring has none, and rejects a malformed one', () => {
    const key = randomBytes(32);
    expect(
      resolveMasterKey({
        dataDir: tmp.dir,
        env: { ZBL_MASTER_KEY: key.toString('base64') },
        keyring: unreachable,
      }).key.equals(key),
    ).toBe(true);
    expect(
      resolveMasterKey({ dataDir: tmp.dir, env: { ZBL_MASTER_KEY: key.toString('hex') }, keyring: null }).source,
    ).toBe('env');
    expect(() => resolveMasterKey({ dataDir: tmp.dir, env: { ZBL_MASTER_KEY: 'short' }, keyring: null })).toThrow(
      /32-byte key/,
    );
  });

  it('falls back to a 0600 key file with a warning, and keeps using it once the keyring appears', () => {
    const first = resolveMasterKey({ dataDir: tmp.dir, env: {}, keyring: unreachable });
    expect(first.source).toBe('file');
    expect(first.warning).toContain(KEY_FILE);
    expect(statSync(join(tmp.dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    const ring = memoryKeyring();
    const later = resolveMasterKey({ dataDir: tmp.dir, env: {}, keyring: ring });
    expect(later.key.equals(first.key)).toBe(true);
    expect(ring.value).toBeNull();
  });

  it('uses the key file when the keyring reads but refuses writes', () => {
    const readOnly: Keyring = {
      get: () => null,
      set: () => {
        throw new Error('AccessDenied');
      },
    };
    writeFileSync(join(tmp.dir, 'unrelated'), 'x');
    expect(resolveMasterKey({ dataDir: tmp.dir, env: {}, keyring: readOnly }).source).toBe('file');
  });
});

describe('secrets sealed elsewhere', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('a secret the desktop app sealed is "enter the key again" under the headless host, never a crypto error', async () => {
    // The desktop app's safeStorage, as far as the vault can tell: another cipher family.
    const safeStorage = {
      backend: 'safeStorage' as const,
      unavailableReason: () => null,
      warning: () => null,
      encrypt: (plain: string) => Buffer.from(`v10${Buffer.from(plain).toString('base64')}`),
      decrypt: () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      },
    };
    let core = openTestCore(tmp.dir, undefined, undefined, { cipher: safeStorage });
    const client = await call<Client>(core, 'clients:create', { name: 'Acme' });
    const id = core.forTests.vault.put({ clientId: client.id, purpose: 'p', secret: SECRET });
    core.close();

    core = openTestCore(tmp.dir, undefined, randomBytes(32));
    try {
      expect(core.forTests.vault.readable(id)).toBe(false);
      expect(core.forTests.vault.unreadable()).toEqual([{ id, clientId: client.id, purpose: 'p' }]);
      expect(await call<CredentialInfo>(core, 'vault:describe', { id })).toMatchObject({ set: true, unreadable: true });
      let caught: unknown;
      try {
        core.forTests.vault.get(id);
      } catch (err) {
        caught = err;
      }
      expect(caught).toMatchObject({ code: 'vault_unavailable', details: { reason: 'key_unreadable' } });
      expect(String((caught as Error).message)).toMatch(/Enter it again/);
      expect(String((caught as Error).message)).not.toMatch(/decrypt|ciphertext|authenticate/i);
    } finally {
      core.close();
    }
  });
});
