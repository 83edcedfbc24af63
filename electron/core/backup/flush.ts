import { open, type FileHandle } from 'node:fs/promises';

/** Pages written to the copy between two flushes (64 MB with SQLite's 4 KB pages). */
export const FLUSH_EVERY_PAGES = 16_384;

/**
 * Writes what an online copy has put in the file so far to the disk, on libuv's thread pool.
 * SQLite commits the copy in its last step with an fsync that runs on the event loop; on a large
 * database that fsync would wait for every page still in the system's cache (about a second for a
 * gigabyte on a busy disk), a pause dispatching would feel. Flushed as the copy goes, the last
 * fsync has only the last pages left. Only a help: SQLite's own commit still makes the copy durable,
 * so a flush that fails is ignored.
 */
export function createCopyFlusher(path: string, every = FLUSH_EVERY_PAGES) {
  let handle: FileHandle | null = null;
  let running: Promise<void> | null = null;
  let flushedAt = 0;

  function start(done: number): void {
    flushedAt = done;
    running = (async () => {
      handle ??= await open(path, 'r+');
      await handle.datasync();
    })()
      .catch(() => undefined)
      .finally(() => {
        running = null;
      });
  }

  return {
    /** Called after each step with the pages copied so far: starts a flush every `every` pages. */
    copied(done: number): void {
      if (running === null && done - flushedAt >= every) start(done);
    },
    /**
     * Before the last step: true while pages are still to be flushed (a flush is started if none
     * runs), so the copy waits a moment instead of committing them with a blocking fsync.
     */
    holdsLastStep(done: number): boolean {
      if (running !== null) return true;
      if (done > flushedAt && done >= every) {
        start(done);
        return true;
      }
      return false;
    },
    async close(): Promise<void> {
      await running;
      await handle?.close();
      handle = null;
    },
  };
}
