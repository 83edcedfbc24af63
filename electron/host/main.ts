import { join, resolve } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../core';
import { StartupError } from '../core/db/connection';
import { lockDataDir } from '../core/db/data-dir';
import { capYoungGeneration } from '../core/lib/young-generation';
import { createFileLog } from '../core/logs/file-log';
import { systemClock } from '../core/ports';
import { createJsonFileStore } from '../core/settings/json-file-store';
import { createAesGcmCipher } from '../core/vault/aes-gcm-cipher';
import { resolveMasterKey } from '../core/vault/master-key';
import { osKeyring } from './keyring';
import { HOST_USAGE, parseHostOptions, UsageError } from './options';
import { startHostServer, type HostServer } from './server';

declare const __APP_VERSION__: string | undefined;

const version =
  typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env.npm_package_version ?? '0.0.0-dev');

/** How long attempts running get to finish before the core closes for a restore. */
const RESTART_DRAIN_MS = 10_000;

/** The built app's root: out/main/host.js sits two folders below it. */
const appRoot = resolve(__dirname, '..', '..');

async function main(): Promise<void> {
  capYoungGeneration();
  const parsed = parseHostOptions(process.argv.slice(2), process.env);
  if (parsed === 'help') {
    console.log(HOST_USAGE);
    return;
  }
  const { dataDir } = parsed;
  // Take the lock before touching keys or logs, so a second copy explains itself and changes nothing.
  lockDataDir(dataDir)();
  const log = createFileLog({ dir: join(dataDir, 'logs'), clock: systemClock });
  const master = resolveMasterKey({ dataDir, env: process.env, keyring: osKeyring(dataDir) });
  if (master.warning) {
    console.warn(`Warning: ${master.warning}`);
    log.warn('vault: master key in a file', { source: master.source });
  }
  const coreOptions: CoreOptions = {
    host: 'headless',
    version,
    dataDir,
    migrationsDir: join(appRoot, 'drizzle'),
    cipher: createAesGcmCipher(master.key, master.source, master.warning),
    preferences: createJsonFileStore(join(dataDir, 'preferences.json')),
    clock: systemClock,
    intakePort: parsed.intakePort,
    log,
    restart: () => void restart(),
  };
  let core: Core = createCore(coreOptions);
  let server: HostServer;
  // From the moment a restore is decided, pages' calls wait for the reopened core.
  const holdOnRestart = (c: Core): void => {
    c.events.subscribe((event) => {
      if (event === 'app:restarting') server.restarting();
    });
  };
  holdOnRestart(core);

  /** A restore was staged: running attempts get a bounded time, then the core opens again on the copy. */
  async function restart(): Promise<void> {
    log.info('host: restarting the core on restored data');
    server.restarting();
    const left = await core.desktop.sending.drain(RESTART_DRAIN_MS);
    if (left > 0) log.warn('host: restarting with attempts still running; they are sent again', { left });
    core.close();
    try {
      core = createCore(coreOptions);
    } catch (err) {
      console.error('Zero Bad Leads could not open its data again:', err instanceof Error ? err.message : err);
      log.error('host: reopening the core failed', { error: String(err) });
      process.exit(1);
    }
    holdOnRestart(core);
    server.replaceCore(core);
    log.info('host: core reopened');
  }
  try {
    server = await startHostServer({
      core,
      log,
      rendererDir: join(appRoot, 'out', 'renderer'),
      bind: parsed.bind,
      port: parsed.port,
      publicNames: parsed.publicNames,
      // `npm run dev` keeps one token across the host's restarts, so an open page reconnects.
      token: process.env.ZBL_TOKEN,
    });
  } catch (err) {
    core.close();
    throw err;
  }
  log.info('host: listening', { url: server.url, dataDir });
  console.log(`Zero Bad Leads is running at ${server.openUrl}`);
  console.log(`Data folder: ${dataDir}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof StartupError || err instanceof UsageError) {
    console.error(err.message);
    if (err instanceof UsageError) console.error(HOST_USAGE);
  } else {
    console.error('Zero Bad Leads could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
