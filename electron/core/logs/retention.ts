import type { Sqlite } from '../db/connection';
import { PAGE_MS, yieldToEventLoop } from '../exports';
import { nextBatchSize, threadCpuMs } from '../lib/batch-size';
import type { Clock, Log, Timers } from '../ports';
import { DAY_MS } from './health';
import type { LogsPrefsStore } from './prefs';

export const PRUNE_BATCH_ROWS = 1000;

/**
 * Attempt rows older than the retention are deleted, except every attempt of a dispatch that is
 * still open (pending, sending, retrying, held). Keeping all of them, not only the latest, is
 * deliberate: the engine counts a dispatch's interrupted attempts from these rows to decide when
 * to give up, and the drawer of a dispatch still waiting must show why it waits. Open dispatches
 * are few and have few attempts, so this keeps little. Dispatches themselves are never deleted:
 * the Logs list stays complete, only the per-attempt call detail goes.
 *
 * Each statement deletes at most one batch through `attempts_client_started_idx`, one client at a
 * time, and the loop yields between batches so dispatching carries on during a large first prune.
 * Batches are sized to take about PAGE_MS of CPU, up to 1,000 rows (about 25 ms of CPU in
 * the logs benchmark; 5,000 took about 140 ms, long enough to delay sends and the page's answers).
 */
export const PRUNE_SQL = `DELETE FROM dispatch_attempts WHERE id IN (
    SELECT a.id FROM dispatch_attempts a
    WHERE a.client_id = @clientId AND a.started_at < @cutoff
      AND NOT EXISTS (SELECT 1 FROM dispatches d WHERE d.id = a.dispatch_id
        AND d.state IN ('pending', 'sending', 'retrying', 'held'))
    LIMIT @limit)`;

export interface Retention {
  /** Prunes now (after the one running, if any) and answers how many rows went. */
  prune(): Promise<number>;
  /** Prunes at start-up and then once a day. */
  start(): void;
  stop(): void;
}

export function createRetention(deps: {
  sqlite: Sqlite;
  clock: Clock;
  timers: Timers;
  prefs: LogsPrefsStore;
  log: Log;
  batchRows?: number;
}): Retention {
  const { sqlite, clock, timers, log } = deps;
  // Batches are sized by time below the most rows one may delete, as export pages are.
  const pace = { targetMs: PAGE_MS, min: 1, max: deps.batchRows ?? PRUNE_BATCH_ROWS };
  const clients = sqlite.prepare<[], { id: string }>('SELECT id FROM clients ORDER BY id');
  const remove = sqlite.prepare<[{ clientId: string; cutoff: number; limit: number }]>(PRUNE_SQL);
  const batch = sqlite.transaction(
    (clientId: string, cutoff: number, limit: number) => remove.run({ clientId, cutoff, limit }).changes,
  );
  let stopped = false;
  let cancelTimer: (() => void) | null = null;
  let running: Promise<number> = Promise.resolve(0);

  async function pruneOnce(): Promise<number> {
    const days = deps.prefs.read().retentionDays;
    const cutoff = clock.now() - days * DAY_MS;
    let deleted = 0;
    let limit = Math.min(250, pace.max);
    for (const { id } of clients.all()) {
      for (;;) {
        if (stopped) return deleted;
        const started = threadCpuMs();
        const asked = limit;
        const n = batch(id, cutoff, asked);
        deleted += n;
        limit = nextBatchSize(asked, n, threadCpuMs() - started, pace);
        await yieldToEventLoop();
        if (n < asked) break;
      }
    }
    if (deleted > 0) log.info('logs: old attempts pruned', { deleted, days });
    return deleted;
  }

  function prune(): Promise<number> {
    running = running.then(pruneOnce, pruneOnce).catch((err: unknown) => {
      if (!stopped) log.error('logs: pruning failed', { error: String(err) });
      return 0;
    });
    return running;
  }

  function schedule(ms: number): void {
    cancelTimer = timers.after(ms, () => {
      if (stopped) return;
      void prune().then(() => {
        if (!stopped) schedule(DAY_MS);
      });
    });
  }

  return {
    prune,
    start() {
      stopped = false;
      schedule(0);
    },
    stop() {
      stopped = true;
      cancelTimer?.();
    },
  };
}
