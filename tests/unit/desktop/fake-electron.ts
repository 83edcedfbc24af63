import { EventEmitter } from 'node:events';
import type { ElectronModule } from '../../../electron/main/electron-types';

/**
 * A fake of the Electron main-process APIs the shell uses, behaving like the real ones where the
 * shell depends on it: events with `preventDefault`, `quit()` going through `before-quit` and
 * `will-quit`, a window's `close` that can be cancelled, `window-all-closed` when the last one goes,
 * IPC handlers invoked with a sender frame, dialogs answering what the test queued.
 */

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

class FakeWebContents extends EventEmitter {
  sent: Array<{ channel: string; payload: unknown }> = [];
  reloads = 0;
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  reload(): void {
    this.reloads++;
  }
}

export function createFakeElectron(o: { userData: string; appPath: string; isPackaged?: boolean }) {
  const windows: FakeBrowserWindow[] = [];
  let isReady = false;
  let readyResolve!: () => void;
  const readyPromise = new Promise<void>((r) => (readyResolve = r));

  class FakeApp extends EventEmitter {
    isPackaged = o.isPackaged ?? false;
    badgeCount = 0;
    loginItem: { openAtLogin: boolean } | null = null;
    exitCode: number | null = null;
    quitCount = 0;
    /** Set once `will-quit` went out: the real app would be gone. */
    quitted = false;
    private userData = o.userData;
    getPath(name: string): string {
      if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
      return this.userData;
    }
    setPath(name: string, path: string): void {
      if (name !== 'userData') throw new Error(`unexpected setPath(${name})`);
      this.userData = path;
    }
    getAppPath(): string {
      return o.appPath;
    }
    getLocale(): string {
      return 'en-US';
    }
    requestSingleInstanceLock(): boolean {
      return true;
    }
    whenReady(): Promise<void> {
      return readyPromise;
    }
    quit(): void {
      this.quitCount++;
      const event = new FakeEvent();
      this.emit('before-quit', event);
      if (event.defaultPrevented) return;
      // Like Electron: windows are closed first; one that cancels its close cancels the quit.
      for (const w of [...windows]) {
        if (!w.closeForQuit()) return;
      }
      const willQuit = new FakeEvent();
      this.emit('will-quit', willQuit);
      if (!willQuit.defaultPrevented) this.quitted = true;
    }
    exit(code = 0): void {
      this.exitCode = code;
    }
    setBadgeCount(count: number): boolean {
      this.badgeCount = count;
      return true;
    }
    setLoginItemSettings(settings: { openAtLogin: boolean }): void {
      this.loginItem = settings;
    }
  }
  const app = new FakeApp();

  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows(): FakeBrowserWindow[] {
      return [...windows];
    }
    webContents = new FakeWebContents();
    visible = false;
    destroyed = false;
    loaded: string | null = null;
    overlay: { image: unknown; description: string } | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded = url;
      // The page is ready soon after it starts loading.
      setImmediate(() => this.emit('ready-to-show'));
      return Promise.resolve();
    }
    show(): void {
      this.visible = true;
    }
    hide(): void {
      this.visible = false;
    }
    focus(): void {}
    isVisible(): boolean {
      return this.visible;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setOverlayIcon(image: unknown, description: string): void {
      this.overlay = { image, description };
    }
    /** The user clicks the window's close button. */
    close(): void {
      if (this.destroyed) return;
      const event = new FakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroy();
      if (windows.length === 0) app.emit('window-all-closed');
    }
    closeForQuit(): boolean {
      const event = new FakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return false;
      this.destroy();
      return true;
    }
    destroy(): void {
      this.destroyed = true;
      this.visible = false;
      windows.splice(windows.indexOf(this), 1);
      this.emit('closed');
    }
    /** The page's process died. */
    crash(reason: string): void {
      this.webContents.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 139 });
    }
  }

  type Handler = (event: { senderFrame: FakeFrame | null }, input: unknown) => unknown;
  const ipcMain = {
    handlers: new Map<string, Handler>(),
    handle(channel: string, handler: Handler): void {
      if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      this.handlers.set(channel, handler);
    },
    /** What `ipcRenderer.invoke` does from a frame. */
    invoke(channel: string, input: unknown, senderFrame: FakeFrame | null): Promise<unknown> {
      const handler = this.handlers.get(channel);
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
      return Promise.resolve(handler({ senderFrame }, input));
    },
  };

  interface MenuItem {
    label?: string;
    type?: string;
    enabled?: boolean;
    click?: () => void;
  }
  class FakeMenu {
    constructor(readonly items: MenuItem[]) {}
    static applicationMenu: FakeMenu | null = null;
    static buildFromTemplate(template: MenuItem[]): FakeMenu {
      return new FakeMenu(template);
    }
    static setApplicationMenu(menu: FakeMenu | null): void {
      FakeMenu.applicationMenu = menu;
    }
  }

  const trays: FakeTray[] = [];
  class FakeTray extends EventEmitter {
    tooltip = '';
    menu: FakeMenu | null = null;
    destroyed = false;
    constructor(readonly image: unknown) {
      super();
      trays.push(this);
    }
    setToolTip(text: string): void {
      this.tooltip = text;
    }
    setContextMenu(menu: FakeMenu): void {
      this.menu = menu;
    }
    destroy(): void {
      this.destroyed = true;
    }
    /** The label of every item, separators as '—'. */
    labels(): string[] {
      return (this.menu?.items ?? []).map((i) => (i.type === 'separator' ? '—' : (i.label ?? '')));
    }
    clickItem(label: string): void {
      const item = this.menu?.items.find((i) => i.label === label);
      if (!item?.click) throw new Error(`No tray item "${label}" in ${JSON.stringify(this.labels())}`);
      item.click();
    }
  }

  const notifications: FakeNotification[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported(): boolean {
      return true;
    }
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
    }
    show(): void {
      this.shown = true;
      notifications.push(this);
    }
    click(): void {
      this.emit('click', new FakeEvent());
    }
  }

  const dialog = {
    /** Answers of the next message boxes, in order (the index of the button pressed). */
    responses: [] as number[],
    messageBoxes: [] as Array<Record<string, unknown>>,
    errorBoxes: [] as Array<{ title: string; content: string }>,
    showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
      const options = args[args.length - 1] as Record<string, unknown>;
      dialog.messageBoxes.push(options);
      const response = dialog.responses.shift();
      if (response === undefined) throw new Error(`Unexpected dialog: ${String(options.message)}`);
      return Promise.resolve({ response, checkboxChecked: false });
    },
    showErrorBox(title: string, content: string): void {
      dialog.errorBoxes.push({ title, content });
    },
    /** Paths the next open and save dialogs answer with, in order (null: the user cancelled). */
    openPaths: [] as Array<string | null>,
    savePaths: [] as Array<string | null>,
    fileDialogs: [] as Array<Record<string, unknown>>,
    showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
      const options = args[args.length - 1] as Record<string, unknown>;
      dialog.fileDialogs.push(options);
      const path = dialog.openPaths.shift();
      if (path === undefined) throw new Error(`Unexpected open dialog: ${String(options.title)}`);
      return Promise.resolve(
        path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
      );
    },
    showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
      const options = args[args.length - 1] as Record<string, unknown>;
      dialog.fileDialogs.push(options);
      const path = dialog.savePaths.shift();
      if (path === undefined) throw new Error(`Unexpected save dialog: ${String(options.title)}`);
      return Promise.resolve(path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path });
    },
  };

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      // Electron throws here too: schemes are fixed once the app is ready.
      if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
      protocol.handlers.set(scheme, handler);
    },
  };

  const net = {
    requests: [] as string[],
    fetch(input: string, init?: RequestInit): Promise<Response> {
      net.requests.push(input);
      return fetch(input, init);
    },
  };

  type RequestHandler = (
    wc: unknown,
    permission: string,
    callback: (ok: boolean) => void,
    details: { requestingUrl?: string },
  ) => void;
  type CheckHandler = (wc: unknown, permission: string, requestingOrigin: string) => boolean;
  const defaultSession: {
    requestHandler: RequestHandler | null;
    checkHandler: CheckHandler | null;
    setPermissionRequestHandler(handler: RequestHandler | null): void;
    setPermissionCheckHandler(handler: CheckHandler | null): void;
  } = {
    requestHandler: null,
    checkHandler: null,
    setPermissionRequestHandler(handler) {
      defaultSession.requestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      defaultSession.checkHandler = handler;
    },
  };

  const opened: string[] = [];
  const shell = {
    opened,
    openExternal(url: string): Promise<void> {
      opened.push(url);
      return Promise.resolve();
    },
  };

  const fake = {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog,
    ipcMain,
    Menu: FakeMenu,
    nativeImage: {
      createFromPath: (path: string) => ({ path, resize: () => ({ path }) }),
    },
    net,
    Notification: FakeNotification,
    powerMonitor: new EventEmitter(),
    protocol,
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
      decryptString: (sealed: Buffer) => sealed.toString().replace(/^sealed:/, ''),
    },
    session: { defaultSession },
    shell,
    Tray: FakeTray,
  };

  return {
    fake,
    /** What the shell receives: the fake, typed as the part of Electron it uses. */
    electron: fake as unknown as ElectronModule,
    windows,
    trays,
    notifications,
    /** Electron's `ready`. */
    ready(): void {
      isReady = true;
      app.emit('ready');
      readyResolve();
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
