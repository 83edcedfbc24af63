import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  BACKUP_KEEP_DEFAULT,
  BACKUP_KEEP_MAX,
  BACKUP_KEEP_MIN,
  type BackupInfo,
  type BackupReason,
  type RestoreKind,
  type RestoreSource,
} from '#contract/backup';
import type { NativeBinding, Sqlite } from '../db/connection';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import type { ExportJobs } from '../exports';
import type { Uploads } from '../leads/imports/uploads';
import type { Clock, Log, PreferencesStore, SecretCipher, Timers } from '../ports';
import type { PreferencesService } from '../settings/preferences';
import type { Vault } from '../vault/vault';
import { copyDatabase } from './copy';
import { createBackupFolder } from './folder';
import { backupHandlers } from './handlers';
import { createHeldKeys } from './held-keys';
import { inspectCandidate } from './inspect';
import { clearPending, stagePending } from './pending';
import type { BackupCoreOptions } from './options';
import { createDailySchedule } from './schedule';
import { createWorkspaceExport } from './workspace';

export type { BackupCoreOptions } from './options';

const backupPrefsSchema = z.object({
  keep: z
    .number()
    .int()
    .min(BACKUP_KEEP_MIN)
    .max(BACKUP_KEEP_MAX)
    .catch(BACKUP_KEEP_DEFAULT)
    .default(BACKUP_KEEP_DEFAULT),
});

export interface BackupDeps {
  sqlite: Sqlite;
  dataDir: string;
  version: string;
  /** Every migration this version knows: a copy with another one is from a newer version. */
  migrations: readonly string[];
  native: NativeBinding | undefined;
  clock: Clock;
  timers: Timers;
  log: Log;
  events: EventBus;
  prefs: PreferencesService;
  preferencesStore: PreferencesStore;
  vault: Pick<Vault, 'readable' | 'unreadable'>;
  cipher: SecretCipher;
  resumeIntegration(id: string): void;
  uploads: Pick<Uploads, 'file' | 'discard'>;
  jobs: ExportJobs;
}

/**
 * Backups (daily, before migrations, by hand), restoring one, moving the workspace, and the
 * integrations held because their key does not open here.
 */
