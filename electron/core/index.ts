import type { Channel, Preferences } from '#contract';
import { createBackupModule, type BackupCoreOptions, type BackupModule } from './backup';
import { openAppDatabase } from './backup/open';
import { createClientsRepository } from './clients/repository';
import { clientsHandlers } from './clients/handlers';
import type { Db, NativeBinding, Sqlite } from './db/connection';
import { lockDataDir } from './db/data-dir';
import { desktopHandlers } from './desktop/handlers';
import { createDesktopSettings, type DesktopSettingsService } from './desktop/settings';
import { createSendingStatus, type SendingStatusQuery } from './desktop/status';
import { storedPauseSchema } from './dispatch/global-pause';
import { createDispatchEngine, dispatchHandlers, type DispatchConfig, type DispatchEngine } from './dispatch';
import { createEventBus, type EventBus } from './events';
import { systemTimers } from './http/timers';
import { integrationsSlice, type IntegrationsCoreOptions } from './integrations/module';
import { createLeadsModule, type LeadsCoreOptions, type LeadsModule } from './leads/module';
import { createLogsModule } from './logs/module';
import { logsPrefs } from './logs/prefs';
import type { Clock, HostKind, Log, PreferencesStore, SecretCipher, Timers } from './ports';
import { createDispatch, type Dispatch } from './rpc/dispatch';
import { mergeHandlers, type Handlers } from './rpc/handlers';
import { settingsHandlers } from './settings/handlers';
import { contentLanguage } from './settings/language';
import { createPreferences } from './settings/preferences';
import { createUpdatesModule, type UpdatesCoreOptions } from './updates';
import { vaultHandlers } from './vault/handlers';
import { createVault, type Vault } from './vault/vault';

export { DB_FILE } from './db/data-dir';

export interface CoreOptions extends IntegrationsCoreOptions, LeadsCoreOptions, BackupCoreOptions, UpdatesCoreOptions {
  host: HostKind;
  version: string;
  dataDir: string;
  migrationsDir: string;
  cipher: SecretCipher;
  preferences: PreferencesStore;
  clock: Clock;
  log: Log;
  /** Real timers unless given; tests pass a fake that moves with their clock. */
  timers?: Timers;
  /** Connectors, network probe, fetch and limits of the dispatch engine; defaults for production. */
  dispatch?: DispatchConfig;
  /** Which build of SQLite's native module to load; the package's own (Node's) unless given. */
  nativeBinding?: NativeBinding;
}

export interface Core {
  dispatch: Dispatch;
  events: EventBus;
  vault: Vault;
  engine: DispatchEngine;
  leads: LeadsModule;
  backup: BackupModule;
  /** What a desktop shell shows outside the window: settings, the state at a glance, names. */
  desktop: {
    settings: DesktopSettingsService;
    status: SendingStatusQuery;
    clientName(id: string): string | null;
    preferences(): Preferences;
  };
  db: Db;
  sqlite: Sqlite;
  channels: readonly Channel[];
  close(): void;
}

