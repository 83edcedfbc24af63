import * as electron from 'electron';
import { autoUpdater } from 'electron-updater';
import { capYoungGeneration } from '../core/lib/young-generation';
import { runDesktopApp } from './desktop-app';
import { createElectronStores } from './preferences-store';

declare const __APP_VERSION__: string;

// Once the modules have loaded and before the app starts working: see docs/architecture.md, "Memory".
capYoungGeneration();

// The only place that hands the real Electron to the shell; everything else takes it as a parameter.
const desktop = runDesktopApp(electron, {
  version: __APP_VERSION__,
  mainDir: __dirname,
  resourcesPath: process.resourcesPath,
  platform: process.platform,
  env: process.env,
  process,
  stores: createElectronStores,
  // Read only when packaged: it finds the GitHub release in the app-update.yml electron-builder wrote.
  updater: () => autoUpdater,
});

// Reachable from the main process's console and from Playwright's `electronApp.evaluate` (the smoke test
// checks the tray); nothing in the page can reach the main process's globals.
Reflect.set(globalThis, Symbol.for('zbl.desktop'), desktop);
