import { randomUUID } from 'node:crypto';
import {
  bulkActions,
  bulkSkipReasons,
  bulkVerdict,
  type BulkAction,
  type BulkActionCounts,
  type BulkSkipReason,
  type BulkSummary,
  type LogsBulkActionQuery,
  type LogsBulkPreview,
  type LogsFilter,
} from '#contract';
import type { BulkBatchResult } from '../dispatch/bulk-actions';
import type { EventBus } from '../events';
import { PAGE_MS, yieldToEventLoop } from '../exports';
import { nextBatchSize, threadCpuMs } from '../lib/batch-size';
import type { Clock, Log } from '../ports';
import type { LogQueries } from './queries';

/** What acts on the dispatches: the dispatch engine, one batch (one transaction) at a time. */
export interface BulkTarget {
  applyBulk(action: BulkAction, ids: readonly string[]): BulkBatchResult;
}

export interface LogsBulkDeps {
  queries: LogQueries;
  dispatch: BulkTarget;
  events: EventBus;
  clock: Clock;
  log: Log;
  /** The most dispatches one batch acts on; batches are sized by time below it. */
  batchRows?: number;
}

/** The most dispatches one batch acts on (one transaction); batches are sized by time below it. */
export const BULK_BATCH_ROWS = 1000;
const FIRST_BATCH = 100;
/** Pages of the selection's ids, read before acting. */
const ID_PAGE = { first: 500, max: 5000 } as const;

/**
 * The selection is the dispatches the filters match among those created up to `asOf`: a resend
 * creates new dispatches, which must not join the selection they came from.
 */
function snapshot(filter: LogsFilter, asOf: number): LogsFilter {
  return { ...filter, to: Math.min(filter.to ?? asOf, asOf) };
}

function skippedList(counts: Partial<Record<BulkSkipReason, number>>): BulkSummary['skipped'] {
  return bulkSkipReasons.flatMap((reason) => {
    const count = counts[reason] ?? 0;
    return count > 0 ? [{ reason, count }] : [];
  });
}

/**
 * Bulk actions on the Logs selection: every dispatch the filters match, not only the rows the
 * page has loaded. The ids are read first, in keyset pages (the list's own query and order), then
 * acted on oldest first in batches sized to take about PAGE_MS of CPU each, yielding between them
 * so dispatching and the page's answers carry on during a selection of thousands.
 */
export function createLogsBulk(deps: LogsBulkDeps) {
  const { queries, clock, events, log } = deps;
  const maxRows = deps.batchRows ?? BULK_BATCH_ROWS;
  let stopped = false;
  const running = new Set<Promise<void>>();

  function countsOf(filter: LogsFilter): { total: number; actions: LogsBulkPreview['actions'] } {
    const groups = queries.bulkCounts(filter);
    const actions = {} as Record<BulkAction, BulkActionCounts>;
    for (const action of bulkActions) {
      const skipped: Partial<Record<BulkSkipReason, number>> = {};
      let eligible = 0;
      let stopping = 0;
      for (const g of groups) {
        const verdict = bulkVerdict(action, g);
        if (verdict === 'apply') eligible += g.n;
        else if (verdict === 'stop') stopping += g.n;
        else skipped[verdict] = (skipped[verdict] ?? 0) + g.n;
      }
      actions[action] = { eligible, stopping, skipped: skippedList(skipped) };
    }
    return { total: groups.reduce((sum, g) => sum + g.n, 0), actions };
  }

  async function selectionIds(filter: LogsFilter): Promise<string[] | null> {
    const pace = { targetMs: PAGE_MS, min: 50, max: ID_PAGE.max };
    const ids: string[] = [];
    let limit: number = ID_PAGE.first;
    let cursor: string | undefined;
    do {
      if (stopped) return null;
      const started = threadCpuMs();
      const page = queries.list({ ...filter, limit, cursor });
      for (const row of page.rows) ids.push(row.id);
      limit = nextBatchSize(limit, page.rows.length, threadCpuMs() - started, pace);
      cursor = page.nextCursor ?? undefined;
      await yieldToEventLoop();
    } while (cursor !== undefined);
    // The list is newest first; what has waited longest is sent first.
    return ids.reverse();
  }

  async function run(jobId: string, action: BulkAction, filter: LogsFilter, counted: number): Promise<void> {
    const summary: BulkSummary = {
      action,
      total: counted,
      applied: 0,
      stopping: 0,
      held: 0,
      skipped: [],
      unfinished: 0,
    };
    const skipped: Partial<Record<BulkSkipReason, number>> = {};
    let done = 0;
    const progress = (finished: boolean): void =>
      events.emit('dispatch:bulkProgress', {
        jobId,
        action,
        done,
        total: summary.total,
        finished,
        ...(finished ? { summary: { ...summary, skipped: skippedList(skipped) } } : {}),
      });
    try {
      await yieldToEventLoop();
      const ids = await selectionIds(filter);
      if (ids === null) return;
      summary.total = ids.length;
      const pace = { targetMs: PAGE_MS, min: Math.min(10, maxRows), max: maxRows };
      let size = Math.min(FIRST_BATCH, maxRows);
      while (done < ids.length) {
        if (stopped) return;
        const batch = ids.slice(done, done + size);
        const started = threadCpuMs();
        const result = deps.dispatch.applyBulk(action, batch);
        size = nextBatchSize(size, batch.length, threadCpuMs() - started, pace);
        summary.applied += result.applied;
        summary.stopping += result.stopping;
        summary.held += result.held;
        for (const [reason, n] of Object.entries(result.skipped) as [BulkSkipReason, number][]) {
          skipped[reason] = (skipped[reason] ?? 0) + n;
        }
        done += batch.length;
        if (done < ids.length) progress(false);
        await yieldToEventLoop();
      }
    } catch (err) {
      // The engine stopping ends the job quietly; anything else is reported with what was done.
      if (stopped) return;
      log.error('logs: bulk action failed', { jobId, action, done, error: String(err) });
      summary.unfinished = Math.max(summary.total - done, 0);
    }
    progress(true);
    log.info('logs: bulk action finished', { jobId, action, total: summary.total, applied: summary.applied });
  }

  return {
    preview(filter: LogsFilter): LogsBulkPreview {
      const asOf = clock.now();
      return { asOf, ...countsOf(snapshot(filter, asOf)) };
    },

    /** Answers at once with the selection's size; `dispatch:bulkProgress` reports the rest. */
    start(input: LogsBulkActionQuery): { jobId: string; total: number } {
      const { action, asOf, ...rest } = input;
      const now = clock.now();
      const filter = snapshot(rest, Math.min(asOf ?? now, now));
      const { total } = countsOf(filter);
      const jobId = randomUUID();
      const job = run(jobId, action, filter, total).finally(() => running.delete(job));
      running.add(job);
      return { jobId, total };
    },

    /** Resolves once every job started so far has ended (tests, shutdown). */
    async idle(): Promise<void> {
      await Promise.all([...running]);
    },

    stop(): Promise<void> {
      stopped = true;
      return Promise.all([...running]).then(() => undefined);
    },
  };
}

export type LogsBulk = ReturnType<typeof createLogsBulk>;
