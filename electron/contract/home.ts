import { z } from 'zod';
import { timeZoneSchema } from './common';
import { importViewSchema } from './lead-imports';
import { integrationTypes } from './integration-common';

/**
 * The home screen: every client that is not archived at a glance. What needs the user (integrations
 * the app stopped or the user paused, deliveries that ended in error in the last 24 hours, imports
 * running) and, per client, the leads received, qualified and sent today and this week in the user's
 * time zone. Test leads are left out of every count. The queues that wait are the engine's own
 * `dispatch:backlog`, which the screen already receives every second while they move.
 */

/** Deliveries that ended in error within this long before now are listed. */
export const HOME_ERRORS_WINDOW_MS = 24 * 60 * 60 * 1000;

export const homeCountsSchema = z.object({
  /** Leads received in the window. */
  received: z.number().int(),
  /** Of those, the ones that qualified. */
  qualified: z.number().int(),
  /** Of those, the ones that reached at least one of the client's tools. */
  sent: z.number().int(),
});
export type HomeCounts = z.infer<typeof homeCountsSchema>;

export const homeClientSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  today: homeCountsSchema,
  week: homeCountsSchema,
});
export type HomeClient = z.infer<typeof homeClientSchema>;

const integrationRef = {
  clientId: z.string(),
  clientName: z.string(),
  integrationId: z.string(),
  integrationName: z.string(),
  integrationType: z.enum(integrationTypes),
};

/**
 * Why an integration stopped: the CRM refused its key (`credentials`), its key was saved on another
 * computer and does not open here (`unreadable_key`), the app stopped it for another reason, such as
 * settings it can no longer use (`settings`), the user paused it (`paused`) or deactivated it while
 * leads still wait (`inactive`).
 */
export const homeIntegrationCauses = ['credentials', 'unreadable_key', 'settings', 'paused', 'inactive'] as const;
export type HomeIntegrationCause = (typeof homeIntegrationCauses)[number];

export const homeStoppedSchema = z.object({
  ...integrationRef,
  cause: z.enum(homeIntegrationCauses),
  /** The core's own sentence (the CRM's answer, the settings problem); null when the user paused it. */
  reason: z.string().nullable(),
  /** Leads waiting on it. */
  held: z.number().int(),
  /** When it stopped. */
  since: z.number().int(),
});
export type HomeStopped = z.infer<typeof homeStoppedSchema>;

export const homeErrorsSchema = z.object({
  ...integrationRef,
  /** Deliveries that ended in error in the last 24 hours and were not sent again since. */
  count: z.number().int(),
  /** The oldest of them was created then: a resend from this time takes them all. */
  firstCreatedAt: z.number().int(),
  lastFailedAt: z.number().int(),
  /** The last failure's message, as the CRM or the connector put it. */
  lastError: z.string().nullable(),
});
export type HomeErrors = z.infer<typeof homeErrorsSchema>;

export const homeImportSchema = importViewSchema.extend({ clientName: z.string() });
export type HomeImport = z.infer<typeof homeImportSchema>;

export const homeOverviewSchema = z.object({
  now: z.number().int(),
  /** First millisecond of today and of this week (Monday) in the asked time zone. */
  todayFrom: z.number().int(),
  weekFrom: z.number().int(),
  clients: z.array(homeClientSchema),
  /** Integrations set up (not drafts) for these clients: none yet, and the screen says where to start. */
  integrations: z.number().int(),
  stopped: z.array(homeStoppedSchema),
  errors: z.array(homeErrorsSchema),
  imports: z.array(homeImportSchema),
});
export type HomeOverview = z.infer<typeof homeOverviewSchema>;

export const homeChannels = {
  'home:overview': {
    input: z.object({ timeZone: timeZoneSchema }),
    output: homeOverviewSchema,
  },
} as const;
