import { updateSettingsSchema, type UpdateStatus, type updatesChannels } from '#contract';
import type { EventBus } from '../events';
import type { HostKind } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { PreferencesService } from '../settings/preferences';

/** What the updater of a host reports; the core adds the version and the user's setting. */
export type UpdaterState = Omit<UpdateStatus, 'currentVersion' | 'autoDownload'>;

/**
 * A host that updates itself (the desktop app, through electron-updater) implements this; the
 * headless host has none, and its pages say how to update instead.
 */
export interface UpdaterPort {
  state(): UpdaterState;
  check(): Promise<void>;
  download(): Promise<void>;
  /** Starts the restart into the new version (after running attempts finish, bounded) and returns. */
  install(): void;
  setAutoDownload(on: boolean): void;
  subscribe(listener: () => void): () => void;
}

export interface UpdatesCoreOptions {
  updater?: UpdaterPort;
}

const none = {
  version: null,
  releaseName: null,
  releaseNotes: null,
  releaseDate: null,
  progress: null,
  error: null,
  lastCheckedAt: null,
} as const;

/** `updates:*`: the setting lives with the other preferences; the work is the host's updater's. */
export function updatesDomain(deps: {
  host: HostKind;
  version: string;
  prefs: PreferencesService;
  events: EventBus;
  updater: UpdaterPort | undefined;
}) {
  const settings = deps.prefs.section('updates', updateSettingsSchema);
  const { updater } = deps;

  function status(): UpdateStatus {
    const base = { currentVersion: deps.version, autoDownload: settings.read().autoDownload };
    if (!updater) {
      // Without an updater the desktop app is a development build; the headless host never has one.
      return { ...base, ...none, state: 'unsupported', reason: deps.host === 'headless' ? 'headless' : 'development' };
    }
    return { ...base, ...updater.state() };
  }

  const handlers: HandlerSlice<keyof typeof updatesChannels> = {
    'updates:status': () => status(),
    'updates:check': async () => {
      await updater?.check();
      return status();
    },
    'updates:download': async () => {
      await updater?.download();
      return status();
    },
    'updates:install': () => {
      updater?.install();
      return status();
    },
    'updates:setAutoDownload': ({ autoDownload }) => {
      settings.write({ autoDownload });
      updater?.setAutoDownload(autoDownload);
      const next = status();
      deps.events.emit('updates:status', next);
      return next;
    },
  };

  let unsubscribe: (() => void) | null = null;
  return {
    name: 'updates',
    handlers,
    start(): void {
      if (!updater) return;
      updater.setAutoDownload(settings.read().autoDownload);
      unsubscribe = updater.subscribe(() => deps.events.emit('updates:status', status()));
    },
    stop(): void {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
