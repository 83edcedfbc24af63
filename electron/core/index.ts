import { join } from 'node:path';
import type { Channel, Preferences } from '#contract';
import { auditDomain, createAuditLog, integrationStateRecorder, type AuditLog } from './audit';
import { backupDomain, type BackupCoreOptions, type BackupDomain } from './backup';
import { openAppDatabase } from './backup/open';
import { createClientsRepository } from './clients/repository';
import { clientsDomain } from './clients/handlers';
import { startCheckpoints, type CheckpointOptions, type CheckpointStats } from './db/checkpoints';
import type { Db, NativeBinding, Sqlite } from './db/connection';
import { DB_FILE, lockDataDir } from './db/data-dir';
import { desktopDomain } from './desktop/handlers';
import { createDesktopSettings, type DesktopSettingsService } from './desktop/settings';
import { createSendingStatus, type SendingStatusQuery } from './desktop/status';
import { storedPauseSchema } from './dispatch/global-pause';
import { createDispatchEngine, dispatchDomain, type DispatchConfig, type DispatchEngine } from './dispatch';
import { mountDomains } from './domain';
import { createEventBus, type EventBus } from './events';
import { exportsDomain } from './exports';
import { homeDomain } from './home/domain';
import { systemTimers } from './http/timers';
import type { AnyConnectorModule } from './integrations/connector-module';
import { integrationsDomain, type IntegrationsCoreOptions } from './integrations/domain';
import { connectorModules } from './integrations/registry';
import { leadsDomain } from './leads/domain';
import { importsDomain } from './leads/imports/domain';
import type { ImportRunner } from './leads/imports/runner';
import type { Ingest } from './leads/ingest';
import { intakeDomain } from './leads/intake/domain';
import type { IntakeServer } from './leads/intake/server';
import { createLeadServices, type LeadsCoreOptions } from './leads/services';
import { logsDomain } from './logs/domain';
import { logsPrefs } from './logs/prefs';
import type { Clock, HostKind, Log, PreferencesStore, SecretCipher, Timers } from './ports';
import { reportDomain } from './report/domain';
import type { ReportWorkerOptions } from './report/reader';
import { createDispatch, type Dispatch } from './rpc/dispatch';
import type { Handlers } from './rpc/handlers';
import { createInvoke } from './rpc/invoke';
import { scoringDomain } from './scoring/domain';
import type { RescoreRunner } from './scoring/rescore/runner';
import { settingsDomain } from './settings/handlers';
import { templatesDomain } from './templates/domain';
import { contentLanguage } from './settings/language';
import { createPreferences } from './settings/preferences';
import { updatesDomain, type UpdatesCoreOptions } from './updates';
import { vaultDomain } from './vault/handlers';
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
  /** Connectors besides the built-in ones, each a module like theirs (docs/architecture.md, "Add a connector"). */
  connectors?: readonly AnyConnectorModule[];
  /** WAL checkpoints in a worker thread (the default), or `false` for SQLite's own inside commits. */
  checkpoints?: CheckpointOptions | false;
  /** Large client reports built in a worker thread (the default), or `false` for the main thread. */
  reportWorker?: ReportWorkerOptions | false;
}

/** What a host drives besides the contract: the state at a glance, and sending outside the window. */
export interface CoreDesktop {
  settings: DesktopSettingsService;
  status: SendingStatusQuery;
  clientName(id: string): string | null;
  preferences(): Preferences;
  /** Sending as the tray, the system's resume and the quit guard drive it. */
  sending: Pick<DispatchEngine, 'wake' | 'drain' | 'pause'>;
}

/**
 * The core's internals, for tests only: hosts reach the core through `dispatch`, `events` and
 * `desktop` (an ESLint rule keeps `forTests` out of electron/).
 */
export interface CoreInternals {
  engine: DispatchEngine;
  /** The history of changes, as other domains record into it (copies, templates). */
  audit: AuditLog;
  vault: Vault;
  db: Db;
  sqlite: Sqlite;
  ingest: Ingest;
  imports: ImportRunner;
  rescore: RescoreRunner;
  intake: IntakeServer;
  backup: BackupDomain;
  checkpoints(): CheckpointStats;
  /** Stops every domain (imports, re-scores, the intake API, the engine) and waits, without closing the database. */
  stop(): Promise<void>;
}

export interface Core {
  /** The one path every contract call takes, whatever the transport. */
  dispatch: Dispatch;
  channels: readonly Channel[];
  events: EventBus;
  desktop: CoreDesktop;
  close(): void;
  forTests: CoreInternals;
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
  const checkpoints = startCheckpoints(sqlite, {
    file: join(options.dataDir, DB_FILE),
    nativeBinding: options.nativeBinding?.path,
    log,
    options: options.checkpoints,
  });

