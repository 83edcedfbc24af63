import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { StartupError } from './connection';

export const APP_DIR_NAME = 'Zero Bad Leads';
/** The database's file in the data folder. */
export const DB_FILE = 'zero-bad-leads.db';

/** The platform's per-user application data folder, the same one Electron uses as `userData`. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return typeof err === 'object' && err !== null && 'code' in err && err.code === 'EPERM';
  }
}

/**
 * One running app per data folder: two schedulers on one outbox would send leads twice.
 * A lock left by a process that died is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'app.lock');
  for (let tries = 0; tries < 2; tries++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if (!(typeof err === 'object' && err !== null && 'code' in err && err.code === 'EEXIST')) {
        throw new StartupError('unwritable', `Cannot write in the data folder ${dataDir}: ${String(err)}`, {
          cause: err,
        });
      }
      const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && processAlive(pid)) {
        throw new StartupError(
          'locked',
          `Zero Bad Leads is already running with the data folder ${dataDir} (process ${pid}). ` +
            'Close that copy first, or start this one with another data folder.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new StartupError('locked', `Could not lock the data folder ${dataDir}.`);
}
