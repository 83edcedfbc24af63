/**
 * The crash test's worker: opens the core on the given data folder and lets the engine dispatch
 * until nothing is open, printing READY once started and DONE at the end. The parent kills it
 * with SIGKILL at random moments; nothing here prepares for that.
 *
 *   ZBL_DATA_DIR=… ZBL_KEY=<hex> ZBL_MAX_IN_FLIGHT=32 node --import tsx tests/unit/dispatch/crash-child.ts
 */
import { join } from 'node:path';
import { createCore } from '../../../electron/core';
import { alwaysOnline } from '../../../electron/core/http/network';
import { createFileLog } from '../../../electron/core/logs/file-log';
import { systemClock } from '../../../electron/core/ports';
import { createJsonFileStore } from '../../../electron/core/settings/json-file-store';
import { createAesGcmCipher } from '../../../electron/core/vault/aes-gcm-cipher';
import { MIGRATIONS_DIR } from '../support/core-harness';
import { acLiteConnector } from './fixtures/connectors';

const dataDir = process.env.ZBL_DATA_DIR ?? '';
const key = Buffer.from(process.env.ZBL_KEY ?? '', 'hex');
const maxInFlight = Number(process.env.ZBL_MAX_IN_FLIGHT ?? '32');

const core = createCore({
  host: 'headless',
  version: '0.0.0-crash',
  dataDir,
  migrationsDir: MIGRATIONS_DIR,
  cipher: createAesGcmCipher(key, 'env', null),
  preferences: createJsonFileStore(join(dataDir, 'preferences.json')),
  clock: systemClock,
  log: createFileLog({ dir: join(dataDir, 'logs'), clock: systemClock }),
  dispatch: {
    // Paced so that the ten short runs cannot finish the work on a fast machine: the last run must have some left.
    connectors: [acLiteConnector({ rateLimit: { perSecond: 400, burst: 50 } })],
    network: alwaysOnline,
    limits: { maxInFlight },
  },
});
process.stdout.write('READY\n');

const poll = setInterval(() => {
  if (core.forTests.engine.openCount() > 0) return;
  clearInterval(poll);
  core.close();
  process.stdout.write('DONE\n');
}, 25);
