import type { leadImportsChannels } from '#contract';
import type { Sqlite } from '../../db/connection';
import type { Domain } from '../../domain';
import type { EventBus } from '../../events';
import type { Clock, Log } from '../../ports';
import type { LeadServices } from '../services';
import { leadImportsHandlers } from './handlers';
import { createImportsRepository, type ImportsRepository } from './repository';
import { createImportRunner, type ImportRunner } from './runner';
import { createUploads, type Uploads } from './uploads';

export interface ImportsDomain extends Domain<keyof typeof leadImportsChannels> {
  repo: ImportsRepository;
  runner: ImportRunner;
  /** Files sent by the page in chunks (CSV imports, a backup or workspace to restore). */
  uploads: Uploads;
}

/** CSV imports: chunked uploads, background runs with progress; a stop cancels the running ones. */
export function importsDomain(deps: {
  sqlite: Sqlite;
  dataDir: string;
  services: LeadServices;
  events: EventBus;
  clock: Clock;
  log: Log;
}): ImportsDomain {
  const { clock, log } = deps;
  const uploads = createUploads(deps.dataDir, clock);
  const repo = createImportsRepository(deps.sqlite);
  const interrupted = repo.markInterrupted(clock.now());
  if (interrupted > 0) log.warn('leads: imports interrupted by the last stop', { interrupted });
  const runner = createImportRunner({
    repo,
    uploads,
    ingest: deps.services.ingest,
    preparer: deps.services.preparer,
    events: deps.events,
    clock,
    log,
  });
  return {
    name: 'imports',
    repo,
    runner,
    uploads,
    handlers: leadImportsHandlers({ uploads, repo, runner, scoring: deps.services.scoring }),
    stop: () => runner.cancelAll(),
  };
}
