import { z } from 'zod';
import { dispatchStates } from './dispatch';

/**
 * The desktop app's own behaviour: sending paused for everything, what the app does while its
 * window is closed, and which problems it announces with the system's notifications.
 */

export const notificationKinds = ['needsAttention', 'errors', 'stalled'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

const notificationSettingsSchema = z.object({
  needsAttention: z.boolean().catch(true).default(true),
  errors: z.boolean().catch(true).default(true),
  stalled: z.boolean().catch(true).default(true),
});

/** Kept in the preferences document under `desktop`; every field falls back to its default. */
export const desktopSettingsSchema = z.object({
  /** Closing the window hides it to the tray (menu bar) and sending goes on; off: closing quits. */
  closeToTray: z.boolean().catch(true).default(true),
  /** The one-time notice that the app keeps running after its window was closed was shown. */
  closeNoticeShown: z.boolean().catch(false).default(false),
  openAtLogin: z.boolean().catch(false).default(false),
  /** Starting at login was proposed once (at the first run), whatever the answer. */
  openAtLoginProposed: z.boolean().catch(false).default(false),
  notifications: notificationSettingsSchema.catch(notificationSettingsSchema.parse({})).default({
    needsAttention: true,
    errors: true,
    stalled: true,
  }),
});
export type DesktopSettings = z.infer<typeof desktopSettingsSchema>;

export const desktopSettingsPatchSchema = z
  .object({
    closeToTray: z.boolean(),
    closeNoticeShown: z.boolean(),
    openAtLogin: z.boolean(),
    openAtLoginProposed: z.boolean(),
    notifications: z
      .object({ needsAttention: z.boolean(), errors: z.boolean(), stalled: z.boolean() })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type DesktopSettingsPatch = z.infer<typeof desktopSettingsPatchSchema>;

/** "Pause all sending": kept across restarts; attempts already running finish. */
export const sendingPauseSchema = z.object({
  paused: z.boolean(),
  pausedAt: z.number().int().nullable(),
});
export type SendingPause = z.infer<typeof sendingPauseSchema>;

/** The state at a glance, for the tray, the badge and the window's banner. */
export const sendingStatusSchema = sendingPauseSchema.extend({
  /** Waiting for a first attempt or a retry (pending, retrying). */
  waiting: z.number().int(),
  /** An attempt is running. */
  sending: z.number().int(),
  /** Waiting on a paused integration, one that needs attention, or the network. */
  held: z.number().int(),
  /** Due for more than the stall threshold while sending is not paused. */
  overdue: z.number().int(),
  /** Integrations whose credentials were refused, plus clients with errors not yet reviewed. */
  needsAttention: z.number().int(),
});
export type SendingStatus = z.infer<typeof sendingStatusSchema>;

/** Where a click on a notification leads: the Logs page with these filters. */
export const logsTargetSchema = z.object({
  tab: z.enum(['attempts', 'health']),
  filter: z.object({
    clientId: z.string().nullable(),
    integrationId: z.string().nullable(),
    states: z.array(z.enum(dispatchStates)),
  }),
});
export type LogsTarget = z.infer<typeof logsTargetSchema>;

export const desktopChannels = {
  'desktop:getSettings': { input: z.object({}).default({}), output: desktopSettingsSchema },
  'desktop:updateSettings': { input: desktopSettingsPatchSchema, output: desktopSettingsSchema },
  'sending:status': { input: z.object({}).default({}), output: sendingStatusSchema },
  'sending:pauseAll': { input: z.object({}).default({}), output: sendingPauseSchema },
  'sending:resumeAll': { input: z.object({}).default({}), output: sendingPauseSchema },
} as const;

export const desktopEvents = {
  'desktop:settingsChanged': desktopSettingsSchema,
  'sending:pauseChanged': sendingPauseSchema,
  /** The desktop shell asks the window to show the Logs page filtered (a notification was clicked). */
  'app:openLogs': logsTargetSchema,
} as const;
