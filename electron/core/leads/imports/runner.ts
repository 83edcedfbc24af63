import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import type { ImportIssue, ImportView } from '#contract';
import type { DuplicatePolicy } from '#contract/lead-imports';
import type { LeadInput } from '#contract/lead-input';
import { AppError } from '../../errors';
import type { EventBus } from '../../events';
import type { Clock, Log } from '../../ports';
import { openLeadsCsv, type ColumnTarget, type CsvEncoding, type CsvSeparator } from '../csv';
import type { Ingest } from '../ingest';
import type { ImportsRepository } from './repository';
import { createImportTally, type RowPosition } from './tally';
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

/** Rows per transaction: large enough that commits are cheap, small enough to keep the app responsive. */
export const IMPORT_BATCH_ROWS = 500;
/** Progress events at most this often. */
const PROGRESS_EVERY_MS = 150;

interface Running {
  cancelled: boolean;
  bytesRead: number;
  totalBytes: number;
  done: Promise<void>;
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
  events: EventBus;
  clock: Clock;
  log: Log;
}) {
  const running = new Map<string, Running>();

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
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        state.bytesRead += chunk.length;
        done(null, chunk);
      },
    });
    // pipeline, not pipe: a read error (the file gone, a disk failing) ends the counter with it, so the
    // import fails with that error instead of the error going unheard and ending the process.
    pipeline(createReadStream(path), counter, () => undefined);
    const fail = (error: unknown): void => {
      d.log.error('leads: import failed', { importId: id, error: String(error) });
      d.repo.finish(id, 'failed', error instanceof Error ? error.message : String(error), d.clock.now());
    };
    let csv: Awaited<ReturnType<typeof openLeadsCsv>>;
    try {
      csv = await openLeadsCsv(counter, { encoding: req.encoding, separator: req.separator, mapping: req.mapping });
    } catch (error) {
      fail(error);
      counter.destroy();
      running.delete(id);
      d.uploads.discard(req.uploadId);
      progress(true);
      return;
    }
    const tally = createImportTally(csv.mapping);
    const ctx = d.ingest.context(req.clientId);
    let batch: LeadInput[] = [];
    let positions: RowPosition[] = [];
    let refused: ImportIssue[] = [];

    const flush = async (): Promise<void> => {
      const inputs = batch;
      const where = positions;
      const pending = refused;
      batch = [];
      positions = [];
      refused = [];
      await d.ingest.ingest(
        req.clientId,
        inputs,
        {
          origin: 'csv',
          importId: id,
          duplicates: req.duplicatePolicy,
          alongside: (outcomes) => {
            const issues = [...pending];
            outcomes.forEach((o, i) => {
              const position = where[i];
              if (position) issues.push(...tally.stored(o, position));
            });
            d.repo.setCounts(id, tally.counts);
            d.repo.addIssues(id, issues);
          },
        },
        ctx,
      );
      progress();
      await new Promise<void>((resolve) => setImmediate(resolve));
    };

    try {
      for await (const row of csv.rows()) {
        if (state.cancelled) break;
        if (row.status !== 'ok' || !row.lead) refused.push(...tally.refused(row));
        else {
          tally.read();
          batch.push(row.lead);
          positions.push({ row: row.row, line: row.line, issues: row.issues });
        }
        if (batch.length >= IMPORT_BATCH_ROWS || refused.length >= IMPORT_BATCH_ROWS) await flush();
      }
      // Rows already read are kept, cancelled or not: the counts then say what is in the Leads list.
      await flush();
      const message = tally.truncated ? 'issues_truncated' : null;
      d.repo.finish(id, state.cancelled ? 'cancelled' : 'done', message, d.clock.now());
    } catch (error) {
      fail(error);
    } finally {
      csv.close();
      state.bytesRead = state.totalBytes;
      progress(true);
      running.delete(id);
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
      const state: Running = { cancelled: false, bytesRead: 0, totalBytes: file.size, done: Promise.resolve() };
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

    cancelAll(): void {
      for (const state of running.values()) state.cancelled = true;
    },
  };
}

export type ImportRunner = ReturnType<typeof createImportRunner>;
