import type { WorkerDatabase } from './worker-connection';

/** What the main thread gives the checkpoint worker (see checkpoints.ts); the file's log is `<file>-wal`. */
export interface CheckpointWorkerData extends WorkerDatabase {
  /** How often the log is looked at. */
  intervalMs: number;
  /** Even with no sign of new writes, a checkpoint at least this often (a coarse file clock can hide one). */
  maxIdleMs: number;
  /** Int32 slot 0: STOP_ASKED when the main thread wants the worker gone, CLOSED once its connection is. */
  signal: SharedArrayBuffer;
}

export const RUNNING = 0;
export const STOP_ASKED = 1;
export const CLOSED = 2;

export type FromCheckpointWorker =
  | { type: 'ready' }
  | { type: 'checkpointed'; ms: number; frames: number; busy: boolean }
  | { type: 'failed'; message: string };
