/**
 * The bulk crash test's worker: opens the core on the given data folder with the product's
 * ActiveCampaign connector and lets the engine drain the backlog, printing READY once started and
 * DONE when nothing is left open. The parent kills it with SIGKILL at random moments.
 *
 *   ZBL_DATA_DIR=… ZBL_KEY=<hex> node --import tsx tests/unit/dispatch/bulk/crash-child.ts
 */
import { join } from 'node:path';
import { createCore } from '../../../../electron/core';
import { alwaysOnline } from '../../../../electron/core/http/network';
import { createActivecampaignConnector } from '../../../../electron/core/integrations/activecampaign/connector';
import { AcIdCache } from '../../../../electron/core/integrations/activecampaign/id-cache';
import { createFileLog } from '../../../../electron/core/logs/file-log';
import { systemClock } from '../../../../electron/core/ports';
import { createJsonFileStore } from '../../../../electron/core/settings/json-file-store';
import { createAesGcmCipher } from '../../../../electron/core/vault/aes-gcm-cipher';
import { MIGRATIONS_DIR } from '../../support/core-harness';

const dataDir = process.env.ZBL_DATA_DIR ?? '';
const key = Buffer.from(process.env.ZBL_KEY ?? '', 'hex');
const cache = new AcIdCache();

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
    connectors: [createActivecampaignConnector({ cacheFor: () => cache })],
    network: alwaysOnline,
  },
});
process.stdout.write('READY\n');

const poll = setInterval(() => {
  if (core.forTests.engine.openCount() > 0) return;
  clearInterval(poll);
  core.close();
  process.stdout.write('DONE\n');
}, 25);
