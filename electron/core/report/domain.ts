import type { reportChannels } from '#contract/report';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { ExportJobs } from '../exports';
import type { Clock, Log } from '../ports';
import { startReportExport } from './export';
import { createReportQueries } from './queries';
import { createReportReader, type ReportWorkerOptions } from './reader';

/** The client report: what the app did for a client over a month or a range of days, and its CSV. */
export function reportDomain(deps: {
  sqlite: Sqlite;
  clock: Clock;
  jobs: ExportJobs;
  log: Log;
  /** The database file and native module the report worker opens. */
  file: string;
  nativeBinding: string | undefined;
  worker: ReportWorkerOptions | false | undefined;
}): Domain<keyof typeof reportChannels> {
  const queries = createReportQueries(deps.sqlite);
  const reader = createReportReader(deps.sqlite, queries, {
    file: deps.file,
    nativeBinding: deps.nativeBinding,
    log: deps.log,
    options: deps.worker,
  });
  const now = () => deps.clock.now();
  return {
    name: 'report',
    handlers: {
      'report:get': (query) => reader.build(query, now()),
      'report:export': (input) => startReportExport({ jobs: deps.jobs, queries, now }, input),
    },
    stop: () => reader.stop(),
  };
}
