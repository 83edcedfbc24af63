import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { WORKSPACE_EXTENSION, type WorkspaceExport } from '#contract/backup';
import type { NativeBinding, Sqlite } from '../db/connection';
import { AppError } from '../errors';
import type { ExportJobs } from '../exports';
import type { Clock, PreferencesStore } from '../ports';
import { copyDatabase, type CopyInfo } from './copy';
import type { BackupCoreOptions } from './options';
import { portablePreferences, readOAuthApps } from './portable';

const READ_CHUNK_BYTES = 1024 * 1024;

function dateTag(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * The whole workspace as one file: an online copy of the database carrying the portable
 * preferences and the connected apps (their secrets stay sealed: another computer's vault cannot
 * open them, and asks for them again). The desktop app saves it where the user chooses; the
 * headless host hands it to the page as a generated file to download.
 */
export function createWorkspaceExport(d: {
  sqlite: Sqlite;
  dataDir: string;
  version: string;
  native: NativeBinding | undefined;
  clock: Clock;
  folderDir: string;
  preferencesStore: PreferencesStore;
  jobs: ExportJobs;
  files: BackupCoreOptions['files'];
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}) {
  const info = (): CopyInfo => ({
    kind: 'workspace',
    createdAt: d.clock.now(),
    appVersion: d.version,
    reason: 'workspace',
    preferences: portablePreferences(d.preferencesStore.read()),
    oauthApps: readOAuthApps(d.dataDir) ?? undefined,
  });

  return {
    async export(target: 'download' | 'dialog'): Promise<WorkspaceExport> {
      const fileName = `Zero Bad Leads ${dateTag(d.clock.now())}.${WORKSPACE_EXTENSION}`;
      if (target === 'dialog') {
        if (!d.files)
          throw new AppError('invalid_input', 'This host has no save dialog: download the workspace instead.');
        const path = await d.files.chooseSave({ defaultName: fileName });
        if (path === null) return { outcome: 'cancelled' };
        await d.exclusive(() => copyDatabase(d.sqlite, path, info(), d.native));
        return { outcome: 'saved', fileName: basename(path), size: statSync(path).size };
      }
      const pages = Number(d.sqlite.pragma('page_count', { simple: true }));
      const job = d.jobs.start({
        fileName,
        mime: 'application/octet-stream',
        ext: WORKSPACE_EXTENSION,
        total: pages,
        produce: (ctx) =>
          d.exclusive(async () => {
            mkdirSync(d.folderDir, { recursive: true, mode: 0o700 });
            const copy = join(d.folderDir, `.workspace-${randomUUID()}.db`);
            try {
              await copyDatabase(d.sqlite, copy, info(), d.native, { onProgress: (done) => ctx.progress(done) });
              const handle = await open(copy, 'r');
              try {
                const buffer = Buffer.alloc(READ_CHUNK_BYTES);
                for (;;) {
                  if (ctx.signal.aborted) break;
                  const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
                  if (bytesRead === 0) break;
                  await ctx.write(Buffer.from(buffer.subarray(0, bytesRead)));
                }
              } finally {
                await handle.close();
              }
              ctx.progress(pages);
              return pages;
            } finally {
              rmSync(copy, { force: true });
            }
          }),
      });
      return { outcome: 'download', id: job.id, fileName: job.fileName };
    },
  };
}
