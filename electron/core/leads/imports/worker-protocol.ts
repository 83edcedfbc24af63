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
}

/** `more`: a message was taken, send another; `stop`: the import ends (cancelled, or failed while storing). */
export type ToWorker = 'more' | 'stop';

export type ToMain =
  | { type: 'opened'; mapping: ColumnMapping[] }
  | { type: 'batch'; batch: WireBatch }
  | { type: 'done' }
  | { type: 'failed'; message: string };
