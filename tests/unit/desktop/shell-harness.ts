import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Connector } from '../../../electron/core/integrations/connector';
import { alwaysOnline } from '../../../electron/core/http/network';
import type { PreferencesStore } from '../../../electron/core/ports';
import { runDesktopApp, type DesktopApp, type DesktopAppOptions } from '../../../electron/main/desktop-app';
import { ELECTRON_NATIVE_DIR } from '../../../electron/main/native-binding';
import { tempDir } from '../support/core-harness';
import { FakeTime } from '../support/fake-time';
import { createFakeElectron, type FakeElectron } from './fake-electron';

const ROOT = resolve(__dirname, '../../..');
const NODE_BUILD = createRequire(__filename).resolve('better-sqlite3/build/Release/better_sqlite3.node');

export interface ShellOptions {
  isPackaged?: boolean;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  connectors?: readonly Connector<unknown>[];
  /** Leave out Electron's build of SQLite (a checkout where `npm run rebuild:electron` never ran). */
  withoutNativeBuild?: boolean;
  /** A native build that cannot load. */
  brokenNativeBuild?: boolean;
  preferences?: Record<string, unknown>;
  /** A first run: nothing stored yet, so starting at login is proposed. */
  firstRun?: boolean;
  /** Buttons pressed in the message boxes the app shows, in order. */
  answers?: number[];
  /** electron-updater's updater (only a packaged app uses it). */
  updater?: DesktopAppOptions['updater'];
  /** The core's own connectors and network instead of the test ones. */
  realDispatch?: boolean;
  version?: string;
}

export interface Shell {
  e: FakeElectron;
  app: DesktopApp;
  time: FakeTime;
  proc: EventEmitter;
  prefs: () => Record<string, unknown>;
  appPath: string;
  userData: string;
  cleanup(): void;
}

/**
 * A checkout as `npm install` leaves it where Electron installs: the migrations, the icons, the
 * built page and Electron's own SQLite build beside Node's. The shell runs on the fake Electron.
 */
export async function startShell(o: ShellOptions = {}): Promise<Shell> {
  const tmp = tempDir('zbl-shell-');
  const appPath = join(tmp.dir, 'app');
  const userData = join(tmp.dir, 'user-data');
  mkdirSync(join(appPath, 'out', 'main'), { recursive: true });
  mkdirSync(join(appPath, 'out', 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>Zero Bad Leads</title>');
  writeFileSync(join(appPath, 'out', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  mkdirSync(userData);
  symlinkSync(join(ROOT, 'drizzle'), join(appPath, 'drizzle'));
  symlinkSync(join(ROOT, 'resources'), join(appPath, 'resources'));
  if (!o.withoutNativeBuild) {
    mkdirSync(join(appPath, ELECTRON_NATIVE_DIR), { recursive: true });
    const target = join(appPath, ELECTRON_NATIVE_DIR, 'better_sqlite3.node');
    if (o.brokenNativeBuild) writeFileSync(target, 'built for another runtime');
    else copyFileSync(NODE_BUILD, target);
  }

  const e = createFakeElectron({ userData, appPath, isPackaged: o.isPackaged });
  e.fake.dialog.responses.push(...(o.answers ?? []));
  const time = new FakeTime();
  const proc = new EventEmitter();
  let prefs: Record<string, unknown> = o.preferences ?? (o.firstRun ? {} : { desktop: { openAtLoginProposed: true } });
  const preferences: PreferencesStore = {
    read: () => prefs,
    write: (value) => {
      prefs = structuredClone(value);
    },
  };
  let bounds = { width: 1280, height: 820, maximized: false };
  const app = runDesktopApp(e.electron, {
    version: o.version ?? '0.0.0-test',
    mainDir: join(appPath, 'out', 'main'),
    // Packaged, migrations and icons come from the resources folder.
    resourcesPath: ROOT,
    platform: o.platform ?? 'linux',
    env: o.env ?? {},
    process: proc as unknown as NodeJS.Process,
    stores: () => ({
      preferences,
      bounds: {
        read: () => bounds,
        write: (b) => {
          bounds = b;
        },
      },
    }),
    clock: time,
    timers: time,
    logEcho: false,
    coreOptions: {
      intakePort: 0,
      dispatch: o.realDispatch ? { network: alwaysOnline } : { connectors: o.connectors ?? [], network: alwaysOnline },
    },
    updater: o.updater,
  });
  e.ready();
  await app.ready;
  await time.flush();
  return {
    e,
    app,
    time,
    proc,
    prefs: () => prefs,
    appPath,
    userData,
    cleanup() {
      app.core?.close();
      tmp.cleanup();
    },
  };
}

/** The app's own page, as the IPC sender. */
export const appFrame = { url: 'app://app/index.html', parent: null };

export function logLines(shell: Shell): Array<Record<string, unknown>> {
  return readFileSync(shell.app.log.file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
