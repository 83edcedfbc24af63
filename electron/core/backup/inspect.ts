import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { RestoreRefusal } from '#contract/backup';
import type { NativeBinding, Sqlite } from '../db/connection';
import { AppError } from '../errors';
import { openFile, readInfo } from './copy';

/** What a file offered for a restore or an import turned out to be. */
export interface Candidate {
  kind: 'backup' | 'workspace' | 'database';
  createdAt: number | null;
  appVersion: string | null;
  /** Database updates this version will apply to it. */
  pendingMigrations: number;
  preferences: Record<string, unknown> | null;
  oauthApps: Record<string, unknown> | null;
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function refuse(reason: RestoreRefusal, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('invalid_input', message, { reason, ...extra });
}

function startsLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(HEADER);
  } finally {
    closeSync(fd);
  }
}

function objectOrNull(text: string | undefined): Record<string, unknown> | null {
  if (text === undefined) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function hasTable(db: Sqlite, name: string): boolean {
  return (
    (db
      .prepare<[string], { n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?`)
      .get(name)?.n ?? 0) > 0
  );
}

/**
 * Checks a backup or workspace file before anything is replaced: a SQLite file, undamaged
 * (`integrity_check`), a Zero Bad Leads database, and not from a newer version (every database
 * update it had applied is one this version knows). Refusals are `invalid_input` with a reason the
 * page words; the file and the current data are left untouched either way.
 */
export function inspectCandidate(path: string, knownMigrations: readonly string[], native?: NativeBinding): Candidate {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw refuse('corrupt', 'The file cannot be read.');
  }
  if (size < 512 || !startsLikeSqlite(path)) {
    throw refuse('not_a_backup', 'This file is not a Zero Bad Leads backup or workspace.');
  }
  let db: Sqlite;
  try {
    db = openFile(path, native, true);
  } catch (err) {
    throw refuse('corrupt', `The file is damaged and cannot be opened: ${String(err)}`);
  }
  try {
    let problems: string[];
    try {
      problems = db
        .prepare<[], { integrity_check: string }>('PRAGMA integrity_check(20)')
        .all()
        .map((r) => r.integrity_check);
    } catch (err) {
      throw refuse('corrupt', `The file is damaged: ${String(err)}`);
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw refuse('corrupt', `The file is damaged: ${problems.slice(0, 3).join('; ')}`);
    }
    if (!hasTable(db, '_migrations') || !hasTable(db, 'clients')) {
      throw refuse('not_a_backup', 'This SQLite file is not a Zero Bad Leads database.');
    }
    const info = readInfo(db);
    const applied = db
      .prepare<[], { tag: string }>('SELECT tag FROM _migrations')
      .all()
      .map((r) => r.tag);
    const unknown = applied.filter((tag) => !knownMigrations.includes(tag));
    const appVersion = info.appVersion ?? null;
    if (unknown.length > 0) {
      throw refuse(
        'newer_version',
        `This copy was made by a newer version of Zero Bad Leads${appVersion ? ` (${appVersion})` : ''}: update the app first.`,
        { appVersion },
      );
    }
    const createdAt = Number(info.createdAt);
    return {
      kind: info.kind === 'workspace' ? 'workspace' : info.kind === 'backup' ? 'backup' : 'database',
      createdAt: Number.isFinite(createdAt) && createdAt > 0 ? createdAt : null,
      appVersion,
      pendingMigrations: knownMigrations.filter((tag) => !applied.includes(tag)).length,
      preferences: objectOrNull(info.preferences),
      oauthApps: objectOrNull(info.oauthApps),
    };
  } finally {
    db.close();
  }
}
