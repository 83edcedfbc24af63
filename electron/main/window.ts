import { join } from 'node:path';
import { BrowserWindow, shell } from 'electron';
import type { createElectronStores } from './preferences-store';

type BoundsStore = ReturnType<typeof createElectronStores>['bounds'];

/** A locked-down window: isolated, sandboxed, no Node, no navigation away, no pop-ups. */
export function createMainWindow(bounds: BoundsStore): BrowserWindow {
  const saved = bounds.read();
  const win = new BrowserWindow({
    ...saved,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Zero Bad Leads',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const appUrl = process.env.ELECTRON_RENDERER_URL;
  win.webContents.on('will-navigate', (event, url) => {
    if (!appUrl || !url.startsWith(appUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.on('close', () => {
    bounds.write({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  });

  if (appUrl) void win.loadURL(appUrl);
  else void win.loadFile(join(__dirname, '../renderer/index.html'));
  return win;
}
