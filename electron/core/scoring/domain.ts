import type { scoringChannels } from '#contract';
import type { AuditLog } from '../audit/log';
import type { Sqlite } from '../db/connection';
import type { Domain } from '../domain';
import type { EventBus } from '../events';
import type { LeadServices } from '../leads/services';
import type { Clock, Log } from '../ports';
import { scoringHandlers } from './handlers';
import type { RescoreDispatch } from './rescore/batch';
import { createRescoreJobs } from './rescore/jobs';
import { createRescoreRunner, type RescoreRunner } from './rescore/runner';
import { createLeadScan } from './rescore/scan';

export interface ScoringDomain extends Domain<keyof typeof scoringChannels> {
  rescore: RescoreRunner;
}

/** Scoring profiles per client, their live preview, and re-scoring stored leads after a change. */
export function scoringDomain(deps: {
  sqlite: Sqlite;
  services: LeadServices;
  /** What re-scoring existing leads asks of the dispatch engine. */
  dispatch: RescoreDispatch;
  events: EventBus;
  clock: Clock;
  log: Log;
  audit: AuditLog;
}): ScoringDomain {
  const { sqlite, services, events, clock, log } = deps;
  const jobs = createRescoreJobs(sqlite);
  const stale = jobs.markInterrupted(clock.now());
  if (stale > 0) log.warn('scoring: re-scores interrupted by the last stop', { interrupted: stale });
  const rescore = createRescoreRunner({
    sqlite,
    jobs,
    scan: createLeadScan(sqlite),
    store: services.store,
    dispatch: deps.dispatch,
    context(clientId) {
      const ctx = services.ingest.context(clientId);
      return ctx.profile ? { profile: ctx.profile, allowlist: ctx.allowlist } : null;
    },
    events,
    clock,
    log,
  });
  return {
    name: 'scoring',
    rescore,
    handlers: scoringHandlers({
      repo: services.scoring,
      store: services.store,
      ingest: services.ingest,
      rescore,
      events,
      audit: deps.audit,
      transaction: (fn) => sqlite.transaction(fn)(),
    }),
    stop: () => rescore.stop(),
  };
}
