import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { Core } from '../core';
import { createNotifier } from '../core/desktop/notifier';
import { createStatusWatcher } from '../core/desktop/status-watcher';
import type { Clock, Log, Timers } from '../core/ports';
import type { BrowserWindow, ElectronModule } from './electron-types';
import { applyBadge, createNotificationPresenter } from './notifications';
import type { createTray } from './tray';

export interface CoreWiringOptions {
  platform: NodeJS.Platform;
  icons: string;
  clock: Clock;
  timers: Timers;
  log: Log;
  tray: ReturnType<typeof createTray>;
  window(): BrowserWindow | null;
  t(): TFunction;
  /** The user's language changed: the shell's own strings follow. */
  retranslate(): void;
  /** Shows the window (a notification was clicked). */
  open(): void;
  /** The core is about to close for a restore: calls from the page wait from now on. */
  onRestarting(): void;
}

/**
 * What the shell attaches to one core: its events forwarded to the page, the tray and the badge
 * kept current, notifications. A restore replaces the core; this is undone and done again.
 */
export function wireCore(e: ElectronModule, running: Core, o: CoreWiringOptions) {
  const { tray } = o;
  const redrawTray = (): void => tray.update(running.desktop.status(), o.t());
  const unsubscribe = running.events.subscribe((event, payload) => {
    for (const w of e.BrowserWindow.getAllWindows()) w.webContents.send(event, payload);
    if (event === 'settings:changed') {
      o.retranslate();
      redrawTray();
    }
    if (event === 'app:restarting') o.onRestarting();
    if (event === 'desktop:settingsChanged' && 'openAtLogin' in payload) {
      e.app.setLoginItemSettings({ openAtLogin: payload.openAtLogin });
    }
  });

  const watcher = createStatusWatcher({
    events: running.events,
    timers: o.timers,
    read: () => running.desktop.status(),
    onChange: (status) => {
      tray.update(status, o.t());
      applyBadge(e, {
        count: status.needsAttention,
        platform: o.platform,
        window: o.window(),
        overlayPath: join(o.icons, 'attention.png'),
        t: o.t(),
      });
    },
    onError: (err) => o.log.error('desktop: reading the status failed', { error: String(err) }),
  });

  const presenter = createNotificationPresenter(e);
  const notifier = createNotifier({
    events: running.events,
    clock: o.clock,
    timers: o.timers,
    settings: () => running.desktop.settings.read().notifications,
    status: () => running.desktop.status(),
    clientName: (id) => running.desktop.clientName(id),
    show: (notice) => {
      presenter.show(notice, o.t(), () => {
        o.open();
        running.events.emit('app:openLogs', notice.target);
      });
    },
  });

  return {
    redrawTray,
    refreshStatus: watcher.refreshSoon,
    dispose(): void {
      unsubscribe();
      notifier.stop();
      watcher.stop();
    },
  };
}

export type CoreWiring = ReturnType<typeof wireCore>;
