import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { createCore, type Core, type CoreOptions } from '../core';
import { createFileLog } from '../core/logs/file-log';
import { systemTimers } from '../core/http/timers';
import { systemClock, type Clock, type Log, type PreferencesStore, type Timers } from '../core/ports';
import { wireCore, type CoreWiring } from './core-wiring';
import { installCrashHandlers } from './crash';
import type { BrowserWindow, ElectronModule } from './electron-types';
import { createFileDialogs } from './file-dialogs';
import { createTranslator, resolveLanguage } from './i18n';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { lockPermissions } from './permissions';
import { chooseNativeBinding } from './native-binding';
import type { createElectronStores } from './preferences-store';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { installQuitFlow, QUIT_DRAIN_MS } from './quit';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { createTray } from './tray';
import { createUpdaterPort, type Updater } from './updates';
import { createMainWindow, rendererSource, showWindow } from './window';

type Stores = { preferences: PreferencesStore; bounds: ReturnType<typeof createElectronStores>['bounds'] };

export interface DesktopAppOptions {
  version: string;
  /** The folder of the built main script (out/main): the preload and the page sit beside it. */
  mainDir: string;
  /** Electron's `process.resourcesPath` (icons and migrations when packaged). */
  resourcesPath: string;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  process: Pick<NodeJS.Process, 'on'>;
  stores(): Stores;
  clock?: Clock;
  timers?: Timers;
  /** Echo the log to the console; in development by default. */
  logEcho?: boolean;
  /** Tests add connectors and fakes to the core here. */
  coreOptions?: Partial<CoreOptions>;
  /** electron-updater's updater (GitHub releases); only a packaged app updates itself. */
  updater?: () => Updater;
}

export interface DesktopApp {
  /** Settles once the window is open, or the start-up failure was shown. */
  ready: Promise<void>;
  readonly core: Core | null;
  readonly window: BrowserWindow | null;
  readonly tray: { readonly tooltip: string; readonly tray: Electron.Tray } | null;
  readonly log: Log & { file: string };
}

/**
 * The Electron shell: one window over the core, a tray icon that keeps the app reachable while
 * the window is closed, system notifications, the badge, and a quit that asks when leads wait.
 */
