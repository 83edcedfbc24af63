import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

/** A failure that stops the app from starting, worded for the person who has to act on it. */
export class StartupError extends Error {
  constructor(
    readonly reason: 'locked' | 'corrupt' | 'newer_version' | 'unwritable' | 'migration_failed' | 'native_module',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

/**
 * SQLite's engine is a native module built for one runtime: Node's build for the tests and the
 * headless host, a separate build for Electron's ABI. The host says which file to load (undefined:
 * the package's own build) and what to do when it cannot be loaded.
 */
export interface NativeBinding {
  /** Path of the `better_sqlite3.node` to load; undefined for the package's default. */
  path: string | undefined;
  /** What the person can do when it fails to load (e.g. the command that builds it). */
  remedy: string;
}

/** Opens the database with the pragmas every connection needs; never deletes or rewrites a bad file. */
export function openDatabase(file: string, busyTimeoutMs = 5000, native?: NativeBinding): { sqlite: Sqlite; db: Db } {
  let sqlite: Sqlite | undefined;
  try {
    sqlite = new Database(file, {
      timeout: busyTimeoutMs,
      ...(native?.path !== undefined ? { nativeBinding: native.path } : {}),
    });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    // 16 MB of page cache instead of SQLite's 2 MB: leads and the outbox grow to hundreds of
    // thousands of rows, and index pages evicted between two inserts made imports slow down as they
    // grew. 32 and 64 MB bought nothing more (a 100,000-row import onto 100,000 leads took as long)
    // and kept 15 and 45 MB more resident.
    sqlite.pragma('cache_size = -16384');
    // Statement journals (what undoes one statement inside a transaction) in memory: an import's
    // statements of many rows spilled theirs to temporary files, doubling what it wrote to disk.
    sqlite.pragma('temp_store = MEMORY');
    // Checkpoints run in a worker (checkpoints.ts), so the log can grow past SQLite's 1,000 pages
    // during an import; when it starts over it is cut back to 64 MB rather than kept at its peak.
    sqlite.pragma('journal_size_limit = 67108864');
    // Reading the schema forces SQLite to look at the file header, so damage shows up here.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    sqlite?.close();
    if (sqlite === undefined && isNativeLoadError(err)) throw nativeModuleError(err, native);
    throw translateOpenError(file, err);
  }
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/** A failure to load the compiled module (missing, another runtime's ABI, another architecture). */
export function isNativeLoadError(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = err instanceof Error ? err.message : String(err);
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    code === 'MODULE_NOT_FOUND' ||
    /NODE_MODULE_VERSION|Could not locate the bindings file|invalid ELF header|not a valid Win32 application|wrong ELF class|incompatible architecture|cannot open shared object file/i.test(
      message,
    )
  );
}

export function nativeModuleError(err: unknown, native: NativeBinding | undefined): StartupError {
  const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
  const which = native?.path ?? 'the better-sqlite3 package';
  return new StartupError(
    'native_module',
    `The database engine (SQLite, a compiled module) could not be loaded from ${which}: ${detail}. ` +
      (native?.remedy ?? 'Reinstall the app.'),
    { cause: err },
  );
}

export function translateOpenError(file: string, err: unknown): StartupError {
  const code = sqliteCode(err);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StartupError(
      'corrupt',
      `The database file ${file} is damaged or is not a Zero Bad Leads database. ` +
        'It has been left untouched: restore it from a backup, or move it away to start with an empty one.',
      { cause: err },
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new StartupError(
      'locked',
      `The database file ${file} is locked by another program. Close it (or the other copy of Zero Bad Leads) and try again.`,
      { cause: err },
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new StartupError(
      'unwritable',
      `The database file ${file} cannot be opened for writing. Check the folder's permissions and free disk space.`,
      { cause: err },
    );
  }
  return new StartupError('corrupt', `The database file ${file} could not be opened: ${String(err)}`, {
    cause: err,
  });
}
