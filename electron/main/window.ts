import type { Log } from '../core/ports';
import type { BrowserWindow, ElectronModule } from './electron-types';
import type { createElectronStores } from './preferences-store';
import { APP_ORIGIN } from './protocol';

type BoundsStore = ReturnType<typeof createElectronStores>['bounds'];

/** Where the page comes from: the development server only when not packaged, else app://. */
export function rendererSource(isPackaged: boolean, env: NodeJS.ProcessEnv): { url: string; origin: string } {
  const dev = env.ELECTRON_RENDERER_URL;
  if (!isPackaged && dev) {
    try {
      const parsed = new URL(dev);
      if (parsed.protocol === 'http:' && (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1')) {
        return { url: dev, origin: parsed.origin };
      }
    } catch {
      // Not a URL: the built page below.
    }
  }
  return { url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN };
}

export interface WindowOptions {
  bounds: BoundsStore;
  preload: string;
  source: { url: string; origin: string };
  log: Log;
  /** Asked on every close: true hides the window instead (the app keeps running in the tray). */
  hideOnClose(): boolean;
  onHidden(): void;
}

const MAX_RELOADS = 3;
const RELOAD_WINDOW_MS = 60_000;

/** A locked-down window: isolated, sandboxed, no Node, no navigation away, no pop-ups. */
export function createMainWindow(e: Pick<ElectronModule, 'BrowserWindow' | 'shell'>, o: WindowOptions): BrowserWindow {
  const saved = o.bounds.read();
  const win = new e.BrowserWindow({
    ...saved,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Zero Bad Leads',
    webPreferences: {
      preload: o.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  win.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${o.source.origin}/`)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // Links to documentation open in the user's browser, never inside the app.
    if (url.startsWith('https://')) void e.shell.openExternal(url);
    return { action: 'deny' };
  });

  // A crashed or killed page is reloaded (a few times a minute at most, so a page that crashes at
  // once does not spin), and why is logged.
  const reloads: number[] = [];
  win.webContents.on('render-process-gone', (_event, details) => {
    o.log.error('window: the page process ended', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || win.isDestroyed()) return;
    const now = Date.now();
    while (reloads.length > 0 && (reloads[0] as number) < now - RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      o.log.error('window: the page keeps failing, not reloading again', { reloads: reloads.length });
      return;
    }
    reloads.push(now);
    win.webContents.reload();
  });

  win.on('close', (event) => {
    o.bounds.write({ ...win.getNormalBounds(), maximized: win.isMaximized() });
    if (o.hideOnClose()) {
      event.preventDefault();
      win.hide();
      o.onHidden();
    }
  });

  void win.loadURL(o.source.url);
  return win;
}

export function showWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
