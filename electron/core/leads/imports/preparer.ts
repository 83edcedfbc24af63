import { Worker } from 'node:worker_threads';
import { findWorkerScript, type WorkerScript } from '../../lib/worker-script';
import type { PrepareContext } from '../prepare';
import { addStages } from '../stages';
import { readBatches, type OpenedBatches, type PreparedBatch, type ReadRequest } from './batches';
import { decodeBatch } from './wire';
import type { ToMain, ToWorker, WorkerRequest } from './worker-protocol';

export interface ImportWorkerOptions {
  /** The worker's script; found beside the core when not given (the built app, or the sources under tsx). */
  script?: string;
  /** Files smaller than this are prepared on the main thread: starting a thread would cost more than they do. */
  minBytes?: number;
}

export interface PrepareRequest {
  path: string;
  size: number;
  read: ReadRequest;
  ctx: PrepareContext;
  rows: number;
  withInputs: boolean;
}

export type PreparedSource = OpenedBatches & {
  thread: 'worker' | 'main';
  /** Why a worker was wanted and could not start (the import then ran on the main thread). */
  workerError?: string;
};

/**
 * The worker's heap: it keeps little (the remembered domains, names and phones, two batches) and
 * makes a lot of garbage; left to itself V8 grew it by a few hundred megabytes on a large import.
 * The old generation is what grew. A young generation of 16 MB made it collect three times as
 * often (about 1.5 s more CPU over 100,000 rows); 24 MB and a 64 MB old generation take as long
 * as 48 and 96 MB did, with 20 MB less resident.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 24, maxOldGenerationSizeMb: 64 };

/**
 * Rows per message from the worker: as many as it prepares at a time (batches.ts), so each lot
 * leaves as soon as it is ready. A row waiting in the worker's heap for the rest of a 500-row batch
 * outlived its young generation's collections and was copied into the old one: over 100,000 rows
 * the worker ran a full collection every 200 ms, and half as often once they were sent as ready
 * (docs/development.md). The main thread puts the messages together into the batch it stores.
 */
const MESSAGE_ROWS = 50;
/** Batches' worth of messages the worker may send ahead of storing: enough to keep both threads busy. */
const BATCHES_AHEAD = 2;

/** About 8,000 rows of a typical export. */
const DEFAULT_MIN_BYTES = 1024 * 1024;

/** What a worker says, in order; an error or an exit counts as its last word. */
function listen(worker: Worker): () => Promise<ToMain | Error> {
  const queue: Array<ToMain | Error> = [];
  let wake: (() => void) | null = null;
  const push = (item: ToMain | Error): void => {
    queue.push(item);
    wake?.();
  };
  worker.on('message', (m: ToMain) => push(m));
  worker.on('error', (e: Error) => push(e));
  worker.on('exit', (code) => push(new Error(`The import's worker stopped (exit code ${code}).`)));
  return async () => {
    while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return queue.shift() as ToMain | Error;
  };
}

/** `part` added to the end of `batch`: its rows, refused rows and times, and how far the file is read. */
function append(batch: PreparedBatch, part: PreparedBatch): void {
  batch.rows.push(...part.rows);
  batch.refused.push(...part.refused);
  batch.bytesRead = part.bytesRead;
  addStages(batch.times, part.times);
}

/**
 * The worker's messages put together into batches of `rows` leads (or refused rows), asking for
 * the next message as each arrives; the last batch holds what is left.
 */
async function* workerBatches(
  worker: Worker,
  next: () => Promise<ToMain | Error>,
  rows: number,
): AsyncGenerator<PreparedBatch> {
  let batch: PreparedBatch | null = null;
  for (;;) {
    const message = await next();
    if (message instanceof Error) throw message;
    if (message.type === 'failed') throw new Error(message.message);
    if (message.type === 'done') break;
    if (message.type !== 'batch') continue;
    const part = decodeBatch(message.batch);
    worker.postMessage('more' satisfies ToWorker);
    if (batch) append(batch, part);
    else batch = part;
    if (batch.rows.length >= rows || batch.refused.length >= rows) {
      yield batch;
      batch = null;
    }
  }
  if (batch) yield batch;
}

/**
 * Opens an import's file for storing: prepared in a worker thread when the file is large enough and
 * a worker can start, else on the main thread (the same code, batch by batch, yielding between
 * batches). When a worker cannot start, the import goes on without it and says why.
 */
export function createImportPreparer(options: ImportWorkerOptions | false | undefined) {
  const script =
    options === false ? null : findWorkerScript(options?.script, __dirname, 'prepare-worker.ts', 'import-worker');
  const minBytes = options === false ? Infinity : (options?.minBytes ?? DEFAULT_MIN_BYTES);

  async function inWorker(s: WorkerScript, req: PrepareRequest): Promise<PreparedSource | string> {
    const messageRows = Math.min(MESSAGE_ROWS, req.rows);
    const request: WorkerRequest = {
      path: req.path,
      read: req.read,
      ctx: req.ctx,
      rows: messageRows,
      ahead: BATCHES_AHEAD * Math.ceil(req.rows / messageRows),
      withInputs: req.withInputs,
    };
    const worker = new Worker(s.file, {
      workerData: request,
      ...(s.execArgv ? { execArgv: s.execArgv } : {}),
      resourceLimits: WORKER_HEAP,
    });
    const next = listen(worker);
    // The first word says whether the worker runs and the file can be read.
    const opened = await next();
    if (opened instanceof Error) {
      void worker.terminate();
      return String(opened);
    }
    if (opened.type !== 'opened') {
      void worker.terminate();
      throw new Error(opened.type === 'failed' ? opened.message : `The import's worker said ${opened.type} first.`);
    }
    const batches = workerBatches(worker, next, req.rows);
    return {
      thread: 'worker',
      mapping: opened.mapping,
      batches: () => batches,
      close() {
        worker.postMessage('stop' satisfies ToWorker);
        void worker.terminate();
      },
    };
  }

  return {
    async open(req: PrepareRequest): Promise<PreparedSource> {
      const viaWorker = script && req.size >= minBytes ? await inWorker(script, req) : null;
      if (viaWorker !== null && typeof viaWorker !== 'string') return viaWorker;
      const inline = await readBatches(req.path, req.read, req.ctx, req.rows);
      return { thread: 'main', ...inline, ...(viaWorker === null ? {} : { workerError: viaWorker }) };
    },
  };
}

export type ImportPreparer = ReturnType<typeof createImportPreparer>;
