import { z } from 'zod';

/**
 * Updates of the desktop app (GitHub releases through electron-updater). The headless host has
 * none: it says how to update instead.
 */

export const updateStates = [
  /** This host cannot update itself (`reason` says why). */
  'unsupported',
  'idle',
  'checking',
  /** A newer version exists and waits for "Download" (automatic download is off). */
  'available',
  'downloading',
  /** Ready: "Restart to update". */
  'downloaded',
  /** Restarting: running attempts get a bounded time to finish first. */
  'installing',
  'error',
] as const;
export type UpdateState = (typeof updateStates)[number];

export const updateStatusSchema = z.object({
  state: z.enum(updateStates),
  /** Why updates are off: the headless host, or a build that was not packaged. */
  reason: z.enum(['headless', 'development']).nullable(),
  currentVersion: z.string(),
  /** The version found (available, downloading, downloaded, installing). */
  version: z.string().nullable(),
  releaseName: z.string().nullable(),
  /** Plain text, paragraphs separated by blank lines; shown before restarting. */
  releaseNotes: z.string().nullable(),
  releaseDate: z.string().nullable(),
  progress: z
    .object({
      percent: z.number(),
      transferred: z.number(),
      total: z.number(),
      bytesPerSecond: z.number(),
    })
    .nullable(),
  /** The updater's own words (English) when the state is `error`. */
  error: z.string().nullable(),
  lastCheckedAt: z.number().int().nullable(),
  /** Download new versions as soon as they are found. */
  autoDownload: z.boolean(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** Kept in the preferences document under `updates`. */
export const updateSettingsSchema = z.object({
  autoDownload: z.boolean().catch(true).default(true),
});
export type UpdateSettings = z.infer<typeof updateSettingsSchema>;

export const updatesChannels = {
  'updates:status': { input: z.object({}).default({}), output: updateStatusSchema },
  'updates:check': { input: z.object({}).default({}), output: updateStatusSchema },
  'updates:download': { input: z.object({}).default({}), output: updateStatusSchema },
  /** Waits (bounded) for attempts running now, closes the data, installs and starts the new version. */
  'updates:install': { input: z.object({}).default({}), output: updateStatusSchema },
  'updates:setAutoDownload': { input: z.object({ autoDownload: z.boolean() }), output: updateStatusSchema },
} as const;

export const updatesEvents = {
  'updates:status': updateStatusSchema,
} as const;
