import { randomUUID } from 'node:crypto';
import type { ImportView } from '#contract';
import type { DuplicatePolicy } from '#contract/lead-imports';
import { AppError } from '../../errors';
import { nextBatchSize } from '../../lib/batch-size';
import type { EventBus } from '../../events';
import type { Clock, Log } from '../../ports';
import type { ColumnTarget, CsvEncoding, CsvSeparator } from '../csv';
import type { Ingest } from '../ingest';
import { addStages, noStageTimes, type StageTimes } from '../stages';
import type { ImportPreparer, PreparedSource } from './preparer';
import type { ImportsRepository } from './repository';
import { createImportTally } from './tally';
import type { Uploads } from './uploads';

export interface ImportRequest {
  clientId: string;
  uploadId: string;
  fileName: string;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  mapping: readonly ColumnTarget[];
  duplicatePolicy: DuplicatePolicy;
}

/** Rows the preparer hands over at a time (the largest transaction). */
export const IMPORT_BATCH_ROWS = 500;
/**
 * The CPU time one transaction may take on the main thread. Larger ones commit less often (each
 * commit rewrites the index pages it touched: 500-row transactions cost a third less than 100-row
 * ones); smaller ones let the dispatch engine and the window in sooner. Transactions are sized to
 * it from the CPU time the last one took.
 */
export const TRANSACTION_MS = 25;
const FIRST_TRANSACTION_ROWS = 100;

/** The next transaction's rows, from the CPU time the last one took. */
export function nextTransactionRows(current: number, rows: number, ms: number): number {
  return nextBatchSize(current, rows, ms, { targetMs: TRANSACTION_MS, min: 25, max: IMPORT_BATCH_ROWS });
}
/** Progress events at most this often. */
const PROGRESS_EVERY_MS = 150;

interface Running {
  cancelled: boolean;
  bytesRead: number;
  totalBytes: number;
  done: Promise<void>;
  /** Where the rows were validated and scored. */
  thread: PreparedSource['thread'] | null;
  times: StageTimes;
  /** Rows in the next transaction. */
  transactionRows: number;
  transactions: ImportTimings['transactions'];
}

/** Where an import's time went, step by step (the benchmark prints it). */
export interface ImportTimings {
  thread: PreparedSource['thread'] | null;
  stages: StageTimes;
  /** The transactions on the main thread: how many, and the longest, in time and in CPU time. */
  transactions: { count: number; longestMs: number; longestCpuMs: number };
}

/**
 * Runs CSV imports in the background: streams the uploaded file, stores its rows in batches
 * (each batch one transaction with its progress counts), reports the rows it could not take,
 * and can be cancelled between batches. The event loop is yielded after every batch, so
 * dispatching and the interface keep going during a 100,000-row import.
 */
