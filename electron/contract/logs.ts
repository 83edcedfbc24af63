import { z } from 'zod';
import { timeZoneSchema } from './common';
import { bulkActions, bulkSkippedSchema, dispatchErrorClasses, dispatchStates, heldReasons } from './dispatch';
import { integrationTypes } from './integration-common';

/**
 * The Logs page: every dispatch of every client, newest first, paged by an opaque keyset cursor.
 * Rows are ordered by creation time (immutable) and id, so a dispatch that changes state while
 * someone pages through the list neither moves nor is missed or repeated.
 */

export const LOGS_PAGE_MAX = 200;
export const LOGS_PAGE_DEFAULT = 100;
export const LOGS_SEARCH_MAX = 200;

/** What the renderer translates into the guide's troubleshooting advice. */
export const troubleshootingHints = [
  'auth',
  'payment',
  'rate_limited',
  'list_missing',
  'tag_characters',
  'invalid_data',
  'not_found',
  'transient',
  'offline',
] as const;
export type TroubleshootingHint = (typeof troubleshootingHints)[number];

export interface HintFacts {
  integrationType: string;
  errorClass: string | null;
  status: number | null;
  message: string | null;
}

/**
 * Maps a failure to the guide's advice. Pure and shared: the core puts it on each log row and the
 * renderer applies it to every attempt of the timeline, so both always agree.
 */
export function troubleshootingHint(f: HintFacts): TroubleshootingHint | null {
  const message = f.message ?? '';
  if (f.errorClass === 'offline') return 'offline';
  if (f.status === 402) return 'payment';
  if (f.errorClass === 'auth' || f.status === 401 || f.status === 403) return 'auth';
  if (f.errorClass === 'rate_limited' || f.status === 429) return 'rate_limited';
  if (f.errorClass === 'transient' || (f.status !== null && f.status >= 500)) return 'transient';
  if (f.errorClass === null && f.status === null) return null;
  // The connector names the step that failed; lists and tags have their own advice in the guide.
  if (/\blists?\b/i.test(message)) return 'list_missing';
  if (/\btags?\b/i.test(message)) return 'tag_characters';
  if (f.status === 404) return 'not_found';
  if (f.status === 422 || f.status === 400 || f.errorClass === 'permanent') return 'invalid_data';
  return null;
}

const uuid = z.uuid();
const epochMs = z.number().int().nonnegative();

/** What the Logs page filters on; the list pages it, an export writes all of it. */
const logsFilterShape = {
  /** Absent: every client. */
  clientId: uuid.optional(),
  integrationId: uuid.optional(),
  /** One lead's dispatches (the lead's detail links here). */
  leadId: uuid.optional(),
  states: z.array(z.enum(dispatchStates)).max(dispatchStates.length).optional(),
  /** Inclusive bounds on the dispatch's creation time (the same time the list is ordered by). */
  from: epochMs.optional(),
  to: epochMs.optional(),
  /** E-mail, lead name or last error message; case-insensitive for ASCII letters. */
  search: z.string().trim().max(LOGS_SEARCH_MAX).optional(),
  includeTests: z.boolean().default(true),
};
const datesInOrder = (q: { from?: number; to?: number }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;

export const logsFilterSchema = z
  .object(logsFilterShape)
  .refine(datesInOrder, { error: 'from_after_to', path: ['to'] });
export type LogsFilter = z.output<typeof logsFilterSchema>;

export const logsListInputSchema = z
  .object({
    ...logsFilterShape,
    limit: z.number().int().min(1).max(LOGS_PAGE_MAX).default(LOGS_PAGE_DEFAULT),
    cursor: z.string().max(500).optional(),
  })
  .refine(datesInOrder, { error: 'from_after_to', path: ['to'] });
export type LogsListInput = z.input<typeof logsListInputSchema>;
export type LogsListQuery = z.output<typeof logsListInputSchema>;

export const logRowSchema = z.object({
  id: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  clientId: z.string(),
  clientName: z.string(),
  integrationId: z.string(),
  integrationName: z.string(),
  integrationType: z.enum(integrationTypes),
  leadId: z.string(),
  leadName: z.string(),
  leadEmail: z.string(),
  state: z.enum(dispatchStates),
  attemptCount: z.number().int(),
  /** From the connector's retry schedule (5 for ActiveCampaign, as the guide says). */
  maxAttempts: z.number().int(),
  nextAttemptAt: z.number().int().nullable(),
  heldReason: z.enum(heldReasons).nullable(),
  skipReason: z.string().nullable(),
  lastErrorClass: z.enum(dispatchErrorClasses).nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  hint: z.enum(troubleshootingHints).nullable(),
  isTest: z.boolean(),
  resendOf: z.string().nullable(),
});
export type LogRow = z.infer<typeof logRowSchema>;

export const logLeadSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  fullName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  /** 00.000.000/0000-00 when it has 14 characters; as stored otherwise. */
  cnpj: z.string().nullable(),
  jobTitle: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  source: z.string().nullable(),
  score: z.number().int().nullable(),
  scoreRange: z.string().nullable(),
  qualified: z.boolean(),
  receivedAt: z.number().int(),
  isTest: z.boolean(),
});
export type LogLead = z.infer<typeof logLeadSchema>;

