import type { reportChannels } from '#contract/report';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { ExportJobs } from '../exports';
import type { Clock } from '../ports';
import { buildReport } from './build';
import { startReportExport } from './export';
import { createReportQueries } from './queries';

/** The client report: what the app did for a client over a month or a range of days, and its CSV. */
export function reportDomain(deps: {
  sqlite: Sqlite;
  clock: Clock;
  jobs: ExportJobs;
}): Domain<keyof typeof reportChannels> {
  const queries = createReportQueries(deps.sqlite);
  const now = () => deps.clock.now();
  return {
    name: 'report',
    handlers: {
      'report:get': (query) => buildReport(queries, query, now()),
      'report:export': (input) => startReportExport({ jobs: deps.jobs, queries, now }, input),
    },
  };
}