export function runDesktopApp(e: ElectronModule, o: DesktopAppOptions): DesktopApp {
  const { app } = e;
  // The same override of the data folder as the headless host (tests, a second profile).
  if (o.env.ZBL_DATA_DIR) app.setPath('userData', o.env.ZBL_DATA_DIR);
  const clock = o.clock ?? systemClock;
  const timers = o.timers ?? systemTimers;
  const dataDir = app.getPath('userData');
  const log = createFileLog({ dir: join(dataDir, 'logs'), clock, echo: o.logEcho ?? !app.isPackaged });
  const icons = app.isPackaged ? join(o.resourcesPath, 'icons') : join(app.getAppPath(), 'resources');
  let core: Core | null = null;
  let win: BrowserWindow | null = null;
  let trayHandle: DesktopApp['tray'] = null;
  let t: TFunction = createTranslator(resolveLanguage('system', app.getLocale()));

  function fatal(err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    log.error('app: could not start', {
      reason: typeof err === 'object' && err !== null && 'reason' in err ? String(err.reason) : null,
      error: message,
      stack: err instanceof Error ? (err.stack ?? null) : null,
    });
    e.dialog.showErrorBox(
      t('desktop.startup.title'),
      `${message}\n\n${t('desktop.startup.logged', { file: log.file })}`,
    );
    app.exit(1);
  }

  installCrashHandlers(o.process, { log, started: () => core !== null, onFatal: fatal });
  // Before `ready`: the page's scheme must be known to Chromium from the start.
  registerAppScheme(e.protocol);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(), core: null, window: null, tray: null, log };
  }
  app.on('second-instance', () => {
    if (win && !win.isDestroyed()) showWindow(win);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  function start(): void {
    const stores = o.stores();
    const updater = app.isPackaged && o.updater ? o.updater() : null;
    const updaterPort = updater
      ? createUpdaterPort({ updater, log, clock, timers, restart: (install) => quit.quitFor(install) })
      : null;
    const coreOptions: CoreOptions = {
      host: 'electron',
      version: o.version,
      dataDir,
      migrationsDir: app.isPackaged ? join(o.resourcesPath, 'drizzle') : join(app.getAppPath(), 'drizzle'),
      cipher: createSafeStorageCipher(e.safeStorage),
      preferences: stores.preferences,
      clock,
      timers: o.timers,
      log,
      nativeBinding: chooseNativeBinding({ isPackaged: app.isPackaged, appPath: app.getAppPath() }),
      // OAuth sign-ins open in the user's browser; the window itself never opens pages.
      openExternal: (url) => e.shell.openExternal(url),
      files: createFileDialogs(e, { window: () => win, t: () => t }),
      restart: () => void restart(),
      ...o.coreOptions,
      updater: updaterPort ?? undefined,
      // Every request of the core (dispatches, wizard lookups, OAuth tokens) goes through Chromium's
      // network stack, so system proxies and certificates installed by the company are honoured.
      dispatch: { fetch: (input, init) => e.net.fetch(input, init), ...o.coreOptions?.dispatch },
    };
    let running = createCore(coreOptions);
    core = running;
    const settings = () => running.desktop.settings;
    const retranslate = (): void => {
      t = createTranslator(resolveLanguage(running.desktop.preferences().language, app.getLocale()));
    };
    retranslate();

    // Hardening: the page comes from app:// (or the dev server, only unpackaged), asks for no
    // permission, and every IPC call is checked against the frame that sent it.
    const source = rendererSource(app.isPackaged, o.env);
    handleAppProtocol(e.protocol, join(o.mainDir, '..', 'renderer'));
    lockPermissions(e.session.defaultSession, source.origin);

    /** Settled while a core is open; pending while a restore reopens it (calls wait for it). */
    let opened: Promise<void> = Promise.resolve();
    let reopened: (() => void) | null = null;
    const holdCalls = (): void => {
      if (reopened) return;
      opened = new Promise<void>((resolve) => (reopened = resolve));
    };
    let wiring: CoreWiring | null = null;
    registerIpc({
      ipcMain: e.ipcMain,
      core: {
        channels: running.channels,
        dispatch: (channel, input) => opened.then(() => running.dispatch(channel, input)),
      },
      allowedOrigins: [source.origin],
      log,
      after: (channel) => {
        if (channel === 'logs:markSeen') wiring?.refreshStatus();
      },
    });
    // Retries that fell due while the machine slept go out now (the limiter paces them).
    e.powerMonitor.on('resume', () => running.desktop.sending.wake());
    e.Menu.setApplicationMenu(buildMenu(e));

    const quit = installQuitFlow(e, {
      status: () => running.desktop.status(),
      drain: (ms) => running.desktop.sending.drain(ms),
      close: () => running.close(),
      t: () => t,
      window: () => win,
      log,
    });

    const open = (): void => {
      if (!win || win.isDestroyed()) win = openWindow();
      showWindow(win);
    };
    const openWindow = (): BrowserWindow =>
      createMainWindow(e, {
        bounds: stores.bounds,
        preload: join(o.mainDir, '..', 'preload', 'index.js'),
        source,
        log,
        hideOnClose: () => !quit.quitting && settings().read().closeToTray,
        onHidden: () => {
          if (settings().read().closeNoticeShown) return;
          settings().update({ closeNoticeShown: true });
          if (!e.Notification.isSupported()) return;
          const place = o.platform === 'darwin' ? t('desktop.closeNotice.menuBar') : t('desktop.closeNotice.tray');
          new e.Notification({
            title: t('desktop.closeNotice.title'),
            body: t('desktop.closeNotice.body', { place }),
          }).show();
        },
      });

    const tray = createTray(e, {
      iconPath: join(icons, 'icon.png'),
      platform: o.platform,
      actions: {
        open,
        pause: () => running.desktop.sending.pause.pause(),
        resume: () => running.desktop.sending.pause.resume(),
        quit: () => app.quit(),
      },
    });
    trayHandle = tray;

    const wire = (): CoreWiring =>
      wireCore(e, running, {
        platform: o.platform,
        icons,
        clock,
        timers,
        log,
        tray,
        window: () => win,
        t: () => t,
        retranslate,
        open,
        onRestarting: holdCalls,
      });
    wiring = wire();

    /**
     * A restore was staged: running attempts get the quit's bounded time, the core closes and opens
     * again on the same folder (applying the restored copy), and the page reloads on it.
     */
    async function restart(): Promise<void> {
      holdCalls();
      log.info('app: restarting the core on restored data');
      wiring?.dispose();
      wiring = null;
      const left = await running.desktop.sending.drain(QUIT_DRAIN_MS);
      if (left > 0) log.warn('app: restarting with attempts still running; they are sent again', { left });
      running.close();
      try {
        running = createCore(coreOptions);
      } catch (err) {
        fatal(err);
        return;
      }
      core = running;
      retranslate();
      wiring = wire();
      reopened?.();
      reopened = null;
      wiring.redrawTray();
      if (win && !win.isDestroyed()) win.webContents.reload();
      log.info('app: core reopened');
    }

    app.on('window-all-closed', () => app.quit());
    app.on('activate', open);
    app.on('will-quit', () => {
      updaterPort?.stop();
      wiring?.dispose();
      tray.destroy();
      running.close();
    });

    const current = settings().read();
    app.setLoginItemSettings({ openAtLogin: current.openAtLogin });
    win = openWindow();
    if (!current.openAtLoginProposed) {
      win.once('ready-to-show', () => {
        proposeOpenAtLogin().catch((err: unknown) =>
          log.error('app: proposing to start at login failed', { error: String(err) }),
        );
      });
    }
    updaterPort?.start();
    log.info('app: started', { packaged: app.isPackaged, platform: o.platform, updates: updaterPort !== null });

    // Retries and the intake API run only while the app runs: say so once, at the first run.
    async function proposeOpenAtLogin(): Promise<void> {
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        buttons: [t('desktop.login.yes'), t('desktop.login.no')],
        defaultId: 0,
        cancelId: 1,
        title: t('desktop.login.title'),
        message: t('desktop.login.message'),
        detail: t('desktop.login.detail'),
      };
      const { response } = await (win ? e.dialog.showMessageBox(win, options) : e.dialog.showMessageBox(options));
      settings().update({ openAtLoginProposed: true, openAtLogin: response === 0 });
    }
  }

  const ready = app.whenReady().then(() => {
    try {
      start();
    } catch (err) {
      fatal(err);
    }
  });

  return {
    ready,
    get core() {
      return core;
    },
    get window() {
      return win;
    },
    get tray() {
      return trayHandle;
    },
    log,
  };
}
