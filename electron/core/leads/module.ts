import type { intakeChannels, leadImportsChannels, leadsChannels, scoringChannels } from '#contract';
import type { Db, Sqlite } from '../db/connection';
import type { ExportJobs } from '../exports';
import type { EventBus } from '../events';
import type { Clock, Log } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { ContentLanguage } from '../settings/language';
import { scoringHandlers } from '../scoring/handlers';
import { createScoringRepository } from '../scoring/repository';
import type { RescoreDispatch } from '../scoring/rescore/batch';
import { createRescoreJobs } from '../scoring/rescore/jobs';
import { createRescoreRunner, type RescoreRunner } from '../scoring/rescore/runner';
import { createLeadScan } from '../scoring/rescore/scan';
import { leadsHandlers } from './handlers';
import { createImportsRepository } from './imports/repository';
import { leadImportsHandlers } from './imports/handlers';
import { createImportRunner, type ImportRunner } from './imports/runner';
import { createUploads, type Uploads } from './imports/uploads';
import { createIngest, type Ingest } from './ingest';
import { intakeHandlers } from './intake/handlers';
import { createIntakeServer, DEFAULT_INTAKE_PORT, type IntakeServer } from './intake/server';
import { createLeadSettings } from './settings';
import { createLeadStore } from './store';
import { createMxChecker, type MxResolver } from './validation';

export interface LeadsCoreOptions {
  /** Where the local intake API listens; 0 picks a free port. */
  intakePort?: number;
  /** DNS for the optional MX check; tests pass a fake. */
  mxResolver?: MxResolver;
}

type LeadChannels =
  | keyof typeof leadsChannels
  | keyof typeof leadImportsChannels
  | keyof typeof scoringChannels
  | keyof typeof intakeChannels;

export interface LeadsModule {
  handlers: HandlerSlice<LeadChannels>;
  ingest: Ingest;
  imports: ImportRunner;
  rescore: RescoreRunner;
  intake: IntakeServer;
  /** Files sent by the page in chunks (CSV imports, a backup or workspace to restore). */
  uploads: Uploads;
  /** Starts the intake API if a client has it on. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Leads, their imports, scoring profiles and the intake API, wired to the dispatch engine. */
export function createLeadsModule(
  deps: {
    db: Db;
    sqlite: Sqlite;
    dataDir: string;
    events: EventBus;
    clock: Clock;
    log: Log;
    enqueue(leadIds: readonly string[]): number;
    /** What re-scoring existing leads asks of the dispatch engine. */
    dispatch: RescoreDispatch;
    /** Where CSV exports (the leads list, an import's report) are written. */
    jobs: ExportJobs;
    /** The user's language, for the names the core gives (a client's first scoring profile). */
    language: () => ContentLanguage;
  },
  options: LeadsCoreOptions = {},
): LeadsModule {
  const { db, sqlite, events, clock, log } = deps;
  const scoring = createScoringRepository(db, clock, deps.language);
  const settings = createLeadSettings(db, clock);
  const store = createLeadStore(sqlite);
  const mx = createMxChecker(options.mxResolver ? { resolver: options.mxResolver } : {});
  const ingest = createIngest({
    sqlite,
    store,
    scoring,
    settings,
    enqueue: (ids) => deps.enqueue(ids),
    events,
    clock,
    mx,
  });
  const uploads = createUploads(deps.dataDir, clock);
  const importsRepo = createImportsRepository(sqlite);
  const interrupted = importsRepo.markInterrupted(clock.now());
  if (interrupted > 0) log.warn('leads: imports interrupted by the last stop', { interrupted });
  const imports = createImportRunner({ repo: importsRepo, uploads, ingest, events, clock, log });
  const rescoreJobs = createRescoreJobs(sqlite);
  const stale = rescoreJobs.markInterrupted(clock.now());
  if (stale > 0) log.warn('scoring: re-scores interrupted by the last stop', { interrupted: stale });
  const rescore = createRescoreRunner({
    sqlite,
    jobs: rescoreJobs,
    scan: createLeadScan(sqlite),
    store,
    dispatch: deps.dispatch,
    context(clientId) {
      const ctx = ingest.context(clientId);
      return ctx.profile ? { profile: ctx.profile, allowlist: ctx.allowlist } : null;
    },
    events,
    clock,
    log,
  });
  const intake = createIntakeServer({
    settings,
    ingest,
    sqlite,
    clock,
    log,
    port: options.intakePort ?? DEFAULT_INTAKE_PORT,
  });

  const handlers: HandlerSlice<LeadChannels> = {
    ...leadsHandlers({
      sqlite,
      store,
      ingest,
      scoring,
      settings,
      events,
      jobs: deps.jobs,
      imports: importsRepo,
      clock,
    }),
    ...leadImportsHandlers({ uploads, repo: importsRepo, runner: imports, scoring }),
    ...scoringHandlers({ repo: scoring, store, ingest, rescore, events }),
    ...intakeHandlers({ settings, server: intake, scoring, events }),
  };

  return {
    handlers,
    ingest,
    imports,
    rescore,
    intake,
    uploads,
    start: () => intake.sync(),
    async stop() {
      imports.cancelAll();
      rescore.stop();
      await intake.stop();
    },
  };
}
