import type { logsChannels } from '../../contract';
import type { Sqlite } from '../db/connection';
import { GUIDE_RETRY_SCHEDULE } from '../integrations/connector';
import { connectorFor } from '../integrations/registry';
import type { HandlerSlice } from '../rpc/handlers';
import { createLogQueries } from './queries';

/** The attempts a dispatch of this type gets: its connector's schedule, the guide's for types not built yet. */
export function maxAttemptsFor(type: string): number {
  return (connectorFor(type)?.retrySchedule ?? GUIDE_RETRY_SCHEDULE).maxAttempts;
}

/** The contract's `logs:*` channels: read-only views over the outbox for the Logs page. */
export function logsHandlers(deps: { sqlite: Sqlite }): HandlerSlice<keyof typeof logsChannels> {
  const queries = createLogQueries(deps.sqlite, maxAttemptsFor);
  return {
    'logs:list': (query) => queries.list(query),
    'logs:lead': ({ id }) => queries.lead(id),
  };
}
