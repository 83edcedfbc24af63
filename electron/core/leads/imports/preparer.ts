import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { findWorkerScript, type WorkerScript } from '../../lib/worker-script';
import type { PrepareContext } from '../prepare';
import { addStages } from '../stages';
import { readBatches, type OpenedBatches, type PreparedBatch, type ReadRequest } from './batches';
import { decodeBatch } from './wire';
import type { Posted, ToMain, ToWorker, WorkerRequest } from './worker-protocol';

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
 * The worker's heap: it keeps little (its modules, the lists of e-mail domains, the remembered
 * names and domains) and makes a lot of garbage; left to itself V8 grew it by a few hundred
 * megabytes on a large import. 24 MB young and 64 MB old take as long as 48 and 96 MB did, with
 * 20 MB less resident; a young generation of 12 or 8 MB is no smaller at the peak, its old
 * generation grows by as much (docs/development.md, "Memory during an import").
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

/**
 * What a worker says, in order, taken from its `out` port only when asked for; an error or an exit
 * counts as its last word.
 */
function listen(worker: Worker, out: MessagePort) {
  let posted = 0;
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  worker.on('message', (notice: Posted) => {
    posted++;
    if (notice === 'last') ended = true;
    wake?.();
  });
  const fail = (error: Error): void => {
    failure ??= error;
    wake?.();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`The import's worker stopped (exit code ${code}).`)));
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
  };
  return {
    /** Until `count` messages wait (or the worker has said its last): a batch's worth is taken at once. */
    waiting: (count: number): Promise<void> => until(() => posted >= count || ended || failure !== null),
    async next(): Promise<ToMain | Error> {
      await until(() => posted > 0 || failure !== null);
      const received = receiveMessageOnPort(out);
      if (!received) return failure ?? new Error("The import's worker said nothing more.");
      posted--;
      return received.message as ToMain;
    },
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
 * another message as each is taken; the last batch holds what is left. A batch's messages are
 * taken and decoded together once they are all there: rows that waited decoded in the main
 * thread's heap outlived its young generation's collections and filled its old one with garbage.
 */
async function* workerBatches(
  worker: Worker,
  messages: ReturnType<typeof listen>,
  rows: number,
  messagesPerBatch: number,
): AsyncGenerator<PreparedBatch> {
  let batch: PreparedBatch | null = null;
  for (;;) {
    if (!batch) await messages.waiting(messagesPerBatch);
    const message = await messages.next();
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
    const messagesPerBatch = Math.ceil(req.rows / messageRows);
    const channel = new MessageChannel();
    const request: WorkerRequest = {
      path: req.path,
      read: req.read,
      ctx: req.ctx,
      rows: messageRows,
      ahead: BATCHES_AHEAD * messagesPerBatch,
      withInputs: req.withInputs,
      out: channel.port2,
    };
    const worker = new Worker(s.file, {
      workerData: request,
      transferList: [channel.port2],
      ...(s.execArgv ? { execArgv: s.execArgv } : {}),
      resourceLimits: WORKER_HEAP,
    });
    const end = (): void => {
      void worker.terminate();
      channel.port1.close();
    };
    const messages = listen(worker, channel.port1);
    // The first word says whether the worker runs and the file can be read.
    const opened = await messages.next();
    if (opened instanceof Error) {
      end();
      return String(opened);
    }
    if (opened.type !== 'opened') {
      end();
      throw new Error(opened.type === 'failed' ? opened.message : `The import's worker said ${opened.type} first.`);
    }
    const batches = workerBatches(worker, messages, req.rows, messagesPerBatch);
    return {
      thread: 'worker',
      mapping: opened.mapping,
      batches: () => batches,
      close() {
        worker.postMessage('stop' satisfies ToWorker);
        end();
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
