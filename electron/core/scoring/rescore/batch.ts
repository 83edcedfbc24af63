import type { RescoreQueuedPolicy, RescoreScope } from '#contract';
import type { LeadStore } from '../../leads/store';
import { emailKindOf } from '../../leads/views';
import { NO_COUNTS, type RescoreCounts, type RescoreJobs } from './jobs';
import { inScope, rescoreRow, type Rescored, type RescoreContext, type ScanRow } from './scan';

/** What a re-score asks of the dispatch engine; the core wires it to the engine's controls. */
export interface RescoreDispatch {
  /** Queues leads for the client's integrations as new leads are (filters apply; a pair is never queued twice). */
  enqueue(leadIds: readonly string[]): ReadonlyArray<{ state: string }>;
  /** Queues again the pairs of dispatches a re-score cancelled, unless they were sent or queued since. */
  requeue(dispatchIds: readonly string[]): ReadonlyArray<{ state: string }>;
  /** The leads' dispatches still to be sent. */
  open(leadIds: readonly string[]): ReadonlyArray<{ leadId: string }>;
  /** Cancels the leads' dispatches still to be sent (stopping one being sent). */
  cancel(leadIds: readonly string[]): {
    cancelled: ReadonlyArray<{ id: string }>;
    stopping: ReadonlyArray<{ id: string }>;
  };
}

export interface BatchJob {
  id: string;
  scope: RescoreScope;
  queued: RescoreQueuedPolicy;
}

export interface BatchDeps {
  store: LeadStore;
  jobs: RescoreJobs;
  dispatch: RescoreDispatch;
}

function write(store: LeadStore, r: Rescored, now: number): void {
  const { row, scored, validated } = r;
  if (!validated) {
    store.setScore(row.id, scored, now);
    return;
  }
  // Stored without its validation (an older version): stored whole now, as intake would have.
  store.update(
    row.id,
    {
      id: row.id,
      clientId: row.client_id,
      lead: validated.lead,
      validation: validated.validation,
      emailKind: emailKindOf(validated.validation),
      score: scored.score,
      scoreRange: scored.range,
      qualified: scored.qualified,
      reasons: scored.reasons,
      blockedBy: scored.blockedBy,
      origin: row.origin,
      importId: null,
      receivedAt: row.received_at,
    },
    now,
  );
}

/**
 * Re-scores one page of leads and settles their dispatches; the caller runs it in one transaction
 * with the job's counts. Leads that now qualify are queued as if they had just arrived (and the
 * dispatches an earlier re-score cancelled for them are queued again); the queued dispatches of
 * leads that no longer qualify are cancelled or kept, as the user chose.
 */
export function rescoreBatch(d: BatchDeps, job: BatchJob, rows: readonly ScanRow[], ctx: RescoreContext, now: number) {
  const counts: RescoreCounts = { ...NO_COUNTS };
  const newly: string[] = [];
  const noLonger: string[] = [];
  for (const row of rows) {
    if (!inScope(row, job.scope)) continue;
    const r = rescoreRow(row, ctx);
    counts.rescored++;
    if (!r.changed) continue;
    counts.changed++;
    write(d.store, r, now);
    if (!r.wasQualified && r.scored.qualified) newly.push(row.id);
    if (r.wasQualified && !r.scored.qualified) noLonger.push(row.id);
  }
  counts.newlyQualified = newly.length;
  counts.noLongerQualified = noLonger.length;

  if (noLonger.length > 0 && job.queued === 'cancel') {
    const { cancelled, stopping } = d.dispatch.cancel(noLonger);
    const ids = [...cancelled, ...stopping].map((r) => r.id);
    d.jobs.remember(job.id, ids);
    counts.dispatchesCancelled = ids.length;
  } else if (noLonger.length > 0) {
    counts.dispatchesKept = d.dispatch.open(noLonger).length;
  }

  if (newly.length > 0) {
    const again = d.jobs.cancelledFor(newly);
    const queued = [...d.dispatch.requeue(again), ...d.dispatch.enqueue(newly)];
    d.jobs.forget(again);
    counts.dispatchesSkipped = queued.filter((q) => q.state === 'skipped').length;
    counts.dispatchesQueued = queued.length - counts.dispatchesSkipped;
  }
  d.jobs.add(job.id, counts);
  return counts;
}
