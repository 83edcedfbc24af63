import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, session, shell } from 'electron';
import { createCore, type Core } from '../core';
import { createFileLog } from '../core/logs/file-log';
import { systemClock } from '../core/ports';
import { buildMenu } from './menu';
import { createElectronStores } from './preferences-store';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { createMainWindow } from './window';

declare const __APP_VERSION__: string;

let core: Core | null = null;

function start(): void {
  const dataDir = app.getPath('userData');
  const log = createFileLog({ dir: join(dataDir, 'logs'), clock: systemClock, echo: !app.isPackaged });
  const stores = createElectronStores();
  core = createCore({
    host: 'electron',
    version: __APP_VERSION__,
    dataDir,
    migrationsDir: app.isPackaged ? join(process.resourcesPath, 'drizzle') : join(app.getAppPath(), 'drizzle'),
    cipher: createSafeStorageCipher(),
    preferences: stores.preferences,
    clock: systemClock,
    log,
    // OAuth sign-ins open in the user's browser; the window itself never opens pages.
    openExternal: (url) => shell.openExternal(url),
  });
  const running = core;
  // Same dispatch function as the headless bridge: the transports differ, the behaviour cannot.
  for (const channel of running.channels) {
    ipcMain.handle(channel, (_event, input: unknown) => running.dispatch(channel, input));
  }
  running.events.subscribe((event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(event, payload);
  });
  // Retries that fell due while the machine slept go out now (the limiter paces them).
  powerMonitor.on('resume', () => running.engine.wake());
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  Menu.setApplicationMenu(buildMenu());
  createMainWindow(stores.bounds);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    try {
      start();
    } catch (err) {
      dialog.showErrorBox('Zero Bad Leads could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    }
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createMainWindow(createElectronStores().bounds);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
