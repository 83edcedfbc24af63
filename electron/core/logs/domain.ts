import type { logsChannels } from '#contract/logs';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { EventBus } from '../events';
import type { ExportJobs } from '../exports';
import { systemTimers } from '../http/timers';
import type { Clock, Log, Timers } from '../ports';
import type { PreferencesService } from '../settings/preferences';
import type { Vault } from '../vault/vault';
import { createLogsBulk, type BulkTarget } from './bulk';
import { logsHandlers, maxAttemptsFor } from './handlers';
import { logsPrefs } from './prefs';
import { createLogQueries } from './queries';
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
  /** What the Logs' bulk actions act through (the dispatch engine). */
  dispatch: BulkTarget;
}

/** The Logs page's channels, its bulk actions, and the pruning of old attempts while the core runs. */
export function logsDomain(deps: LogsDomainDeps): Domain<keyof typeof logsChannels> {
  const prefs = logsPrefs(deps.prefs);
  const retention = createRetention({ ...deps, timers: deps.timers ?? systemTimers, prefs });
  const queries = createLogQueries(deps.sqlite, maxAttemptsFor);
  const bulk = createLogsBulk({ ...deps, queries });
  return {
    name: 'logs',
    handlers: logsHandlers({ ...deps, prefs, retention, queries, bulk }),
    start: () => retention.start(),
    stop: () => {
      retention.stop();
      return bulk.stop();
    },
  };
}
