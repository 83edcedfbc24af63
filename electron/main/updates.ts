import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater';
import type { UpdaterPort, UpdaterState } from '../core/updates';
import type { Clock, Log, Timers } from '../core/ports';
import { releaseNotesText } from './release-notes';

/** The part of electron-updater's `AppUpdater` the shell uses; tests hand it a real one on a fake server. */
export type Updater = Pick<AppUpdater, 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall' | 'on'> & {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  fullChangelog: boolean;
  logger: AppUpdater['logger'];
};

/** The first look for a new version waits for the app to settle; then one every few hours. */
export const FIRST_CHECK_MS = 60 * 1000;
export const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

const idle: UpdaterState = {
  state: 'idle',
  reason: null,
  version: null,
  releaseName: null,
  releaseNotes: null,
  releaseDate: null,
  progress: null,
  error: null,
  lastCheckedAt: null,
};

function message(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // electron-updater appends whole stacks and server answers; the first line says what happened.
  return text.split('\n')[0]!.slice(0, 500);
}

/**
 * New versions from the GitHub releases (electron-updater's release provider): looked for
 * periodically and on demand, downloaded by itself when the setting says so (with its progress),
 * and installed only when the user chooses "Restart to update", after the release notes, through
 * `restart`, which lets running attempts finish (bounded) and closes the data first.
 */
export function createUpdaterPort(o: {
  updater: Updater;
  log: Log;
  clock: Clock;
  timers: Timers;
  /** Quits through the quit flow's bounded wait, then runs `install` instead of a plain quit. */
  restart(install: () => void): void;
}): UpdaterPort & { start(): void; stop(): void } {
  const { updater, log } = o;
  let state: UpdaterState = idle;
  const listeners = new Set<() => void>();
  let cancel: (() => void) | null = null;
  let stopped = false;

  const set = (next: Partial<UpdaterState>): void => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  const found = (info: UpdateInfo): Partial<UpdaterState> => ({
    version: info.version,
    releaseName: info.releaseName ?? null,
    releaseNotes: releaseNotesText(info.releaseNotes),
    releaseDate: info.releaseDate || null,
    error: null,
  });

  updater.logger = {
    info: (m?: unknown) => log.info('updates: updater', { message: String(m) }),
    warn: (m?: unknown) => log.warn('updates: updater', { message: String(m) }),
    error: (m?: unknown) => log.error('updates: updater', { message: String(m) }),
    debug: (m: string) => log.debug('updates: updater', { message: m }),
  };
  // Every version between this one and the newest, so the notes shown cover what changes.
  updater.fullChangelog = true;
  updater.on('checking-for-update', () => set({ state: 'checking', error: null }));
  updater.on('update-not-available', () => set({ ...idle, lastCheckedAt: o.clock.now() }));
  updater.on('update-available', (info: UpdateInfo) =>
    set({ state: updater.autoDownload ? 'downloading' : 'available', progress: null, ...found(info) }),
  );
  updater.on('download-progress', (p: ProgressInfo) =>
    set({
      state: 'downloading',
      progress: { percent: p.percent, transferred: p.transferred, total: p.total, bytesPerSecond: p.bytesPerSecond },
    }),
  );
  updater.on('update-downloaded', (info: UpdateInfo) => set({ state: 'downloaded', progress: null, ...found(info) }));
  updater.on('error', (err: Error) => {
    const text = message(err);
    log.warn('updates: failed', { error: text });
    // A failed download keeps the version found: "Download" can be tried again.
    const keep = state.version !== null && (state.state === 'downloading' || state.state === 'available');
    set({ state: keep ? 'available' : 'error', error: text, progress: null });
  });

  async function check(): Promise<void> {
    if (state.state === 'downloading' || state.state === 'downloaded' || state.state === 'installing') return;
    set({ lastCheckedAt: o.clock.now() });
    try {
      await updater.checkForUpdates();
    } catch (err) {
      // Reported through the `error` event: offline, no release yet, GitHub refusing.
      log.info('updates: check failed', { error: message(err) });
    }
  }

  async function download(): Promise<void> {
    if (state.state !== 'available') return;
    set({ state: 'downloading', progress: null, error: null });
    try {
      await updater.downloadUpdate();
    } catch (err) {
      log.info('updates: download failed', { error: message(err) });
    }
  }

  function plan(ms: number): void {
    if (stopped) return;
    cancel = o.timers.after(ms, () => {
      void check().finally(() => plan(CHECK_EVERY_MS));
    });
  }

  return {
    state: () => state,
    check,
    download,
    install() {
      if (state.state !== 'downloaded') return;
      set({ state: 'installing' });
      log.info('updates: restarting to install', { version: state.version });
      o.restart(() => updater.quitAndInstall(false, true));
    },
    setAutoDownload(on) {
      updater.autoDownload = on;
      if (on && state.state === 'available') void download();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      plan(FIRST_CHECK_MS);
    },
    stop() {
      stopped = true;
      cancel?.();
    },
  };
}
