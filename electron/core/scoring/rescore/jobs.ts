import {
  rescoreQueuedPolicies,
  rescoreScopes,
  rescoreStates,
  type RescoreQueuedPolicy,
  type RescoreScope,
  type RescoreState,
  type RescoreView,
} from '#contract';
import type { Sqlite } from '../../db/connection';

interface JobRow {
  id: string;
  client_id: string;
  profile_name: string;
  scope: string;
  queued: string;
  state: string;
  total: number;
  rescored: number;
  changed: number;
  newly_qualified: number;
  no_longer_qualified: number;
  dispatches_cancelled: number;
  dispatches_kept: number;
  dispatches_queued: number;
  dispatches_skipped: number;
  message: string | null;
  started_at: number;
  finished_at: number | null;
}

/** What one batch did, added to the job's counts in the batch's transaction. */
export interface RescoreCounts {
  rescored: number;
  changed: number;
  newlyQualified: number;
  noLongerQualified: number;
  dispatchesCancelled: number;
  dispatchesKept: number;
  dispatchesQueued: number;
  dispatchesSkipped: number;
}

export const NO_COUNTS: Readonly<RescoreCounts> = {
  rescored: 0,
  changed: 0,
  newlyQualified: 0,
  noLongerQualified: 0,
  dispatchesCancelled: 0,
  dispatchesKept: 0,
  dispatchesQueued: 0,
  dispatchesSkipped: 0,
};

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function toView(row: JobRow): RescoreView {
  return {
    id: row.id,
    clientId: row.client_id,
    profileName: row.profile_name,
    scope: oneOf<RescoreScope>(rescoreScopes, row.scope, 'unsent'),
    queued: oneOf<RescoreQueuedPolicy>(rescoreQueuedPolicies, row.queued, 'cancel'),
    state: oneOf<RescoreState>(rescoreStates, row.state, 'failed'),
    total: row.total,
    rescored: row.rescored,
    changed: row.changed,
    newlyQualified: row.newly_qualified,
    noLongerQualified: row.no_longer_qualified,
    dispatchesCancelled: row.dispatches_cancelled,
    dispatchesKept: row.dispatches_kept,
    dispatchesQueued: row.dispatches_queued,
    dispatchesSkipped: row.dispatches_skipped,
    message: row.message,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** Re-score runs and the dispatches they cancelled, in SQL. */
export function createRescoreJobs(sqlite: Sqlite) {
  const insert = sqlite.prepare(
    `INSERT INTO rescore_jobs (id, client_id, profile_name, scope, queued, state, total, started_at)
     VALUES (@id, @clientId, @profileName, @scope, @queued, 'running', @total, @now)`,
  );
  const byId = sqlite.prepare<[string], JobRow>('SELECT * FROM rescore_jobs WHERE id = ?');
  const latest = sqlite.prepare<[string], JobRow>(
    'SELECT * FROM rescore_jobs WHERE client_id = ? ORDER BY started_at DESC, rowid DESC LIMIT 1',
  );
  const add = sqlite.prepare<[RescoreCounts & { id: string }]>(
    `UPDATE rescore_jobs SET rescored = rescored + @rescored, changed = changed + @changed,
       newly_qualified = newly_qualified + @newlyQualified, no_longer_qualified = no_longer_qualified + @noLongerQualified,
       dispatches_cancelled = dispatches_cancelled + @dispatchesCancelled,
       dispatches_kept = dispatches_kept + @dispatchesKept, dispatches_queued = dispatches_queued + @dispatchesQueued,
       dispatches_skipped = dispatches_skipped + @dispatchesSkipped
     WHERE id = @id`,
  );
  const finish = sqlite.prepare<[string, string | null, number, string]>(
    `UPDATE rescore_jobs SET state = ?, message = ?, finished_at = ? WHERE id = ? AND state = 'running'`,
  );
  const interrupt = sqlite.prepare<[number]>(
    `UPDATE rescore_jobs SET state = 'interrupted', finished_at = ? WHERE state = 'running'`,
  );
  const remember = sqlite.prepare<[string, string]>(
    'INSERT OR IGNORE INTO rescore_cancellations (dispatch_id, job_id) VALUES (?, ?)',
  );
  const cancelledFor = sqlite.prepare<[string], { id: string }>(
    `SELECT c.dispatch_id AS id FROM dispatches d JOIN rescore_cancellations c ON c.dispatch_id = d.id
     WHERE d.lead_id IN (SELECT value FROM json_each(?))`,
  );
  const forget = sqlite.prepare<[string]>(
    'DELETE FROM rescore_cancellations WHERE dispatch_id IN (SELECT value FROM json_each(?))',
  );

  return {
    create(v: {
      id: string;
      clientId: string;
      profileName: string;
      scope: RescoreScope;
      queued: RescoreQueuedPolicy;
      total: number;
      now: number;
    }): void {
      insert.run(v);
    },
    view(id: string): RescoreView | null {
      const row = byId.get(id);
      return row ? toView(row) : null;
    },
    latest(clientId: string): RescoreView | null {
      const row = latest.get(clientId);
      return row ? toView(row) : null;
    },
    add(id: string, counts: RescoreCounts): void {
      add.run({ ...counts, id });
    },
    finish(id: string, state: Exclude<RescoreState, 'running'>, message: string | null, now: number): void {
      finish.run(state, message, now, id);
    },
    /** Runs the app stopped in the middle of; the batches they finished stay done. */
    markInterrupted(now: number): number {
      return interrupt.run(now).changes;
    },
    remember(jobId: string, dispatchIds: readonly string[]): void {
      for (const id of dispatchIds) remember.run(id, jobId);
    },
    /** The dispatches of these leads that a re-score cancelled. */
    cancelledFor(leadIds: readonly string[]): string[] {
      return leadIds.length === 0 ? [] : cancelledFor.all(JSON.stringify(leadIds)).map((r) => r.id);
    },
    forget(dispatchIds: readonly string[]): void {
      if (dispatchIds.length > 0) forget.run(JSON.stringify(dispatchIds));
    },
  };
}

export type RescoreJobs = ReturnType<typeof createRescoreJobs>;
