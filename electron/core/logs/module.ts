import type { Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import { createExports } from '../exports';
import { systemTimers } from '../http/timers';
import type { Clock, Log, Timers } from '../ports';
import type { PreferencesService } from '../settings/preferences';
import type { Vault } from '../vault/vault';
import { logsHandlers } from './handlers';
import { logsPrefs } from './prefs';
import { createRetention } from './retention';

export interface LogsModuleDeps {
  sqlite: Sqlite;
  dataDir: string;
  vault: Vault;
  events: EventBus;
  prefs: PreferencesService;
  clock: Clock;
  log: Log;
  timers?: Timers;
}

/** The Logs domain as the core mounts it: its channels and the export ones, and attempt retention. */
export function createLogsModule(deps: LogsModuleDeps) {
  const exports = createExports(deps);
  const prefs = logsPrefs(deps.prefs);
  const retention = createRetention({ ...deps, timers: deps.timers ?? systemTimers, prefs });
  return {
    handlers: {
      ...logsHandlers({ ...deps, jobs: exports.jobs, prefs, retention }),
      ...exports.handlers,
    },
    retention,
    exports,
    start(): void {
      retention.start();
    },
    stop(): Promise<void> {
      retention.stop();
      return exports.jobs.stop();
    },
  };
}
