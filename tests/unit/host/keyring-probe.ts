// Run inside a private D-Bus session with gnome-keyring: resolves the master key twice through the
// real OS keyring and prints what it saw, for keyring.test.ts.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveMasterKey } from '../../../electron/core/vault/master-key';
import { osKeyring } from '../../../electron/host/keyring';

const dataDir = mkdtempSync(join(tmpdir(), 'zbl-keyring-'));
mkdirSync(`${dataDir}-other`);
const first = resolveMasterKey({ dataDir, env: {}, keyring: osKeyring(dataDir) });
const second = resolveMasterKey({ dataDir, env: {}, keyring: osKeyring(dataDir) });
const other = resolveMasterKey({ dataDir: `${dataDir}-other`, env: {}, keyring: osKeyring(`${dataDir}-other`) });
console.log(
  JSON.stringify({
    source: first.source,
    same: first.key.equals(second.key),
    otherDiffers: !other.key.equals(first.key),
  }),
);
