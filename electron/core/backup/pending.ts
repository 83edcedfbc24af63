import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { lastRestoreSchema, restoreKinds, type LastRestore, type RestoreKind } from '#contract/backup';
import type { NativeBinding } from '../db/connection';
import { INFO_TABLE, openFile, PAGES_PER_STEP } from './copy';
import type { Candidate } from './inspect';

/**
 * A restore happens in two halves. While the app runs, the chosen copy is checked and staged in
 * `<dataDir>/restore/` (`pending.db`, then `pending.json`, which makes it count). At the next
 * opening of the core, before the database is opened, the staged copy takes the live file's place;
 * if it then fails to open or update, the previous file is put back.
 */
export const RESTORE_DIR = 'restore';

const pendingSchema = z.object({
  kind: z.enum(restoreKinds),
  stagedAt: z.number().int(),
  sourceCreatedAt: z.number().int().nullable(),
  sourceVersion: z.string().nullable(),
  preferences: z.record(z.string(), z.unknown()).nullable(),
  oauthApps: z.record(z.string(), z.unknown()).nullable(),
});
export type PendingRestore = z.infer<typeof pendingSchema>;

export function restorePaths(dataDir: string) {
  const dir = join(dataDir, RESTORE_DIR);
  return {
    dir,
    db: join(dir, 'pending.db'),
    meta: join(dir, 'pending.json'),
    /** The live file (and its WAL) set aside while the restored one is tried. */
    replaced: join(dir, 'replaced.db'),
    last: join(dir, 'last.json'),
  };
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

export function clearPending(dataDir: string): void {
  const p = restorePaths(dataDir);
  for (const path of [p.meta, p.db, `${p.db}.part`, `${p.db}.part-journal`]) rmSync(path, { force: true });
}

/**
 * Copies the checked file into place for the next opening: through SQLite (a copy that had a WAL
 * beside it comes out whole), without the copy's own `zbl_backup` table.
 */
export async function stagePending(o: {
  dataDir: string;
  source: string;
  candidate: Candidate;
  kind: RestoreKind;
  now: number;
  native: NativeBinding | undefined;
}): Promise<void> {
  const p = restorePaths(o.dataDir);
  mkdirSync(p.dir, { recursive: true, mode: 0o700 });
  clearPending(o.dataDir);
  const part = `${p.db}.part`;
  try {
    const source = openFile(o.source, o.native, true);
    try {
      await source.backup(part, { progress: () => PAGES_PER_STEP });
    } finally {
      source.close();
    }
    const staged = openFile(part, o.native, false);
    try {
      staged.pragma('journal_mode = DELETE');
      staged.exec(`DROP TABLE IF EXISTS ${INFO_TABLE}`);
    } finally {
      staged.close();
    }
    renameSync(part, p.db);
    const pending: PendingRestore = {
      kind: o.kind,
      stagedAt: o.now,
      sourceCreatedAt: o.candidate.createdAt,
      sourceVersion: o.candidate.appVersion,
      preferences: o.kind === 'import' ? o.candidate.preferences : null,
      oauthApps: o.kind === 'import' ? o.candidate.oauthApps : null,
    };
    writeJson(p.meta, pending);
  } catch (err) {
    clearPending(o.dataDir);
    throw err;
  }
}

export function readPending(dataDir: string): PendingRestore | null {
  const p = restorePaths(dataDir);
  if (!existsSync(p.meta)) return null;
  try {
    return pendingSchema.parse(JSON.parse(readFileSync(p.meta, 'utf8')));
  } catch {
    // Half-written or from elsewhere: it never counted.
    clearPending(dataDir);
    return null;
  }
}

export function readLastRestore(dataDir: string): LastRestore | null {
  try {
    return lastRestoreSchema.parse(JSON.parse(readFileSync(restorePaths(dataDir).last, 'utf8')));
  } catch {
    return null;
  }
}

export function writeLastRestore(dataDir: string, value: LastRestore): void {
  mkdirSync(restorePaths(dataDir).dir, { recursive: true, mode: 0o700 });
  writeJson(restorePaths(dataDir).last, value);
}

export function dismissLastRestore(dataDir: string): boolean {
  const path = restorePaths(dataDir).last;
  if (!existsSync(path)) return false;
  rmSync(path, { force: true });
  return true;
}
