import { z } from 'zod';
import { integrationTypes } from './integration-common';
import { oauthProviders } from './oauth';

/**
 * Backups of the database (taken online with SQLite's backup API, kept in `<dataDir>/backups/`),
 * restoring one, and moving the whole workspace to another computer as one file. A restore or an
 * import replaces the database and restarts the core; the renderer then reloads.
 */

export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 90;
export const BACKUP_KEEP_DEFAULT = 7;

/** Why a backup was taken; the list shows it. */
export const backupReasons = ['manual', 'daily', 'before_migration', 'before_restore', 'before_import'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** A backup is named by its file in the backups folder; nothing else can be named. */
export const backupIdSchema = z.string().regex(/^zbl-\d{8}-\d{6}-\d{3}-[a-z_]{1,20}\.db$/, { error: 'invalid_backup' });

export const backupInfoSchema = z.object({
  id: backupIdSchema,
  createdAt: z.number().int(),
  size: z.number().int(),
  /** The version of the app that took it; null for a copy made some other way. */
  appVersion: z.string().nullable(),
  reason: z.enum(backupReasons).nullable(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const restoreKinds = ['restore', 'import'] as const;
export type RestoreKind = (typeof restoreKinds)[number];

/** How the last restore or workspace import went, shown once after the restart. */
export const lastRestoreSchema = z.object({
  kind: z.enum(restoreKinds),
  outcome: z.enum(['restored', 'failed']),
  at: z.number().int(),
  /** When the restored copy was taken, and by which version (null when unknown). */
  sourceCreatedAt: z.number().int().nullable(),
  sourceVersion: z.string().nullable(),
  /** Database updates applied to bring an older copy up to this version. */
  migrated: z.number().int(),
  /** Why it failed (the previous data was put back); English, for the log and support. */
  message: z.string().nullable(),
});
export type LastRestore = z.infer<typeof lastRestoreSchema>;

export const backupOverviewSchema = z.object({
  backups: z.array(backupInfoSchema),
  /** Where the files are, for people who copy them elsewhere. */
  folder: z.string(),
  keep: z.number().int().min(BACKUP_KEEP_MIN).max(BACKUP_KEEP_MAX),
  /** A backup is being written now. */
  running: z.boolean(),
  lastRestore: lastRestoreSchema.nullable(),
});
export type BackupOverview = z.infer<typeof backupOverviewSchema>;

/**
 * Where a restore (or a workspace import) reads from: a backup of the list, a file the page
 * uploaded (headless host), or a file chosen in the desktop app's own open dialog.
 */
export const restoreSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('backup'), id: backupIdSchema }),
  z.object({ kind: z.literal('upload'), uploadId: z.string().regex(/^[a-f0-9]{32}$/, { error: 'invalid_upload' }) }),
  z.object({ kind: z.literal('dialog') }),
]);
export type RestoreSource = z.infer<typeof restoreSourceSchema>;

/** Why a file was refused; the page words each one in the user's language. */
export const restoreRefusals = ['corrupt', 'not_a_backup', 'newer_version', 'not_a_workspace', 'too_big'] as const;
export type RestoreRefusal = (typeof restoreRefusals)[number];

export const restoreOutcomeSchema = z.object({
  /** `restarting`: the data is replaced as the app restarts; `cancelled`: nothing was chosen. */
  outcome: z.enum(['restarting', 'cancelled']),
});

/** A workspace file (one .zbl file: the database and the preferences, secrets only sealed). */
export const WORKSPACE_EXTENSION = 'zbl';

export const workspaceExportSchema = z.discriminatedUnion('outcome', [
  /** Written to the generated files: the page downloads it by id (`exports:*`). */
  z.object({ outcome: z.literal('download'), id: z.string(), fileName: z.string() }),
  /** Saved where the user chose in the desktop app's save dialog. */
  z.object({ outcome: z.literal('saved'), fileName: z.string(), size: z.number().int() }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type WorkspaceExport = z.infer<typeof workspaceExportSchema>;

/** Credentials the vault cannot open here (sealed on another computer or by the other host). */
export const keysNeededSchema = z.object({
  integrations: z.array(
    z.object({
      clientId: z.string(),
      clientName: z.string(),
      integrationId: z.string(),
      name: z.string(),
      type: z.enum(integrationTypes),
    }),
  ),
  /** Connected apps (Settings) whose client secret must be entered again. */
  connectedApps: z.array(z.enum(oauthProviders)),
});
export type KeysNeeded = z.infer<typeof keysNeededSchema>;

export const backupChannels = {
  'backup:overview': { input: z.object({}).default({}), output: backupOverviewSchema },
  'backup:create': { input: z.object({}).default({}), output: backupInfoSchema },
  'backup:setKeep': {
    input: z.object({ keep: z.number().int().min(BACKUP_KEEP_MIN).max(BACKUP_KEEP_MAX) }),
    output: z.object({ keep: z.number().int() }),
  },
  'backup:restore': { input: z.object({ source: restoreSourceSchema }), output: restoreOutcomeSchema },
  'backup:dismissRestore': { input: z.object({}).default({}), output: z.object({ dismissed: z.boolean() }) },
  'workspace:export': {
    input: z.object({ target: z.enum(['download', 'dialog']) }),
    output: workspaceExportSchema,
  },
  'workspace:import': { input: z.object({ source: restoreSourceSchema }), output: restoreOutcomeSchema },
  'backup:keysNeeded': { input: z.object({}).default({}), output: keysNeededSchema },
} as const;

export const backupEvents = {
  /** The list of backups changed (one was taken or removed). */
  'backup:changed': z.object({}),
  /** The core is about to close and open again on restored data: pages reload once it is back. */
  'app:restarting': z.object({ reason: z.enum(restoreKinds) }),
} as const;
