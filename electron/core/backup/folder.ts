import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupIdSchema, backupReasons, type BackupInfo, type BackupReason } from '#contract/backup';
import type { NativeBinding } from '../db/connection';
import { openFile, readInfo } from './copy';

export const BACKUPS_DIR = 'backups';

const NAME = /^zbl-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})-([a-z_]+)\.db$/;

function isReason(value: string | undefined): value is BackupReason {
  return (backupReasons as readonly string[]).includes(value ?? '');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `zbl-20261126-120000-000-daily.db`: sorts by time, says why, and is all a backup's id is. */
export function backupFileName(at: number, reason: BackupReason): string {
  const d = new Date(at);
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return `zbl-${date}-${time}-${pad(d.getUTCMilliseconds(), 3)}-${reason}.db`;
}

function fromName(name: string): { createdAt: number; reason: BackupReason | null } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1, 8).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const createdAt = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return { createdAt, reason: isReason(m[8]) ? m[8] : null };
}

/**
 * The backups folder, `<dataDir>/backups/`: one self-contained SQLite file per backup, newest
 * first. What the list shows beyond the name (the app version) is read from the file itself.
 */
export function createBackupFolder(dataDir: string, native: NativeBinding | undefined) {
  const dir = join(dataDir, BACKUPS_DIR);
  /** The version inside a file never changes: read once per file. */
  const versions = new Map<string, string | null>();

  function version(name: string): string | null {
    if (versions.has(name)) return versions.get(name) ?? null;
    let found: string | null = null;
    try {
      const copy = openFile(join(dir, name), native, true);
      try {
        found = readInfo(copy).appVersion ?? null;
      } finally {
        copy.close();
      }
    } catch {
      // A damaged copy is still listed; restoring it is what checks it.
    }
    versions.set(name, found);
    return found;
  }

  return {
    dir,
    ensure(): void {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
    },
    /** A new name for a backup taken now (never an existing file's). */
    nameFor(at: number, reason: BackupReason): string {
      let t = at;
      while (existsSync(join(dir, backupFileName(t, reason)))) t++;
      return backupFileName(t, reason);
    },
    path(id: string): string {
      return join(dir, backupIdSchema.parse(id));
    },
    list(): BackupInfo[] {
      if (!existsSync(dir)) return [];
      const found: BackupInfo[] = [];
      for (const name of readdirSync(dir)) {
        const parsed = fromName(name);
        if (!parsed || !backupIdSchema.safeParse(name).success) continue;
        let size: number;
        try {
          const stat = statSync(join(dir, name));
          if (!stat.isFile()) continue;
          size = stat.size;
        } catch {
          continue;
        }
        found.push({ id: name, createdAt: parsed.createdAt, size, appVersion: version(name), reason: parsed.reason });
      }
      return found.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
    },
    /** Keeps the newest `keep` backups; answers the ids removed. */
    prune(keep: number): string[] {
      const removed: string[] = [];
      for (const old of this.list().slice(keep)) {
        rmSync(join(dir, old.id), { force: true });
        versions.delete(old.id);
        removed.push(old.id);
      }
      return removed;
    },
  };
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;
