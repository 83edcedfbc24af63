import { open } from 'node:fs/promises';
import type { EventBus } from '../events';
import { nextBatchSize, threadCpuMs } from '../lib/batch-size';
import type { Log } from '../ports';
import type { GeneratedFiles } from './files';

/** Lets the dispatch engine and other callers run between two batches of a long export. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A page of a keyset-paged list, as the exporters read it. */
export interface KeysetPage<R> {
  rows: R[];
  nextCursor: string | null;
}

export interface ExportContext {
  signal: AbortSignal;
  write: (chunk: string | Buffer) => Promise<void>;
  /** Rows written so far; reported to every renderer as `exports:progress`. */
  progress: (done: number) => void;
}

/**
 * Rows per page of an export: the first page, and the most. Pages are sized between them so that
 * reading and formatting one takes about PAGE_MS of CPU.
 */
export const EXPORT_PAGE = { first: 200, max: 2_000 } as const;
export const PAGE_MS = 20;

/**
 * Writes every page of a keyset-paged list, one line per row, reporting progress and letting the
 * event loop run after each page; stops between pages when the export is cancelled. `maxRows`
 * caps a page (EXPORT_PAGE.max unless given).
 */
export async function writeKeysetPages<R>(
  ctx: ExportContext,
  page: (cursor: string | undefined, limit: number) => KeysetPage<R>,
  line: (row: R) => string,
  maxRows: number = EXPORT_PAGE.max,
): Promise<number> {
  const pace = { targetMs: PAGE_MS, min: Math.min(50, maxRows), max: maxRows };
  let limit = Math.min(EXPORT_PAGE.first, maxRows);
  let cursor: string | undefined;
  let done = 0;
  do {
    if (ctx.signal.aborted) break;
    const started = threadCpuMs();
    const found = page(cursor, limit);
    const text = found.rows.map(line).join('');
    limit = nextBatchSize(limit, found.rows.length, threadCpuMs() - started, pace);
    await ctx.write(text);
    done += found.rows.length;
    ctx.progress(done);
    cursor = found.nextCursor ?? undefined;
    await yieldToEventLoop();
  } while (cursor !== undefined);
  return done;
}

export interface ExportSpec {
  fileName: string;
  mime: string;
  ext: string;
  /** A first estimate of the rows, for the progress bar. */
  total: number;
  /** Writes the whole file in batches, checking `signal` between them; answers the rows written. */
  produce(ctx: ExportContext): Promise<number>;
}

export interface ExportJobs {
  start(spec: ExportSpec): { id: string; fileName: string };
  cancel(id: string): boolean;
  /** Stops every running job (the core is closing); their part files are deleted. */
  stop(): Promise<void>;
  /** Settles when every job started so far has finished (tests, shutdown). */
  idle(): Promise<void>;
}

class Cancelled extends Error {}

/**
 * Runs producers that write generated files, one part file each, and reports on them with the
 * `exports:*` events. A cancelled or failed job leaves no file behind.
 */
export function createExportJobs(deps: { files: GeneratedFiles; events: EventBus; log: Log }): ExportJobs {
  const { files, events, log } = deps;
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const idle = async (): Promise<void> => {
    await Promise.all([...running.values()].map((j) => j.done));
  };

  async function run(id: string, partPath: string, spec: ExportSpec, signal: AbortSignal): Promise<void> {
    const handle = await open(partPath, 'w', 0o600);
    let rows: number;
    try {
      rows = await spec.produce({
        signal,
        write: async (chunk) => {
          if (signal.aborted) throw new Cancelled();
          await handle.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
        },
        progress: (done) => events.emit('exports:progress', { id, done, total: Math.max(spec.total, done) }),
      });
      if (signal.aborted) throw new Cancelled();
    } finally {
      await handle.close();
    }
    const file = await files.ready(id);
    events.emit('exports:ready', { id, fileName: file.fileName, mime: file.mime, size: file.size, rows });
    log.info('exports: ready', { id, rows, bytes: file.size });
  }

  return {
    start(spec) {
      files.cleanup();
      const file = files.create({ fileName: spec.fileName, mime: spec.mime, ext: spec.ext });
      const controller = new AbortController();
      events.emit('exports:progress', { id: file.id, done: 0, total: spec.total });
      const done = run(file.id, file.partPath, spec, controller.signal)
        .catch(async (err: unknown) => {
          await files.discard(file.id);
          const cancelled = controller.signal.aborted || err instanceof Cancelled;
          if (!cancelled) log.error('exports: failed', { id: file.id, error: String(err) });
          events.emit('exports:failed', {
            id: file.id,
            reason: cancelled ? 'cancelled' : 'failed',
            message: cancelled ? null : err instanceof Error ? err.message : String(err),
          });
        })
        .finally(() => running.delete(file.id));
      running.set(file.id, { controller, done });
      return { id: file.id, fileName: file.fileName };
    },
    cancel(id) {
      const job = running.get(id);
      if (!job) return false;
      job.controller.abort();
      return true;
    },
    async stop() {
      for (const job of running.values()) job.controller.abort();
      await idle();
    },
    idle,
  };
}
