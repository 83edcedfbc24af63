import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE } from '../db/data-dir';
import { openDatabase, StartupError, type Db, type NativeBinding, type Sqlite } from '../db/connection';
import { loadMigrations, migrate, type Migration } from '../db/migrate';
import type { Clock, Log, PreferencesStore } from '../ports';
import { copyDatabaseNow } from './copy';
import { createBackupFolder } from './folder';
import { clearPending, readPending, restorePaths, writeLastRestore, type PendingRestore } from './pending';
import { OAUTH_APPS_FILE } from '../integrations/oauth/app-credentials';
import { importPreferences } from './portable';

export interface OpenedDatabase {
  sqlite: Sqlite;
  db: Db;
  /** The tags of every migration this version knows, in order. */
  migrations: string[];
}

interface OpenOptions {
  dataDir: string;
  migrationsDir: string;
  version: string;
  clock: Clock;
  log: Log;
  preferences: PreferencesStore;
  nativeBinding?: NativeBinding;
}

const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

function moveWithSideFiles(from: string, to: string): void {
  for (const suffix of SIDE_FILES) {
    rmSync(to + suffix, { force: true });
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
  }
}

function removeWithSideFiles(path: string): void {
  for (const suffix of SIDE_FILES) rmSync(path + suffix, { force: true });
}

function appliedTags(sqlite: Sqlite): string[] {
  const ledger = sqlite
    .prepare<[], { n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_migrations'`)
    .get();
  if (!ledger?.n) return [];
  return sqlite
    .prepare<[], { tag: string }>('SELECT tag FROM _migrations')
    .all()
    .map((r) => r.tag);
}

/**
 * Opens the database and brings it up to this version. Before any migration touches a database
 * that already has data, a copy goes to the backups folder ("before updating the database"); if
 * that copy cannot be made, nothing is migrated and the start-up stops with the reason.
 */
function openAndMigrate(
  o: OpenOptions,
  migrations: Migration[],
  backupFirst: boolean,
): OpenedDatabase & { applied: string[] } {
  const { sqlite, db } = openDatabase(join(o.dataDir, DB_FILE), undefined, o.nativeBinding);
  try {
    const done = appliedTags(sqlite);
    const pending = migrations.filter((m) => !done.includes(m.tag));
    if (backupFirst && done.length > 0 && pending.length > 0) {
      const folder = createBackupFolder(o.dataDir, o.nativeBinding);
      folder.ensure();
      const name = folder.nameFor(o.clock.now(), 'before_migration');
      try {
        copyDatabaseNow(
          sqlite,
          join(folder.dir, name),
          { kind: 'backup', createdAt: o.clock.now(), appVersion: o.version, reason: 'before_migration' },
          o.nativeBinding,
        );
      } catch (err) {
        throw new StartupError(
          'migration_failed',
          `The database must be updated for this version, but a backup of it could not be written to ${folder.dir} first (${String(err)}). ` +
            'Nothing was changed: free some disk space and start the app again.',
          { cause: err },
        );
      }
      o.log.info('backup: taken before updating the database', { backup: name, pending: pending.length });
    }
    const applied = migrate(sqlite, migrations, () => o.clock.now());
    return { sqlite, db, migrations: migrations.map((m) => m.tag), applied };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}

/** Puts the staged copy in the live file's place; the live file waits aside until the copy opened. */
function swapIn(dataDir: string): void {
  const p = restorePaths(dataDir);
  const live = join(dataDir, DB_FILE);
  // A swap interrupted half-way already set the live file aside: never overwrite that with nothing.
  if (existsSync(p.db)) {
    if (existsSync(live)) moveWithSideFiles(live, p.replaced);
    removeWithSideFiles(live);
    renameSync(p.db, live);
  }
}

function applyImported(o: OpenOptions, pending: PendingRestore): void {
  if (pending.kind !== 'import') return;
  if (pending.preferences) o.preferences.write(importPreferences(o.preferences.read(), pending.preferences));
  if (pending.oauthApps && Object.keys(pending.oauthApps).length > 0) {
    writeFileSync(join(o.dataDir, OAUTH_APPS_FILE), `${JSON.stringify(pending.oauthApps, null, 2)}\n`, { mode: 0o600 });
  }
}

/**
 * The core's way into its database: applies a restore staged by the previous run, takes the
 * backup due before migrations, and migrates. A staged copy that fails to open or to update is
 * dropped and the previous database put back, and the outcome is kept for the page to show.
 */
export function openAppDatabase(o: OpenOptions): OpenedDatabase {
  const migrations = loadMigrations(o.migrationsDir);
  const pending = readPending(o.dataDir);
  const p = restorePaths(o.dataDir);
  if (pending && (existsSync(p.db) || existsSync(p.replaced))) {
    swapIn(o.dataDir);
    const base = {
      kind: pending.kind,
      at: o.clock.now(),
      sourceCreatedAt: pending.sourceCreatedAt,
      sourceVersion: pending.sourceVersion,
    };
    try {
      // The copy being restored is itself a backup: no second one before migrating it.
      const opened = openAndMigrate(o, migrations, false);
      applyImported(o, pending);
      writeLastRestore(o.dataDir, { ...base, outcome: 'restored', migrated: opened.applied.length, message: null });
      clearPending(o.dataDir);
      removeWithSideFiles(p.replaced);
      o.log.info('backup: restored', { kind: pending.kind, migrated: opened.applied });
      return opened;
    } catch (err) {
      const live = join(o.dataDir, DB_FILE);
      removeWithSideFiles(live);
      if (existsSync(p.replaced)) moveWithSideFiles(p.replaced, live);
      clearPending(o.dataDir);
      const message = err instanceof Error ? err.message : String(err);
      writeLastRestore(o.dataDir, { ...base, outcome: 'failed', migrated: 0, message });
      o.log.error('backup: the restored copy could not be opened; the previous data was put back', {
        kind: pending.kind,
        error: message,
      });
    }
  } else if (pending) {
    clearPending(o.dataDir);
  }
  const opened = openAndMigrate(o, migrations, true);
  if (opened.applied.length > 0) o.log.info('db: migrations applied', { applied: opened.applied });
  return opened;
}
