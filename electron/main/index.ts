import * as electron from 'electron';
import { runDesktopApp } from './desktop-app';
import { createElectronStores } from './preferences-store';

declare const __APP_VERSION__: string;

// The only place that hands the real Electron to the shell; everything else takes it as a parameter.
runDesktopApp(electron, {
  version: __APP_VERSION__,
  mainDir: __dirname,
  resourcesPath: process.resourcesPath,
  platform: process.platform,
  env: process.env,
  process,
  stores: createElectronStores,
});
