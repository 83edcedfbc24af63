import { Worker } from 'node:worker_threads';
import { findWorkerScript, type WorkerScript } from '../../lib/worker-script';
import type { PrepareContext } from '../prepare';
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

/** The worker's batches as they arrive, asking for the next as each is taken. */
async function* workerBatches(worker: Worker, next: () => Promise<ToMain | Error>): AsyncGenerator<PreparedBatch> {
  for (;;) {
    const message = await next();
    if (message instanceof Error) throw message;
    if (message.type === 'done') return;
    if (message.type === 'failed') throw new Error(message.message);
    if (message.type !== 'batch') continue;
    const batch = decodeBatch(message.batch);
    worker.postMessage('more' satisfies ToWorker);
    yield batch;
  }
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
    const request: WorkerRequest = {
      path: req.path,
      read: req.read,
      ctx: req.ctx,
      rows: req.rows,
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
    const batches = workerBatches(worker, next);
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
