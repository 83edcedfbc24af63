import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { NativeBinding, Sqlite } from '../db/connection';
import { createCopyFlusher } from './flush';

/**
 * A copy of the database is one self-contained SQLite file (rollback journal, no WAL beside it)
 * carrying a small `zbl_backup` table: which app took it, when, why, and for a workspace the
 * preferences that travel with it. Reading that table needs nothing but SQLite.
 */
export const INFO_TABLE = 'zbl_backup';

export type CopyKind = 'backup' | 'workspace';

export interface CopyInfo {
  kind: CopyKind;
  createdAt: number;
  appVersion: string;
  reason: string;
  /** Workspace only: the portable part of the preferences document. */
  preferences?: Record<string, unknown>;
  /** Workspace only: the connected apps file (client secrets sealed, never in clear). */
  oauthApps?: Record<string, unknown>;
}

/**
 * Pages copied per step of an online backup. The event loop runs between steps, so dispatching
 * goes on. 1,000 pages (4 MB) keep each step to a few milliseconds on a quiet machine; smaller steps
 * shorten the longest pause under heavy load but let an import running meanwhile outpace the copy,
 * which then lasts as long as the import (`npm run bench` measures both).
 */
export const PAGES_PER_STEP = 1000;

/** Opens a SQLite file other than the live database, with the host's build of the engine. */
export function openFile(path: string, native: NativeBinding | undefined, readonly: boolean): Sqlite {
  return new Database(path, {
    readonly,
    fileMustExist: true,
    ...(native?.path !== undefined ? { nativeBinding: native.path } : {}),
  });
}

/** Turns a fresh copy into a standalone file and records what it is. */
function seal(path: string, info: CopyInfo, native: NativeBinding | undefined): void {
  const copy = openFile(path, native, false);
  try {
    // The copy inherits WAL mode from the live file's header: a backup must be a single file.
    copy.pragma('journal_mode = DELETE');
    copy.exec(`DROP TABLE IF EXISTS ${INFO_TABLE}`);
    copy.exec(`CREATE TABLE ${INFO_TABLE} (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)`);
    const put = copy.prepare(`INSERT INTO ${INFO_TABLE} (key, value) VALUES (?, ?)`);
    copy.transaction(() => {
      put.run('kind', info.kind);
      put.run('createdAt', String(info.createdAt));
      put.run('appVersion', info.appVersion);
      put.run('reason', info.reason);
      if (info.preferences) put.run('preferences', JSON.stringify(info.preferences));
      if (info.oauthApps) put.run('oauthApps', JSON.stringify(info.oauthApps));
    })();
  } finally {
    copy.close();
  }
}

/**
 * An online copy through SQLite's backup API: a consistent snapshot of the moment it finishes
 * (writes made meanwhile through the same connection are carried into it), taken a few pages at a
 * time while leads keep being imported and sent. Written beside `dest` and renamed when complete.
 */
export async function copyDatabase(
  sqlite: Sqlite,
  dest: string,
  info: CopyInfo,
  native: NativeBinding | undefined,
  o: { onProgress?: (done: number, total: number) => void; flushEveryPages?: number } = {},
): Promise<void> {
  const part = `${dest}.part`;
  rmSync(part, { force: true });
  const flusher = createCopyFlusher(part, o.flushEveryPages);
  try {
    await sqlite.backup(part, {
      progress: ({ totalPages, remainingPages }) => {
        const done = totalPages - remainingPages;
        o.onProgress?.(done, totalPages);
        // The step that copies the last pages also commits: it waits (copying nothing) for the flush.
        if (remainingPages <= PAGES_PER_STEP && flusher.holdsLastStep(done)) return 0;
        flusher.copied(done);
        return PAGES_PER_STEP;
      },
    });
    await flusher.close();
    seal(part, info, native);
    renameSync(part, dest);
  } catch (err) {
    await flusher.close();
    rmSync(part, { force: true });
    rmSync(`${part}-journal`, { force: true });
    throw err;
  }
}

/**
 * The same copy in one synchronous step, for the moment before migrations run at start-up: nothing
 * else touches the database then, and the start-up cannot go on until the copy exists.
 */
export function copyDatabaseNow(sqlite: Sqlite, dest: string, info: CopyInfo, native: NativeBinding | undefined): void {
  const part = `${dest}.part`;
  rmSync(part, { force: true });
  try {
    sqlite.prepare('VACUUM INTO ?').run(part);
    seal(part, info, native);
    renameSync(part, dest);
  } catch (err) {
    rmSync(part, { force: true });
    throw err;
  }
}

/** The `zbl_backup` entries of a copy; empty for a database file copied some other way. */
export function readInfo(copy: Sqlite): Record<string, string> {
  const table = copy
    .prepare<[string], { n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?`)
    .get(INFO_TABLE);
  if (!table?.n) return {};
  const rows = copy.prepare<[], { key: string; value: string }>(`SELECT key, value FROM ${INFO_TABLE}`).all();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}
