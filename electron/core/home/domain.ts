import type { homeChannels } from '#contract/home';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { Clock } from '../ports';
import { buildOverview, type OverviewSources } from './overview';
import { createHomeQueries } from './queries';

/**
 * The home screen: the whole agency at a glance. It owns no data; it reads the outbox, the leads and
 * the integrations through their indexes, and asks the import runner what is running. The screen re-reads it when the core's events say something changed.
 */
export function homeDomain(deps: {
  sqlite: Sqlite;
  clock: Clock;
  imports: OverviewSources['imports'];
}): Domain<keyof typeof homeChannels> {
  const sources: OverviewSources = {
    queries: createHomeQueries(deps.sqlite),
    imports: deps.imports,
  };
  return {
    name: 'home',
    handlers: {
      'home:overview': ({ timeZone }) => buildOverview(sources, deps.clock.now(), timeZone),
    },
  };
}