/** Opens everything the app needs under plain Node; hosts only add a transport and their ports. */
export function createCore(options: CoreOptions): Core {
  const { clock, log } = options;
  const unlock = lockDataDir(options.dataDir);
  let sqlite: Sqlite;
  let db: Db;
  let migrations: string[];
  try {
    // A restore staged by the previous run is applied here, and a backup taken before migrating.
    ({ sqlite, db, migrations } = openAppDatabase({ ...options, nativeBinding: options.nativeBinding }));
  } catch (err) {
    unlock();
    throw err;
  }

  const events = createEventBus((err) => log.error('events: listener failed', { error: String(err) }));
  const prefs = createPreferences(options.preferences, log);
  // What the core names for the user (a first scoring profile, the test lead) follows their language.
  const language = () => contentLanguage(prefs.read().language);
  const vault = createVault({ db, cipher: options.cipher, clock, log });
  const repo = createClientsRepository(db, clock);
  const engine = createDispatchEngine({
    sqlite,
    vault,
    events,
    clock,
    log,
    timers: options.timers,
    pauseStore: prefs.section('sending', storedPauseSchema),
    ...options.dispatch,
  });
  const logs = createLogsModule({
    sqlite,
    dataDir: options.dataDir,
    vault,
    events,
    prefs,
    clock,
    log,
    timers: options.timers,
  });

  const desktopSettings = createDesktopSettings(prefs, events);
  const sendingStatus = createSendingStatus({ sqlite, pause: engine.pause, logsPrefs: logsPrefs(prefs), clock });
  const clientName = (id: string): string | null => repo.find(id)?.name ?? null;

  const leads = createLeadsModule(
    {
      db,
      sqlite,
      dataDir: options.dataDir,
      events,
      clock,
      log,
      enqueue: (leadIds) => engine.enqueueLeads(leadIds).length,
      dispatch: {
        enqueue: (leadIds) => engine.enqueueLeads(leadIds),
        requeue: (dispatchIds) => engine.requeueCancelled(dispatchIds),
        open: (leadIds) => engine.openOfLeads(leadIds),
        cancel: (leadIds) => engine.cancelOpenOfLeads(leadIds),
      },
      jobs: logs.exports.jobs,
      language,
    },
    options,
  );

  const backup = createBackupModule(
    {
      sqlite,
      dataDir: options.dataDir,
      version: options.version,
      migrations,
      native: options.nativeBinding,
      clock,
      timers: options.timers ?? systemTimers,
      log,
      events,
      prefs,
      preferencesStore: options.preferences,
      vault,
      cipher: options.cipher,
      resumeIntegration: (id) => engine.resumeIntegration(id),
      uploads: leads.uploads,
      jobs: logs.exports.jobs,
    },
    options,
  );
  const updates = createUpdatesModule({
    host: options.host,
    version: options.version,
    prefs,
    events,
    updater: options.updater,
  });

  const handlers: Handlers = mergeHandlers(
    clientsHandlers({ repo, prefs, events }),
    settingsHandlers({
      prefs,
      events,
      info: () => ({
        name: 'Zero Bad Leads',
        version: options.version,
        host: options.host,
        dataDir: options.dataDir,
        vault: vault.status(),
      }),
    }),
    vaultHandlers(vault),
    dispatchHandlers(engine),
    desktopHandlers({ settings: desktopSettings, pause: engine.pause, status: sendingStatus }),
    logs.handlers,
    leads.handlers,
    // Wizard lookups wait for the same per-account limiter as dispatches.
    integrationsSlice({
      db,
      vault,
      clock,
      events,
      lookupHttp: options.lookupHttp ?? ((scope) => engine.lookupHttp(scope)),
      dispatch: engine,
      language,
      oauth: {
        dataDir: options.dataDir,
        cipher: options.cipher,
        log,
        timers: options.timers,
        fetch: options.dispatch?.fetch,
        openExternal: options.openExternal,
      },
    }),
    backup.handlers,
    updates.handlers,
  );

  log.info('core: started', { host: options.host, version: options.version, vault: options.cipher.backend });

  backup.start();
  updates.start();
  engine.start();
  logs.start();
  void leads.start();
  let closed = false;
  return {
    dispatch: createDispatch(handlers, log),
    events,
    vault,
    engine,
    leads,
    backup,
    desktop: { settings: desktopSettings, status: sendingStatus, clientName, preferences: () => prefs.read() },
    db,
    sqlite,
    channels: Object.keys(handlers) as Channel[],
    close() {
      if (closed) return;
      closed = true;
      backup.stop();
      updates.stop();
      engine.stop();
      // Running exports and pruning stop at once; they touch the database no more after this.
      void logs.stop();
      void leads.stop();
      sqlite.close();
      unlock();
      log.info('core: stopped');
    },
  };
}
