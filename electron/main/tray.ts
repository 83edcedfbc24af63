import type { TFunction } from 'i18next';
import type { SendingStatus } from '#contract';
import type { ElectronModule } from './electron-types';

/** The state at a glance, as the tray's first lines and its tooltip say it. */
export function trayLines(status: SendingStatus, t: TFunction): { state: string; attention: string | null } {
  const waiting = status.waiting + status.sending;
  const state = status.paused
    ? waiting > 0
      ? t('desktop.tray.paused', { count: waiting })
      : t('desktop.tray.pausedIdle')
    : waiting > 0
      ? t('desktop.tray.sending', { count: waiting })
      : t('desktop.tray.idle');
  const attention = status.needsAttention > 0 ? t('desktop.tray.attention', { count: status.needsAttention }) : null;
  return { state, attention };
}

export interface TrayActions {
  open(): void;
  pause(): void;
  resume(): void;
  quit(): void;
}

/** The tray icon (menu bar on macOS): the state, and open, pause or resume all sending, quit. */
export function createTray(
  e: Pick<ElectronModule, 'Tray' | 'Menu' | 'nativeImage'>,
  o: { iconPath: string; platform: NodeJS.Platform; actions: TrayActions },
) {
  const size = o.platform === 'darwin' ? 18 : 16;
  const image = e.nativeImage.createFromPath(o.iconPath).resize({ width: size, height: size });
  const tray = new e.Tray(image);
  // On Windows and Linux a click on the icon opens the window; on macOS it shows the menu.
  if (o.platform !== 'darwin') tray.on('click', () => o.actions.open());

  let tooltip = 'Zero Bad Leads';
  return {
    tray,
    /** What the tooltip says now (Electron has no getter for it). */
    get tooltip(): string {
      return tooltip;
    },
    update(status: SendingStatus, t: TFunction): void {
      const lines = trayLines(status, t);
      tooltip = [`Zero Bad Leads`, lines.state, lines.attention].filter(Boolean).join('\n');
      tray.setToolTip(tooltip);
      const menu = e.Menu.buildFromTemplate([
        { label: lines.state, enabled: false },
        ...(lines.attention ? [{ label: lines.attention, enabled: false }] : []),
        { type: 'separator' },
        { label: t('desktop.tray.open'), click: () => o.actions.open() },
        status.paused
          ? { label: t('desktop.tray.resume'), click: () => o.actions.resume() }
          : { label: t('desktop.tray.pause'), click: () => o.actions.pause() },
        { type: 'separator' },
        { label: t('desktop.tray.quit'), click: () => o.actions.quit() },
      ]);
      tray.setContextMenu(menu);
    },
    destroy: () => tray.destroy(),
  };
}
