import type { AuditLog } from '../audit/log';
import type { Db, Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import type { Clock } from '../ports';
import type { ContentLanguage } from '../settings/language';
import { createScoringRepository, type ScoringRepository } from '../scoring/repository';
import { createImportPreparer, type ImportPreparer, type ImportWorkerOptions } from './imports/preparer';
import { createIngest, type Ingest } from './ingest';
import { createLeadSettings, type LeadSettingsRepo } from './settings';
import { createLeadStore, type LeadStore } from './store';
import { createMxChecker, type MxResolver } from './validation';

export interface LeadsCoreOptions {
  /** Where the local intake API listens; 0 picks a free port. */
  intakePort?: number;
  /** DNS for the optional MX check; tests pass a fake. */
  mxResolver?: MxResolver;
  /**
   * Where a large import validates and scores its rows: a worker thread (its script found beside the
   * core unless given), from 1 MB unless told; `false` keeps every import on the main thread.
   */
  importWorker?: ImportWorkerOptions | false;
}

/** What the leads, imports, scoring and intake domains share: one store, one ingest path, one scoring repository. */
export interface LeadServices {
  scoring: ScoringRepository;
  settings: LeadSettingsRepo;
  store: LeadStore;
  ingest: Ingest;
  /** Reads and prepares an import's rows, in a worker thread when it pays. */
  preparer: ImportPreparer;
}

export function createLeadServices(
  deps: {
    db: Db;
    sqlite: Sqlite;
    events: EventBus;
    clock: Clock;
    /** The history of changes the lead settings record theirs in. */
    audit: AuditLog;
    /**
     * Queues the qualified leads for dispatch; answers how many dispatches were queued. `owner`:
     * the client of real (not test) leads, so that they need not be read again.
     */
    enqueue(leadIds: readonly string[], owner?: { clientId: string }): number;
    /** The user's language, for the names the core gives (a client's first scoring profile). */
    language: () => ContentLanguage;
  },
  options: LeadsCoreOptions = {},
): LeadServices {
  const { db, sqlite, events, clock } = deps;
  const scoring = createScoringRepository(db, clock, deps.language);
  const settings = createLeadSettings(db, clock, deps.audit);
  const store = createLeadStore(sqlite);
  const mx = createMxChecker(options.mxResolver ? { resolver: options.mxResolver } : {});
  const ingest = createIngest({
    sqlite,
    store,
    scoring,
    settings,
    enqueue: (ids, owner) => deps.enqueue(ids, owner),
    events,
    clock,
    mx,
  });
  const preparer = createImportPreparer(options.importWorker);
  return { scoring, settings, store, ingest, preparer };
}
