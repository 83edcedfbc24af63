import type { logsChannels } from '#contract/logs';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { EventBus } from '../events';
import type { ExportJobs } from '../exports';
import { systemTimers } from '../http/timers';
import type { Clock, Log, Timers } from '../ports';
import type { PreferencesService } from '../settings/preferences';
import type { Vault } from '../vault/vault';
import { logsHandlers } from './handlers';
import { logsPrefs } from './prefs';
import { createRetention } from './retention';

export interface LogsDomainDeps {
  sqlite: Sqlite;
  vault: Vault;
  events: EventBus;
  prefs: PreferencesService;
  clock: Clock;
  log: Log;
  timers?: Timers;
  /** Where the Logs page's CSV exports are written. */
  jobs: ExportJobs;
}

/** The Logs page's channels, and the pruning of old attempts while the core runs. */
export function logsDomain(deps: LogsDomainDeps): Domain<keyof typeof logsChannels> {
  const prefs = logsPrefs(deps.prefs);
  const retention = createRetention({ ...deps, timers: deps.timers ?? systemTimers, prefs });
  return {
    name: 'logs',
    handlers: logsHandlers({ ...deps, prefs, retention }),
    start: () => retention.start(),
    stop: () => retention.stop(),
  };
}
