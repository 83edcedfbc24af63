/**
 * The checkpoint worker: copies the write-ahead log back into the database file on a connection of
 * its own, so that the main thread never does it inside a commit (docs/architecture.md, "The
 * database"). A checkpoint writes up to thousands of pages and syncs the file: tens of milliseconds,
 * hundreds on a busy disk, which the dispatch engine and the window would otherwise wait out.
 */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { CLOSED, STOP_ASKED, type CheckpointWorkerData, type FromCheckpointWorker } from './checkpoint-protocol';
import { openWorkerConnection } from './worker-connection';

function run(port: NonNullable<typeof parentPort>, data: CheckpointWorkerData): void {
  const send = (message: FromCheckpointWorker): void => port.postMessage(message);
  const signal = new Int32Array(data.signal);
  // A checkpoint copies frames from the log to the file; it needs next to no page cache.
  const db = openWorkerConnection(port, data, (opened) => opened.pragma('cache_size = -1024'));
  if (!db) return;

  let seen = '';
  let lastAt = performance.now();
  const checkpointIfWritten = (): void => {
    const wal = statSync(`${data.file}-wal`, { throwIfNoEntry: false });
    const mark = wal ? `${wal.size}:${wal.mtimeMs}` : '';
    if (mark === seen && performance.now() - lastAt < data.maxIdleMs) return;
    seen = mark;
    const started = performance.now();
    // PASSIVE: never waits for readers or writers; what it cannot copy now waits for the next turn.
    const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    lastAt = performance.now();
    if (result && result.checkpointed > 0) {
      send({ type: 'checkpointed', ms: lastAt - started, frames: result.checkpointed, busy: result.busy !== 0 });
    }
  };

  const timer = setInterval(() => {
    try {
      checkpointIfWritten();
    } catch (err) {
      // SQLITE_BUSY and the like: the next turn tries again; anything else is said once and ends the worker.
      const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return;
      send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
      stop();
    }
  }, data.intervalMs);

  const stop = (): void => {
    clearInterval(timer);
    db.close();
    Atomics.store(signal, 0, CLOSED);
    Atomics.notify(signal, 0);
    port.close();
  };

  // The main thread asks to stop through shared memory, and waits for the connection to be closed.
  const asked = Atomics.waitAsync(signal, 0, 0);
  if (asked.async) void asked.value.then(stop);
  else if (Atomics.load(signal, 0) === STOP_ASKED) return stop();
  send({ type: 'ready' });
}

if (parentPort) run(parentPort, workerData as CheckpointWorkerData);
