import type { MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** Where a worker thread finds the app's database: its file, and SQLite's native module for this runtime. */
export interface WorkerDatabase {
  file: string;
  /** NativeBinding.path; the package's own module when undefined. */
  nativeBinding: string | undefined;
}

/**
 * The app's database opened on a worker thread's own connection, set up by `setup`. When it cannot
 * be opened, the worker's first word says why (`{ type: 'failed', message }`), its port closes, and
 * the result is null: the main thread then does the work itself.
 */
export function openWorkerConnection(
  port: MessagePort,
  data: WorkerDatabase,
  setup: (db: Database.Database) => void,
): Database.Database | null {
  try {
    const db = new Database(data.file, {
      fileMustExist: true,
      ...(data.nativeBinding !== undefined ? { nativeBinding: data.nativeBinding } : {}),
    });
    setup(db);
    return db;
  } catch (err) {
    port.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    port.close();
    return null;
  }
}