// ---------------------------------------------------------------------------------------------
// Export: the filtered view as a CSV file, written by the core, fetched with `exports:read`.

/** The CSV's columns, in order; the renderer may send their titles in the user's language. */
export const logExportColumns = [
  'time',
  'client',
  'integration',
  'leadName',
  'email',
  'state',
  'attempt',
  'nextAttempt',
  'lastStatus',
  'message',
  'errorClass',
] as const;

const label = z.string().trim().min(1).max(60);

export const logsExportInputSchema = z
  .object({
    ...logsFilterShape,
    /** IANA zone the times are written in (the user's own). */
    timeZone: timeZoneSchema,
    labels: z
      .object({
        columns: z.array(label).length(logExportColumns.length),
        states: z.record(z.enum(dispatchStates), label),
        /** "{n} of {max}" in the user's language. */
        attemptOf: label.regex(/^(?=.*\{n\})(?=.*\{max\})/, { error: 'missing_placeholders' }),
      })
      .optional(),
  })
  .refine(datesInOrder, { error: 'from_after_to', path: ['to'] });
export type LogsExportInput = z.input<typeof logsExportInputSchema>;
export type LogsExportQuery = z.output<typeof logsExportInputSchema>;

// ---------------------------------------------------------------------------------------------
// Bulk actions: every dispatch the filters match (not only the rows loaded), resent, retried or cancelled.

/** What each action would do to the selection, for the confirmation. */
export const bulkActionCountsSchema = z.object({
  /** Resent, made due now, or cancelled. */
  eligible: z.number().int(),
  /** Cancel: being sent now, stopped. */
  stopping: z.number().int(),
  skipped: bulkSkippedSchema,
});
export type BulkActionCounts = z.infer<typeof bulkActionCountsSchema>;

export const logsBulkPreviewSchema = z.object({
  /** The selection is the dispatches created up to this moment; pass it back to `logs:bulkAction`. */
  asOf: z.number().int(),
  total: z.number().int(),
  actions: z.object({
    resend: bulkActionCountsSchema,
    retryNow: bulkActionCountsSchema,
    cancel: bulkActionCountsSchema,
  }),
});
export type LogsBulkPreview = z.infer<typeof logsBulkPreviewSchema>;

export const logsBulkActionInputSchema = z
  .object({
    ...logsFilterShape,
    action: z.enum(bulkActions),
    /** The preview's moment: dispatches created later (e.g. by this very resend) are not part of it. */
    asOf: epochMs.optional(),
  })
  .refine(datesInOrder, { error: 'from_after_to', path: ['to'] });
export type LogsBulkActionInput = z.input<typeof logsBulkActionInputSchema>;
export type LogsBulkActionQuery = z.output<typeof logsBulkActionInputSchema>;

