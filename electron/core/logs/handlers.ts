import type { logsChannels } from '#contract';
import type { Sqlite } from '../db/connection';
import type { ExportJobs } from '../exports';
import { GUIDE_RETRY_SCHEDULE } from '../integrations/connector';
import { connectorFor } from '../integrations/registry';
import type { Clock, Log } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { Vault } from '../vault/vault';
import type { LogsBulk } from './bulk';
import { startLogsExport } from './export';
import { createHealthQueries } from './health';
import type { LogsPrefsStore } from './prefs';
import type { LogQueries } from './queries';
import type { Retention } from './retention';

/** The attempts a dispatch of this type gets: its connector's schedule, the guide's for types not built yet. */
export function maxAttemptsFor(type: string): number {
  return (connectorFor(type)?.retrySchedule ?? GUIDE_RETRY_SCHEDULE).maxAttempts;
}

export interface LogsHandlerDeps {
  sqlite: Sqlite;
  jobs: ExportJobs;
  vault: Vault;
  clock: Clock;
  log: Log;
  prefs: LogsPrefsStore;
  retention: Retention;
  queries: LogQueries;
  bulk: LogsBulk;
}

/** The contract's `logs:*` channels: views over the outbox, its CSV export, bulk actions, client health, retention. */
export function logsHandlers(deps: LogsHandlerDeps): HandlerSlice<keyof typeof logsChannels> {
  const { queries } = deps;
  const health = createHealthQueries(deps.sqlite);
  return {
    'logs:list': (query) => queries.list(query),
    'logs:lead': ({ id }) => queries.lead(id),
    'logs:export': (input) => startLogsExport({ ...deps, queries }, input),
    'logs:bulkPreview': (filter) => deps.bulk.preview(filter),
    'logs:bulkAction': (input) => deps.bulk.start(input),
    'logs:health': ({ clientId, utcOffsetMinutes }) =>
      health.health({ now: deps.clock.now(), utcOffsetMinutes, clientId, seen: deps.prefs.read().healthSeen }),
    'logs:markSeen': ({ clientId }) => {
      const seenAt = deps.clock.now();
      deps.prefs.update({ healthSeen: { ...deps.prefs.read().healthSeen, [clientId]: seenAt } });
      return { seenAt };
    },
    'logs:getRetention': () => ({ days: deps.prefs.read().retentionDays }),
    'logs:setRetention': ({ days }) => {
      deps.prefs.update({ retentionDays: days });
      // A shorter retention applies now rather than at tomorrow's run.
      void deps.retention.prune();
      return { days };
    },
  };
}