export function backupDomain(deps: BackupDeps, options: BackupCoreOptions = {}) {
  const { sqlite, clock, log, events } = deps;
  const folder = createBackupFolder(deps.dataDir, deps.native);
  const settings = deps.prefs.section('backup', backupPrefsSchema);
  const heldKeys = createHeldKeys({
    sqlite,
    vault: deps.vault,
    cipher: deps.cipher,
    dataDir: deps.dataDir,
    events,
    clock,
    log,
    resume: (id) => deps.resumeIntegration(id),
  });
  let running = false;
  let restarting = false;
  /** One backup, restore or export copy at a time: they read the same database and prune the same folder. */
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  }

  function prune(): void {
    const removed = folder.prune(settings.read().keep);
    if (removed.length > 0) log.info('backup: old backups removed', { removed });
  }

  async function takeBackup(reason: BackupReason): Promise<BackupInfo> {
    folder.ensure();
    const createdAt = clock.now();
    const name = folder.nameFor(createdAt, reason);
    running = true;
    const started = Date.now();
    log.info('backup: taking', { backup: name, reason });
    try {
      await copyDatabase(
        sqlite,
        join(folder.dir, name),
        { kind: 'backup', createdAt, appVersion: deps.version, reason },
        deps.native,
      );
    } finally {
      running = false;
    }
    log.info('backup: taken', { backup: name, reason, ms: Date.now() - started });
    prune();
    events.emit('backup:changed', {});
    const info = folder.list().find((b) => b.id === name);
    if (!info) throw new Error(`backup: ${name} vanished after it was written`);
    return info;
  }

  const create = (reason: BackupReason): Promise<BackupInfo> => {
    if (restarting) throw new AppError('conflict', 'The app is restarting on restored data.');
    return exclusive(() => takeBackup(reason));
  };

  async function chosenFile(source: RestoreSource, purpose: RestoreKind) {
    if (source.kind === 'backup') {
      const path = folder.path(source.id);
      if (!existsSync(path)) throw new AppError('not_found', 'This backup no longer exists.');
      return { path, done: () => undefined };
    }
    if (source.kind === 'upload') {
      const file = deps.uploads.file(source.uploadId);
      return { path: file.path, done: () => deps.uploads.discard(source.uploadId) };
    }
    if (!options.files) throw new AppError('invalid_input', 'This host has no file dialog: upload the file instead.');
    const path = await options.files.chooseOpen({ purpose });
    return path === null ? null : { path, done: () => undefined };
  }

  /** Checks the copy, stages it, keeps the current data as a backup, and asks the host to restart. */
  async function replaceWith(
    kind: RestoreKind,
    source: RestoreSource,
  ): Promise<{ outcome: 'restarting' | 'cancelled' }> {
    if (restarting) throw new AppError('conflict', 'A restore is already under way.');
    const chosen = await chosenFile(source, kind);
    if (!chosen) return { outcome: 'cancelled' };
    try {
      await exclusive(async () => {
        const candidate = inspectCandidate(chosen.path, deps.migrations, deps.native);
        restarting = true;
        try {
          await stagePending({
            dataDir: deps.dataDir,
            source: chosen.path,
            candidate,
            kind,
            now: clock.now(),
            native: deps.native,
          });
          // The data being replaced is itself kept as a backup, after staging so the copy being
          // restored cannot be the one pruned to make room.
          await takeBackup(kind === 'restore' ? 'before_restore' : 'before_import');
        } catch (err) {
          restarting = false;
          clearPending(deps.dataDir);
          throw err;
        }
        log.info('backup: restore staged, restarting', {
          kind,
          from: candidate.createdAt,
          version: candidate.appVersion,
        });
      });
    } finally {
      chosen.done();
    }
    events.emit('app:restarting', { reason: kind });
    const restart = options.restart;
    // After the answer went out: the page learns the outcome before the core goes away.
    if (restart) setImmediate(() => restart(kind));
    return { outcome: 'restarting' };
  }

  const workspace = createWorkspaceExport({
    sqlite,
    dataDir: deps.dataDir,
    version: deps.version,
    native: deps.native,
    clock,
    folderDir: folder.dir,
    preferencesStore: deps.preferencesStore,
    jobs: deps.jobs,
    files: options.files,
    exclusive,
  });

  const schedule = createDailySchedule({
    clock,
    timers: deps.timers,
    newest: () => folder.list()[0]?.createdAt ?? null,
    hasData: () => (sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM clients').get()?.n ?? 0) > 0,
    run: () => create('daily'),
    onError: (err) =>
      // Closing the app stops a copy under way (its partial file is removed): not a failure.
      stopped
        ? log.info('backup: the daily backup stopped as the app closed')
        : log.error('backup: the daily backup failed', { error: String(err) }),
  });
  let stopped = false;
  let unwatch: (() => void) | null = null;

  return {
    name: 'backup',
    handlers: backupHandlers({
      overview: () => ({
        backups: folder.list(),
        folder: folder.dir,
        keep: settings.read().keep,
        running,
      }),
      create: () => create('manual'),
      setKeep: (keep) => {
        settings.write({ keep });
        prune();
        events.emit('backup:changed', {});
        return { keep };
      },
      restore: (source) => replaceWith('restore', source),
      importWorkspace: (source) => replaceWith('import', source),
      exportWorkspace: (target) => workspace.export(target),
      keysNeeded: () => heldKeys.keysNeeded(),
      dataDir: deps.dataDir,
    }),
    create,
    keysNeeded: () => heldKeys.keysNeeded(),
    /** Before sending starts: holds what cannot be sent, prunes, and plans the daily backup. */
    start(): void {
      const held = heldKeys.sweep();
      if (held > 0) log.warn('backup: integrations wait for their keys', { held });
      unwatch = heldKeys.watch();
      prune();
      schedule.start();
    },
    stop(): void {
      stopped = true;
      schedule.stop();
      unwatch?.();
      unwatch = null;
    },
  };
}

export type BackupDomain = ReturnType<typeof backupDomain>;
