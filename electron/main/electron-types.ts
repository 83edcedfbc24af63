import type * as Electron from 'electron';

/**
 * The part of Electron the shell uses. The shell takes it as a parameter (index.ts passes the real
 * module), so every behaviour is tested under plain Node against a faithful fake.
 */
export type ElectronModule = Pick<
  typeof Electron,
  | 'app'
  | 'BrowserWindow'
  | 'dialog'
  | 'ipcMain'
  | 'Menu'
  | 'nativeImage'
  | 'net'
  | 'Notification'
  | 'powerMonitor'
  | 'protocol'
  | 'safeStorage'
  | 'session'
  | 'shell'
  | 'Tray'
>;

export type BrowserWindow = Electron.BrowserWindow;
export type WebFrameMain = Electron.WebFrameMain;
