import { randomUUID } from 'node:crypto';
import type { RescorePreview, RescoreQueuedPolicy, RescoreScope, RescoreView } from '#contract';
import type { Sqlite } from '../../db/connection';
import { AppError } from '../../errors';
import type { EventBus } from '../../events';
import { createBulkSearchIndex } from '../../leads/search-index';
import type { LeadStore } from '../../leads/store';
import type { Clock, Log } from '../../ports';
import { rescoreBatch, type BatchJob, type RescoreDispatch } from './batch';
import type { RescoreJobs } from './jobs';
import { Pace } from './pace';
import { previewRescore } from './preview';
import { cursorAfter, SCAN_START, type LeadScan, type RescoreContext } from './scan';

export interface RescoreRunnerDeps {
  sqlite: Sqlite;
  jobs: RescoreJobs;
  scan: LeadScan;
  store: LeadStore;
  dispatch: RescoreDispatch;
  /** The client's active profile and what validation needs; null when no profile is active. */
  context(clientId: string): RescoreContext | null;
  events: EventBus;
  clock: Clock;
  log: Log;
}

interface Running {
  clientId: string;
  cancelled: boolean;
  done: Promise<void>;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A run's `message` when the client has no active profile any more (the renderer words it). */
const NO_PROFILE = 'no_active_profile';

function noProfile(): AppError {
  return new AppError('conflict', 'This client has no active scoring profile to score its leads with.', {
    reason: NO_PROFILE,
  });
}

/**
 * Re-scores a client's stored leads with its active profile in the background: one transaction
 * per batch (the leads, their dispatches and the job's counts together), each batch sized to hold
 * the event loop for about 20 ms, the loop yielded between batches, cancellable between them. A
 * run the app stops in the middle of is found `running` at the next start and marked interrupted;
 * its finished batches stay done.
 */
export function createRescoreRunner(d: RescoreRunnerDeps) {
  const searchIndex = createBulkSearchIndex(d.sqlite);
  const running = new Map<string, Running>();
  /** Clients whose run is being counted before it starts: one run per client at a time. */
  const starting = new Set<string>();
  let stopped = false;

  function view(id: string): RescoreView {
    const found = d.jobs.view(id);
    if (!found) throw new AppError('not_found', 'This re-score does not exist.');
    return found;
  }

  function busy(clientId: string): AppError | null {
    const id = [...running].find(([, r]) => r.clientId === clientId)?.[0];
    if (id === undefined && !starting.has(clientId)) return null;
    return new AppError('conflict', 'This client’s leads are already being scored again.', {
      reason: 'rescore_running',
      id,
    });
  }

  async function run(job: BatchJob & { clientId: string }, state: Running, upTo: number): Promise<void> {
    const pace = new Pace();
    let cursor = SCAN_START;
    let failed: string | null = null;
    try {
      for (;;) {
        await nextTurn();
        // Stopping: the database is closing; the next start reports the run as interrupted.
        if (stopped) return;
        if (state.cancelled) break;
        // Read for every batch, as intake does: a profile saved meanwhile applies from here on.
        const ctx = d.context(job.clientId);
        if (!ctx) {
          failed = NO_PROFILE;
          break;
        }
        const began = performance.now();
        const rows = d.scan.page(job.clientId, upTo, cursor, pace.size);
        if (rows.length === 0) break;
        // The dispatches a page queues go into the search index in one statement, as an import's do.
        const counts = d.sqlite
          .transaction(() => searchIndex.run(() => rescoreBatch(d, job, rows, ctx, d.clock.now())))
          .immediate();
        pace.record(rows.length, performance.now() - began);
        cursor = cursorAfter(rows, cursor);
        if (counts.changed > 0) {
          d.events.emit('leads:changed', { clientId: job.clientId, reason: 'scored', count: counts.changed });
        }
        d.events.emit('scoring:rescoreProgress', view(job.id));
      }
      const end = failed !== null ? 'failed' : state.cancelled ? 'cancelled' : 'done';
      d.jobs.finish(job.id, end, failed, d.clock.now());
    } catch (error) {
      if (stopped) return;
      d.log.error('scoring: re-score failed', { jobId: job.id, error: String(error) });
      d.jobs.finish(job.id, 'failed', error instanceof Error ? error.message : String(error), d.clock.now());
    } finally {
      running.delete(job.id);
    }
    const finished = view(job.id);
    d.log.info('scoring: re-score finished', { ...finished });
    d.events.emit('scoring:rescoreProgress', finished);
  }

  return {
    view,

    latest(clientId: string): RescoreView | null {
      return d.jobs.latest(clientId);
    },

    /** Counts the leads in scope (in chunks), records the run, and answers it; the batches follow. */
    async start(input: { clientId: string; scope: RescoreScope; queued: RescoreQueuedPolicy }): Promise<RescoreView> {
      const { clientId, scope, queued } = input;
      const conflict = busy(clientId);
      if (conflict) throw conflict;
      if (!d.context(clientId)) throw noProfile();
      starting.add(clientId);
      let total: number;
      let upTo: number;
      try {
        upTo = d.scan.upTo(clientId);
        total = await d.scan.count(clientId, upTo, scope, nextTurn);
      } finally {
        starting.delete(clientId);
      }
      const ctx = d.context(clientId);
      if (stopped) throw new AppError('unavailable', 'The app is stopping.');
      if (!ctx) throw noProfile();
      const id = randomUUID();
      const now = d.clock.now();
      d.jobs.create({ id, clientId, profileName: ctx.profile.name, scope, queued, total, now });
      const state: Running = { clientId, cancelled: false, done: Promise.resolve() };
      running.set(id, state);
      d.log.info('scoring: re-score started', { jobId: id, clientId, scope, queued, total });
      // Once the database is closed nothing is left to record; the next start marks the run interrupted.
      state.done = run({ id, clientId, scope, queued }, state, upTo).catch((error: unknown) => {
        d.log.warn('scoring: re-score stopped', { jobId: id, error: String(error) });
      });
      return view(id);
    },

    cancel(id: string): RescoreView {
      const state = running.get(id);
      if (state) state.cancelled = true;
      return view(id);
    },

    /** What a re-score would change now, in both scopes; reads in chunks, writes nothing. */
    preview(clientId: string): Promise<RescorePreview> {
      const ctx = d.context(clientId);
      if (!ctx) throw noProfile();
      return previewRescore(d, clientId, ctx, nextTurn);
    },

    /** Resolves when the run (or every run) has ended: tests, and a clean shutdown. */
    async settled(id?: string): Promise<void> {
      const states = id ? [running.get(id)] : [...running.values()];
      await Promise.all(states.flatMap((s) => (s ? [s.done] : [])));
    },

    /** Before the database closes: runs stop where they are, and are reported interrupted at the next start. */
    stop(): void {
      stopped = true;
    },
  };
}

export type RescoreRunner = ReturnType<typeof createRescoreRunner>;
