import type { TFunction } from 'i18next';
import type { DesktopNotice } from '../core/desktop/notifier';
import type { BrowserWindow, ElectronModule } from './electron-types';

export function noticeText(notice: DesktopNotice, t: TFunction): { title: string; body: string } {
  const headline = t(`desktop.notify.${notice.kind}`, { count: notice.count });
  const title = notice.clientName
    ? t('desktop.notify.client', { client: notice.clientName, text: headline })
    : headline;
  return { title, body: t(`desktop.notify.${notice.kind}Body`) };
}

/** Shows one system notification; a click runs `onClick` (open the window on the right Logs view). */
export function createNotificationPresenter(e: Pick<ElectronModule, 'Notification'>) {
  // Electron drops the click of a notification that was garbage-collected: keep them until closed.
  const live = new Set<Electron.Notification>();
  return {
    show(notice: DesktopNotice, t: TFunction, onClick: () => void): boolean {
      if (!e.Notification.isSupported()) return false;
      const n = new e.Notification(noticeText(notice, t));
      live.add(n);
      n.on('click', () => {
        live.delete(n);
        onClick();
      });
      n.on('close', () => live.delete(n));
      n.show();
      return true;
    },
  };
}

/**
 * The count that needs attention on the dock (macOS), the launcher (Linux's Unity API) or, on
 * Windows, as an overlay on the taskbar button with the count in its description.
 */
export function applyBadge(
  e: Pick<ElectronModule, 'app' | 'nativeImage'>,
  o: { count: number; platform: NodeJS.Platform; window: BrowserWindow | null; overlayPath: string; t: TFunction },
): void {
  if (o.platform === 'win32') {
    if (!o.window || o.window.isDestroyed()) return;
    o.window.setOverlayIcon(
      o.count > 0 ? e.nativeImage.createFromPath(o.overlayPath) : null,
      o.count > 0 ? o.t('desktop.badge.attention', { count: o.count }) : '',
    );
    return;
  }
  e.app.setBadgeCount(o.count);
}
