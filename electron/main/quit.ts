import type { TFunction } from 'i18next';
import type { SendingStatus } from '#contract';
import type { Log } from '../core/ports';
import type { BrowserWindow, ElectronModule } from './electron-types';

/** How long attempts already running get to finish when the app quits. */
export const QUIT_DRAIN_MS = 10_000;

export interface QuitFlowOptions {
  status(): SendingStatus;
  /** Starts nothing new and waits (bounded) for running attempts; answers how many were left. */
  drain(maxMs: number): Promise<number>;
  /** Closes the core (database, servers). */
  close(): void;
  t(): TFunction;
  window(): BrowserWindow | null;
  log: Log;
  drainMs?: number;
}

/**
 * Every way of quitting (tray, menu, Cmd+Q, the last window closed with close-to-tray off) comes
 * through `before-quit`: with leads waiting or being sent it asks first, saying how many; then
 * running attempts get a bounded time to finish and be recorded before the database closes.
 * A system shutdown does not ask (nothing could answer), but still lets attempts finish.
 */
export function installQuitFlow(e: Pick<ElectronModule, 'app' | 'dialog' | 'powerMonitor'>, o: QuitFlowOptions) {
  let confirmed = false;
  let closing = false;
  let busy = false;

  async function finish(then: () => void = () => e.app.quit()): Promise<void> {
    closing = true;
    const left = await o.drain(o.drainMs ?? QUIT_DRAIN_MS);
    if (left > 0)
      o.log.warn('app: quitting with attempts still running; they are sent again at the next start', { left });
    o.close();
    then();
  }

  async function decide(): Promise<void> {
    const status = o.status();
    const open = status.waiting + status.sending;
    if (open > 0 && !confirmed) {
      const t = o.t();
      const win = o.window();
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        buttons: [t('desktop.quit.confirm'), t('desktop.quit.cancel')],
        defaultId: 1,
        cancelId: 1,
        title: t('desktop.quit.title'),
        message: t('desktop.quit.message', { count: open }),
        detail: [
          status.sending > 0 ? t('desktop.quit.sendingNow', { count: status.sending }) : null,
          t('desktop.quit.detail'),
        ]
          .filter(Boolean)
          .join('\n\n'),
      };
      const { response } = await (win && !win.isDestroyed()
        ? e.dialog.showMessageBox(win, options)
        : e.dialog.showMessageBox(options));
      if (response !== 0) {
        o.log.info('app: quit cancelled', { waiting: status.waiting, sending: status.sending });
        return;
      }
    }
    confirmed = true;
    o.log.info('app: quitting', { waiting: status.waiting, sending: status.sending });
    await finish();
  }

  e.app.on('before-quit', (event) => {
    if (closing) return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    decide()
      .catch((err: unknown) => {
        o.log.error('app: quitting failed', { error: String(err) });
        o.close();
        e.app.exit(1);
      })
      .finally(() => {
        busy = false;
      });
  });
  e.powerMonitor.on('shutdown', () => {
    confirmed = true;
  });

  return {
    /** True once the user chose to quit: windows then close for real. */
    get quitting(): boolean {
      return confirmed;
    },
    /**
     * Quits without asking (the user already chose, e.g. "Restart to update"), after the same
     * bounded wait for running attempts, and runs `then` (the update's installer) instead of a plain quit.
     */
    quitFor(then: () => void): void {
      if (closing) return;
      confirmed = true;
      finish(then).catch((err: unknown) => {
        o.log.error('app: quitting failed', { error: String(err) });
        e.app.exit(1);
      });
    },
  };
}
