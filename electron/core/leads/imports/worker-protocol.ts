import type { MessagePort } from 'node:worker_threads';
import type { ColumnMapping } from '../csv';
import type { PrepareContext } from '../prepare';
import type { ReadRequest } from './batches';
import type { WireBatch } from './wire';

/** What the main thread gives an import's worker when it starts it. */
export interface WorkerRequest {
  path: string;
  read: ReadRequest;
  ctx: PrepareContext;
  /** Leads per message: the main thread puts several together into the batch it stores. */
  rows: number;
  /** Messages the worker may send before the main thread asks for more. */
  ahead: number;
  /** Keep each row's input: the import merges repeats into stored leads ("update"). */
  withInputs: boolean;
  /**
   * Where the worker puts its messages (`ToMain`). The main thread does not listen on it: it takes
   * them when it is ready to store a whole batch, so until then they wait serialized, outside its
   * heap (docs/architecture.md, "Memory"). The worker says on its own port that one is there.
   */
  out: MessagePort;
}

/** `more`: a message was taken, send another; `stop`: the import ends (cancelled, or failed while storing). */
export type ToWorker = 'more' | 'stop';

/** On the worker's own port, after each message put on `out`: `last` after `done` or `failed`. */
export type Posted = 'one' | 'last';

export type ToMain =
  | { type: 'opened'; mapping: ColumnMapping[] }
  | { type: 'batch'; batch: WireBatch }
  | { type: 'done' }
  | { type: 'failed'; message: string };