  const events = createEventBus((err) => log.error('events: listener failed', { error: String(err) }));
  const prefs = createPreferences(options.preferences, log);
  // What the core names for the user (a first scoring profile, the test lead) follows their language.
  const language = () => contentLanguage(prefs.read().language);
  const vault = createVault({ db, cipher: options.cipher, clock, log });
  // Every change of a client's configuration is recorded here, in the change's own transaction.
  const audit = createAuditLog({ sqlite, vault, clock, log });
  const repo = createClientsRepository(db, clock, audit);
  const modules = connectorModules(options.connectors);
  const engine = createDispatchEngine({
    sqlite,
    vault,
    events,
    clock,
    log,
    timers: options.timers,
    pauseStore: prefs.section('sending', storedPauseSchema),
    ...options.dispatch,
    connectors: options.dispatch?.connectors ?? modules.map((m) => m.connector),
  });
  const desktopSettings = createDesktopSettings(prefs, events);
  const sendingStatus = createSendingStatus({ sqlite, pause: engine.pause, logsPrefs: logsPrefs(prefs), clock });
  const exports = exportsDomain({ dataDir: options.dataDir, clock, events, log });
  const services = createLeadServices(
    {
      db,
      sqlite,
      events,
      clock,
      audit,
      enqueue: (leadIds, owner) => engine.enqueueLeads(leadIds, owner).length,
      language,
    },
    options,
  );
  const leadDeps = { sqlite, services, events, clock, log };
  const imports = importsDomain({ ...leadDeps, dataDir: options.dataDir });
  const scoring = scoringDomain({
    ...leadDeps,
    audit,
    dispatch: {
      enqueue: (leadIds) => engine.enqueueLeads(leadIds),
      requeue: (dispatchIds) => engine.requeueCancelled(dispatchIds),
      open: (leadIds) => engine.openOfLeads(leadIds),
      cancel: (leadIds) => engine.cancelOpenOfLeads(leadIds),
    },
  });
  const intake = intakeDomain({ ...leadDeps, port: options.intakePort });
  const backup = backupDomain(
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
      uploads: imports.uploads,
      jobs: exports.jobs,
    },
    options,
  );

  // Templates save through the other domains' channels; the map is complete once they are all mounted.
  let handlers: Handlers | null = null;
  const invoke = createInvoke(() => {
    if (!handlers) throw new Error('The core is still starting.');
    return handlers;
  });

  // Every domain, in the order they start; they stop in reverse.
  const domains = mountDomains(
    log,
    clientsDomain({ repo, prefs, events }),
    settingsDomain({
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
    vaultDomain(vault),
    // Before sending starts: integrations whose key does not open here are held first.
    backup,
    updatesDomain({ host: options.host, version: options.version, prefs, events, updater: options.updater }),
    dispatchDomain(engine, integrationStateRecorder(audit, sqlite)),
    desktopDomain({ settings: desktopSettings, pause: engine.pause, status: sendingStatus }),
    exports,
    logsDomain({
      sqlite,
      vault,
      events,
      prefs,
      clock,
      log,
      timers: options.timers,
      jobs: exports.jobs,
      dispatch: engine,
    }),
    leadsDomain({ sqlite, services, events, clock, jobs: exports.jobs, imports: imports.repo }),
    imports,
    scoring,
    intake,
    reportDomain({
      sqlite,
      clock,
      jobs: exports.jobs,
      log,
      file: join(options.dataDir, DB_FILE),
      nativeBinding: options.nativeBinding?.path,
      worker: options.reportWorker,
    }),
    homeDomain({ sqlite, clock, imports: () => imports.runner.active() }),
    auditDomain({ audit, jobs: exports.jobs, clock, clientName: (id) => repo.find(id)?.name ?? null }),
    integrationsDomain({
      db,
      sqlite,
      vault,
      clock,
      events,
      audit,
      // Wizard lookups wait for the same per-account limiter as dispatches.
      lookupHttp: options.lookupHttp ?? ((scope) => engine.lookupHttp(scope)),
      dispatch: engine,
      modules,
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
    templatesDomain({
      db,
      sqlite,
      audit,
      vault,
      clock,
      version: options.version,
      invoke,
      jobs: exports.jobs,
      uploads: imports.uploads,
    }),
  );
  handlers = domains.handlers;

  log.info('core: started', { host: options.host, version: options.version, vault: options.cipher.backend });
  domains.start();

  let closed = false;
  return {
    dispatch: createDispatch(domains.handlers, log),
    channels: Object.keys(domains.handlers) as Channel[],
    events,
    desktop: {
      settings: desktopSettings,
      status: sendingStatus,
      clientName: (id) => repo.find(id)?.name ?? null,
      preferences: () => prefs.read(),
      sending: engine,
    },
    close() {
      if (closed) return;
      closed = true;
      // Running imports, exports and pruning stop at once; they touch the database no more after this.
      void domains.stop();
      checkpoints.stop();
      sqlite.close();
      unlock();
      log.info('core: stopped');
    },
    forTests: {
      engine,
      audit,
      vault,
      db,
      sqlite,
      ingest: services.ingest,
      imports: imports.runner,
      rescore: scoring.rescore,
      intake: intake.server,
      backup,
      checkpoints: () => checkpoints.stats(),
      stop: () => domains.stop(),
    },
  };
}