export function createImportRunner(d: {
  repo: ImportsRepository;
  uploads: Uploads;
  ingest: Ingest;
  preparer: ImportPreparer;
  events: EventBus;
  clock: Clock;
  log: Log;
}) {
  const running = new Map<string, Running>();
  const finished = new Map<string, ImportTimings>();

  function view(id: string): ImportView {
    const row = d.repo.get(id);
    if (!row) throw new AppError('not_found', 'This import does not exist.');
    const live = running.get(id);
    return d.repo.toView(row, live ? { bytesRead: live.bytesRead, totalBytes: live.totalBytes } : undefined);
  }

  async function run(id: string, req: ImportRequest, state: Running, path: string): Promise<void> {
    let lastProgress = 0;
    const progress = (force = false): void => {
      const now = d.clock.now();
      if (!force && now - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = now;
      d.events.emit('leads:importProgress', view(id));
    };
    const fail = (error: unknown): void => {
      d.log.error('leads: import failed', { importId: id, error: String(error) });
      d.repo.finish(id, 'failed', error instanceof Error ? error.message : String(error), d.clock.now());
    };
    const ctx = d.ingest.context(req.clientId);
    let source: PreparedSource;
    try {
      source = await d.preparer.open({
        path,
        size: state.totalBytes,
        read: { encoding: req.encoding, separator: req.separator, mapping: req.mapping },
        ctx,
        rows: IMPORT_BATCH_ROWS,
        withInputs: req.duplicatePolicy === 'update',
      });
    } catch (error) {
      fail(error);
      running.delete(id);
      d.uploads.discard(req.uploadId);
      progress(true);
      return;
    }
    state.thread = source.thread;
    if (source.workerError) {
      d.log.warn('leads: the import worker could not start; the import runs on the main thread', {
        importId: id,
        error: source.workerError,
      });
    }
    const tally = createImportTally(source.mapping);

    try {
      for await (const batch of source.batches()) {
        if (state.cancelled) break;
        addStages(state.times, batch.times);
        state.bytesRead = batch.bytesRead;
        let refused = batch.refused.flatMap((row) => tally.refused(row));
        for (let i = 0; i < batch.rows.length; i++) tally.read();
        // Stored in transactions sized so that each holds the thread about TRANSACTION_MS: the
        // dispatch engine and the interface get their turn between two.
        let at = 0;
        do {
          const rows = batch.rows.slice(at, at + state.transactionRows);
          at += rows.length;
          const pending = refused;
          refused = [];
          const stored = await d.ingest.ingestPrepared(
            req.clientId,
            rows.map((r) => r.lead),
            {
              origin: 'csv',
              importId: id,
              duplicates: req.duplicatePolicy,
              times: state.times,
              alongside: (outcomes) => {
                const issues = [...pending];
                outcomes.forEach((o, i) => {
                  const position = rows[i];
                  if (position) issues.push(...tally.stored(o, position));
                });
                d.repo.setCounts(id, tally.counts);
                d.repo.addIssues(id, issues);
              },
            },
            ctx,
          );
          state.transactionRows = nextTransactionRows(state.transactionRows, rows.length, stored.cpuMs);
          const t = state.transactions;
          t.count++;
          t.longestMs = Math.max(t.longestMs, stored.ms);
          t.longestCpuMs = Math.max(t.longestCpuMs, stored.cpuMs);
          progress();
          await new Promise<void>((resolve) => setImmediate(resolve));
        } while (at < batch.rows.length && !state.cancelled);
      }
      // Rows already stored are kept, cancelled or not: the counts then say what is in the Leads list.
      const message = tally.truncated ? 'issues_truncated' : null;
      d.repo.finish(id, state.cancelled ? 'cancelled' : 'done', message, d.clock.now());
    } catch (error) {
      fail(error);
    } finally {
      source.close();
      state.bytesRead = state.totalBytes;
      progress(true);
      running.delete(id);
      finished.set(id, { thread: state.thread, stages: state.times, transactions: state.transactions });
      if (finished.size > 10) finished.delete(finished.keys().next().value as string);
      d.uploads.discard(req.uploadId);
    }
  }

  return {
    view,

    start(req: ImportRequest): ImportView {
      const file = d.uploads.file(req.uploadId);
      const id = randomUUID();
      d.repo.create({
        id,
        clientId: req.clientId,
        fileName: req.fileName,
        policy: req.duplicatePolicy,
        now: d.clock.now(),
      });
      const state: Running = {
        cancelled: false,
        bytesRead: 0,
        totalBytes: file.size,
        done: Promise.resolve(),
        thread: null,
        times: noStageTimes(),
        transactionRows: FIRST_TRANSACTION_ROWS,
        transactions: { count: 0, longestMs: 0, longestCpuMs: 0 },
      };
      running.set(id, state);
      // After a shutdown the database is gone; nothing is left to record, and the next start marks
      // the import interrupted.
      state.done = run(id, req, state, file.path).catch((error: unknown) => {
        d.log.warn('leads: import stopped', { importId: id, error: String(error) });
      });
      return view(id);
    },

    cancel(id: string): ImportView {
      const state = running.get(id);
      if (state) state.cancelled = true;
      return view(id);
    },

    /** Resolves when the import has finished (tests, and a clean shutdown). */
    async settled(id?: string): Promise<void> {
      const states = id ? [running.get(id)] : [...running.values()];
      await Promise.all(states.flatMap((s) => (s ? [s.done] : [])));
    },

    /** Where the time of a running or recently finished import went. */
    timings(id: string): ImportTimings | null {
      const live = running.get(id);
      return live
        ? { thread: live.thread, stages: live.times, transactions: live.transactions }
        : (finished.get(id) ?? null);
    },

    /** The imports running now, with their progress through the file. */
    active(): ImportView[] {
      return [...running.keys()].flatMap((id) => (d.repo.get(id) ? [view(id)] : []));
    },

    cancelAll(): void {
      for (const state of running.values()) state.cancelled = true;
    },
  };
}

export type ImportRunner = ReturnType<typeof createImportRunner>;
