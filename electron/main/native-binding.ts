import { join } from 'node:path';
import type { NativeBinding } from '../core/db/connection';

/** Where `npm run rebuild:electron` (run by `npm install` when Electron is there) puts Electron's build. */
export const ELECTRON_NATIVE_DIR = join('native', 'electron');

/**
 * SQLite's native module for this runtime. Packaged, electron-builder rebuilt the package's own
 * copy for Electron, so the default is right. From a checkout, node_modules holds Node's build (the
 * tests and the headless host need it), so Electron loads its own, kept beside it.
 */
export function chooseNativeBinding(o: { isPackaged: boolean; appPath: string }): NativeBinding {
  if (o.isPackaged) {
    return { path: undefined, remedy: 'The installation is damaged: reinstall Zero Bad Leads.' };
  }
  return {
    path: join(o.appPath, ELECTRON_NATIVE_DIR, 'better_sqlite3.node'),
    remedy:
      'Build it for Electron with "npm run rebuild:electron" (it needs the network once), then run "npm start" again. ' +
      'Or use the app in your browser with "npm start -- --headless".',
  };
}
