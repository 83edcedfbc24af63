import { Worker } from 'node:worker_threads';
import type { Log } from '../ports';
import { findWorkerScript } from '../lib/worker-script';
import type { Sqlite } from './connection';
import {
  CLOSED,
  RUNNING,
  STOP_ASKED,
  type CheckpointWorkerData,
  type FromCheckpointWorker,
} from './checkpoint-protocol';

export interface CheckpointOptions {
  /** The worker's script; found beside the core when not given (the built app, or the sources under tsx). */
  script?: string;
  intervalMs?: number;
  maxIdleMs?: number;
}

export interface CheckpointStats {
  /** Where checkpoints run: the worker thread, or inside the main thread's commits (SQLite's own). */
  mode: 'worker' | 'inline';
  count: number;
  frames: number;
  longestMs: number;
}

/** SQLite's own threshold (pages in the log) when the main thread checkpoints inside its commits. */
const INLINE_PAGES = 1000;
/** How long closing waits for a checkpoint under way to finish before the connection closes anyway. */
const STOP_WAIT_MS = 5000;

/**
 * Moves WAL checkpoints off the main thread (docs/architecture.md, "The database"). Until the
 * worker has opened its connection, and again if it fails, the main connection checkpoints as
 * SQLite does by default, so the log never grows without bound. `false` keeps SQLite's default.
 */
export function startCheckpoints(
  sqlite: Sqlite,
  o: { file: string; nativeBinding: string | undefined; log: Log; options: CheckpointOptions | false | undefined },
) {
  const stats: CheckpointStats = { mode: 'inline', count: 0, frames: 0, longestMs: 0 };
  const inlineOnly = { stats: () => ({ ...stats }), stop() {} };
  if (o.options === false) return inlineOnly;
  const options = o.options ?? {};
  const script = findWorkerScript(options.script, __dirname, 'checkpoint-worker.ts', 'checkpoint-worker');
  if (script === null) {
    o.log.warn('database: no checkpoint worker script; checkpoints stay inline');
    return inlineOnly;
  }

  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const data: CheckpointWorkerData = {
    file: o.file,
    nativeBinding: o.nativeBinding,
    intervalMs: options.intervalMs ?? 250,
    maxIdleMs: options.maxIdleMs ?? 30_000,
    signal,
  };
  let stopping = false;
  const inline = (why: string): void => {
    if (stats.mode === 'worker' && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
    stats.mode = 'inline';
    if (!stopping) o.log.warn('database: the checkpoint worker stopped; checkpoints are inline again', { why });
  };
  const worker = new Worker(script.file, {
    workerData: data,
    ...(script.execArgv ? { execArgv: script.execArgv } : {}),
    resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 },
  });
  // The worker never keeps the process alive: the core's close stops it, a crash ends it anyway.
  worker.unref();
  worker.on('message', (m: FromCheckpointWorker) => {
    if (m.type === 'ready' && !stopping && sqlite.open) {
      sqlite.pragma('wal_autocheckpoint = 0');
      stats.mode = 'worker';
      o.log.info('database: checkpoints run in a worker thread');
    } else if (m.type === 'checkpointed') {
      stats.count++;
      stats.frames += m.frames;
      stats.longestMs = Math.max(stats.longestMs, m.ms);
    } else if (m.type === 'failed') inline(m.message);
  });
  worker.on('error', (err) => inline(String(err)));
  worker.on('exit', (code) => {
    if (stats.mode === 'worker') inline(`exit code ${code}`);
  });

  return {
    stats: (): CheckpointStats => ({ ...stats }),
    /**
     * Synchronous, for the core's close: the worker's connection is closed before the main one,
     * which then folds what is left of the log into the file and removes it.
     */
    stop(): void {
      if (stopping) return;
      stopping = true;
      if (Atomics.compareExchange(flag, 0, RUNNING, STOP_ASKED) === RUNNING) {
        Atomics.notify(flag, 0);
        // Waits while the flag still says "asked" (the worker sets CLOSED), bounded.
        if (stats.mode === 'worker') Atomics.wait(flag, 0, STOP_ASKED, STOP_WAIT_MS);
      }
      if (Atomics.load(flag, 0) !== CLOSED) void worker.terminate();
      stats.mode = 'inline';
    },
  };
}

export type Checkpoints = ReturnType<typeof startCheckpoints>;