// ---------------------------------------------------------------------------------------------
// Client health: per client counts over the last day and month, and what needs a look.

export const healthCountsSchema = z.object({
  sent: z.number().int(),
  error: z.number().int(),
  retrying: z.number().int(),
});
export type HealthCounts = z.infer<typeof healthCountsSchema>;

export const HEALTH_DAYS = 30;

export const clientHealthSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  last24h: healthCountsSchema,
  last30d: healthCountsSchema,
  /** HEALTH_DAYS buckets, oldest first; `day` is the bucket's local midnight. */
  daily: z.array(healthCountsSchema.extend({ day: z.number().int() })),
  /** When the user last reviewed this client's errors; null when never. */
  lastSeenAt: z.number().int().nullable(),
  /** Dispatches that ended in error since then (or within the last HEALTH_DAYS days). */
  newErrors: z.number().int(),
});
export type ClientHealth = z.infer<typeof clientHealthSchema>;

export const attentionItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('integration'),
    clientId: z.string(),
    clientName: z.string(),
    integrationId: z.string(),
    integrationName: z.string(),
    status: z.enum(['paused', 'needs_attention', 'inactive']),
    reason: z.string().nullable(),
    /** Dispatches waiting on this integration. */
    held: z.number().int(),
  }),
  z.object({
    kind: z.literal('errors'),
    clientId: z.string(),
    clientName: z.string(),
    count: z.number().int(),
    since: z.number().int(),
  }),
]);
export type AttentionItem = z.infer<typeof attentionItemSchema>;

export const logsHealthInputSchema = z.object({
  clientId: uuid.optional(),
  /** The renderer's offset from UTC, so daily buckets start at the user's midnight. */
  utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
});

export const logsHealthSchema = z.object({
  now: z.number().int(),
  clients: z.array(clientHealthSchema),
  attention: z.array(attentionItemSchema),
});
export type LogsHealth = z.infer<typeof logsHealthSchema>;

// ---------------------------------------------------------------------------------------------
// Retention of attempt rows.

export const RETENTION_DAYS_DEFAULT = 180;
export const RETENTION_DAYS_MIN = 7;
export const RETENTION_DAYS_MAX = 3650;
export const retentionDaysSchema = z.number().int().min(RETENTION_DAYS_MIN).max(RETENTION_DAYS_MAX);

export const logsChannels = {
  'logs:list': {
    input: logsListInputSchema,
    output: z.object({ rows: z.array(logRowSchema), nextCursor: z.string().nullable() }),
  },
  'logs:lead': { input: z.object({ id: z.string().min(1).max(100) }), output: logLeadSchema },
  /** Starts writing the filtered view to a CSV file; `exports:*` events report on it. */
  'logs:export': {
    input: logsExportInputSchema,
    output: z.object({ id: z.string(), fileName: z.string(), total: z.number().int() }),
  },
  /** How many dispatches the filters match, and what each bulk action would do to them. */
  'logs:bulkPreview': { input: logsFilterSchema, output: logsBulkPreviewSchema },
  /**
   * Starts an action on every dispatch the filters match, in batches; answers at once and reports
   * `dispatch:bulkProgress` (with the action, and the summary on its last event).
   */
  'logs:bulkAction': {
    input: logsBulkActionInputSchema,
    output: z.object({ jobId: z.string(), total: z.number().int() }),
  },
  'logs:health': { input: logsHealthInputSchema, output: logsHealthSchema },
  /** The user reviewed this client's errors: they stop counting as new. */
  'logs:markSeen': { input: z.object({ clientId: uuid }), output: z.object({ seenAt: z.number().int() }) },
  'logs:getRetention': { input: z.object({}).default({}), output: z.object({ days: retentionDaysSchema }) },
  'logs:setRetention': {
    input: z.object({ days: retentionDaysSchema }),
    output: z.object({ days: retentionDaysSchema }),
  },
} as const;
