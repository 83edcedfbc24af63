import { z } from 'zod';
import { UFS } from './ufs';

/**
 * The dispatch outbox as the renderer sees it: states, filters, controls and the live event.
 * pending → sending → sent; sending → retrying (waits for its next attempt) | held | error;
 * skipped (a filter said no) and cancelled are terminal like sent and error.
 */
export const dispatchStates = [
  'pending',
  'sending',
  'sent',
  'retrying',
  'held',
  'skipped',
  'error',
  'cancelled',
] as const;
export type DispatchState = (typeof dispatchStates)[number];

export const terminalDispatchStates = ['sent', 'skipped', 'error', 'cancelled'] as const;

/** Why a dispatch waits without spending attempts. */
export const heldReasons = ['paused', 'needs_attention', 'offline'] as const;
export type HeldReason = (typeof heldReasons)[number];

export const dispatchErrorClasses = ['transient', 'rate_limited', 'auth', 'permanent', 'offline'] as const;

/** `interrupted`: the app stopped while the attempt ran (it is tried again without spending one). */
export const attemptOutcomes = ['sent', 'failed', 'rate_limited', 'held', 'interrupted', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------
// Filters: evaluated when a lead is enqueued; a lead that fails gets a skipped dispatch.

export const emailKinds = ['corporate', 'free', 'disposable'] as const;
export type EmailKind = (typeof emailKinds)[number];

/** A lead field: a fixed one, or a UTM / custom field by key (e.g. `utm.source`, `custom.segment`). */
export const filterFieldSchema = z
  .string()
  .regex(/^(fullName|email|phone|company|cnpj|jobTitle|city|state|source|(utm|custom)\.[A-Za-z0-9_.-]{1,64})$/, {
    error: 'unknown_field',
  });

const text = z.string().max(500);
const texts = z.array(text).min(1).max(200);

export const filterConditionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('score_gte'), value: z.number() }),
  z.object({ op: z.literal('score_lte'), value: z.number() }),
  z.object({ op: z.literal('score_between'), min: z.number(), max: z.number() }),
  /** The name of the client's score range the lead fell in (e.g. "high"). */
  z.object({ op: z.literal('score_range_in'), values: texts }),
  z.object({ op: z.literal('qualified'), value: z.boolean().default(true) }),
  z.object({ op: z.literal('field_equals'), field: filterFieldSchema, value: text }),
  z.object({ op: z.literal('field_contains'), field: filterFieldSchema, value: text.min(1) }),
  z.object({ op: z.literal('field_in'), field: filterFieldSchema, values: texts }),
  z.object({ op: z.literal('field_exists'), field: filterFieldSchema }),
  z.object({ op: z.literal('field_missing'), field: filterFieldSchema }),
  z.object({ op: z.literal('email_kind'), kinds: z.array(z.enum(emailKinds)).min(1) }),
  z.object({ op: z.literal('cnpj_valid'), value: z.boolean().default(true) }),
  z.object({ op: z.literal('state_in'), values: z.array(z.enum(UFS)).min(1) }),
]);
export type FilterCondition = z.infer<typeof filterConditionSchema>;

/** All (or any) of the conditions; no conditions lets every lead through. */
export const dispatchFilterSchema = z.object({
  match: z.enum(['all', 'any']).default('all'),
  conditions: z.array(filterConditionSchema).max(50).default([]),
});
export type DispatchFilter = z.infer<typeof dispatchFilterSchema>;

export const filterPreviewSchema = z.object({
  /** How many leads were looked at (the client's most recent, test leads excluded). */
  total: z.number().int(),
  passed: z.number().int(),
  /** For each condition (by index), how many of the sample failed it. */
  failedBy: z.array(z.object({ index: z.number().int(), count: z.number().int() })),
});
export type FilterPreview = z.infer<typeof filterPreviewSchema>;

// ---------------------------------------------------------------------------------------------
// Views

const id = z.string().min(1).max(100);
export const dispatchIdSchema = z.uuid();

export const dispatchViewSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  leadId: z.string(),
  integrationId: z.string(),
  state: z.enum(dispatchStates),
  attemptCount: z.number().int(),
  nextAttemptAt: z.number().int().nullable(),
  heldReason: z.enum(heldReasons).nullable(),
  skipReason: z.string().nullable(),
  lastErrorClass: z.enum(dispatchErrorClasses).nullable(),
  lastError: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  remoteId: z.string().nullable(),
  resendOf: z.string().nullable(),
  isTest: z.boolean(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
});
export type DispatchView = z.infer<typeof dispatchViewSchema>;

export const recordedCallSchema = z.object({
  /**
   * `token_renewal`: not a call to the remote's API but the OAuth access token being renewed after
   * a 401, between the refused call and its repeat (made outside the attempt's HTTP client, so its
   * status and body, which carry tokens, are not kept). Absent on a call (`request`).
   */
  kind: z.enum(['request', 'token_renewal']).optional(),
  label: z.string().nullable(),
  method: z.string(),
  url: z.string(),
  requestHeaders: z.record(z.string(), z.string()),
  requestBody: z.unknown(),
  status: z.number().int().nullable(),
  durationMs: z.number(),
  responseHeaders: z.record(z.string(), z.string()),
  responseExcerpt: z.string().nullable(),
  error: z.object({ errorClass: z.enum(dispatchErrorClasses), message: z.string() }).nullable(),
});
export type RecordedCall = z.infer<typeof recordedCallSchema>;

/** The bulk request an attempt went through (ActiveCampaign's import), as the Logs show it. */
export const attemptBulkSchema = z.object({
  /** "Import #N": the app's own number for the request. */
  number: z.number().int(),
  /** The remote's id for it (AC's batchId), once it answered. */
  remoteId: z.string().nullable(),
  /** recorded | submitted | following | done | refused | failed */
  state: z.string(),
  /** The remote's last word on it (e.g. "completed"). */
  remoteStatus: z.string().nullable(),
  contacts: z.number().int(),
  failed: z.number().int().nullable(),
});
export type AttemptBulk = z.infer<typeof attemptBulkSchema>;

export const attemptViewSchema = z.object({
  number: z.number().int(),
  startedAt: z.number().int(),
  durationMs: z.number().int().nullable(),
  outcome: z.enum(attemptOutcomes),
  errorClass: z.enum(dispatchErrorClasses).nullable(),
  statusCode: z.number().int().nullable(),
  message: z.string().nullable(),
  calls: z.array(recordedCallSchema),
  responseHeaders: z.record(z.string(), z.string()),
  responseExcerpt: z.string().nullable(),
  notes: z.array(z.string()),
  bulk: attemptBulkSchema.nullable().optional(),
});
export type AttemptView = z.infer<typeof attemptViewSchema>;

export const integrationControlResultSchema = z.object({
  integrationId: z.string(),
  status: z.string(),
  /** Dispatches moved to held (pause) or back to the queue (resume). */
  moved: z.number().int(),
});

export const bulkResendInputSchema = z.object({
  clientId: id,
  integrationId: id.optional(),
  /** Which outcomes to send again; only the latest dispatch of each lead and integration counts. */
  states: z
    .array(z.enum(['sent', 'error', 'cancelled']))
    .min(1)
    .default(['error']),
  /** Dispatch creation time, inclusive bounds in epoch ms. */
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});
export type BulkResendInput = z.infer<typeof bulkResendInputSchema>;

/**
 * One integration's queue as the user watches it drain: what waits, how it is being sent (one by
 * one, or in bulk requests of many leads), how long it should still take and how much of the
 * remote account's request limit the app is using.
 */
export const backlogItemSchema = z.object({
  integrationId: z.string(),
  clientId: z.string(),
  integrationName: z.string(),
  type: z.string(),
  /** Queued or waiting for a retry (held ones apart). */
  waiting: z.number().int(),
  sending: z.number().int(),
  held: z.number().int(),
  /** idle: nothing to send; per_contact: one lead at a time; bulk: requests of many leads. */
  mode: z.enum(['idle', 'per_contact', 'bulk']),
  /** While in bulk: request `current` of `total` for this backlog. */
  batch: z.object({ current: z.number().int(), total: z.number().int() }).nullable(),
  /**
   * Why a backlog big enough for bulk requests goes one by one: a setting the bulk request cannot
   * honour (ActiveCampaign: re-subscribing people who unsubscribed), or a check before sending
   * that failed (a mapped field or list gone); `message` is the core's own sentence.
   */
  perContactReason: z.object({ code: z.enum(['setting', 'check']), message: z.string() }).nullable(),
  /** Seconds until everything waiting should be sent, from the recent pace; null until there is one. */
  etaSeconds: z.number().nullable(),
  leadsPerMinute: z.number().nullable(),
  /** Share (0–1) of the remote account's request limit the app used over the last seconds. */
  limitShare: z.number().nullable(),
  /** That limit, in requests per second. */
  accountLimit: z.number().nullable(),
});
export type BacklogItem = z.infer<typeof backlogItemSchema>;

// ---------------------------------------------------------------------------------------------
// Bulk actions on a selection of the Logs (every dispatch its filters match; see `logs:bulk*`).

export const bulkActions = ['resend', 'retryNow', 'cancel'] as const;
export type BulkAction = (typeof bulkActions)[number];

/** Why a selected dispatch was left as it was; each is counted in the summary. */
export const bulkSkipReasons = [
  'already_sent',
  'already_cancelled',
  /** Ended in error: it can be resent, not retried or cancelled. */
  'failed',
  /** A filter of the integration said no when it was queued. */
  'filtered_out',
  /** Still queued or being sent: only a finished dispatch can be resent. */
  'still_open',
  /** A newer dispatch of the same lead and integration exists (resent already, or on its way). */
  'already_resent',
  'being_sent',
  /** Held because its integration is paused or needs attention: resuming it sends it. */
  'paused',
  'integration_deleted',
  /** Changed between the selection and the action in a way the action no longer fits. */
  'changed',
] as const;
export type BulkSkipReason = (typeof bulkSkipReasons)[number];

export interface BulkFacts {
  state: string;
  heldReason: string | null;
  /** A newer dispatch of the same lead and integration exists. */
  superseded: boolean;
}

/**
 * What an action does to one dispatch: `apply`, `stop` (cancel of one being sent: its attempt is
 * aborted) or the reason it is skipped. Pure and shared: the core applies it to each row and to the
 * counts the confirmation shows, so the two agree. Only a failed dispatch is resent in bulk (sending
 * a lead again that the CRM took, or that the user cancelled, is a one-by-one decision).
 */
export function bulkVerdict(action: BulkAction, f: BulkFacts): 'apply' | 'stop' | BulkSkipReason {
  const finished: Record<string, BulkSkipReason> = {
    sent: 'already_sent',
    cancelled: 'already_cancelled',
    error: 'failed',
    skipped: 'filtered_out',
  };
  if (action === 'resend') {
    if (f.state === 'error') return f.superseded ? 'already_resent' : 'apply';
    return finished[f.state] ?? 'still_open';
  }
  if (action === 'retryNow') {
    if (f.state === 'pending' || f.state === 'retrying') return 'apply';
    if (f.state === 'held') return f.heldReason === 'offline' ? 'apply' : 'paused';
    if (f.state === 'sending') return 'being_sent';
    return finished[f.state] ?? 'changed';
  }
  if (f.state === 'pending' || f.state === 'retrying' || f.state === 'held') return 'apply';
  if (f.state === 'sending') return 'stop';
  return finished[f.state] ?? 'changed';
}

const count = z.number().int().nonnegative();
export const bulkSkippedSchema = z.array(z.object({ reason: z.enum(bulkSkipReasons), count }));

export const bulkSummarySchema = z.object({
  action: z.enum(bulkActions),
  /** Dispatches in the selection. */
  total: count,
  /** Resent, made due now, or cancelled. */
  applied: count,
  /** Cancel: dispatches being sent whose attempt is stopped (they end cancelled unless the CRM already took the lead). */
  stopping: count,
  /** Resend: queued again but held, their integration being paused. */
  held: count,
  skipped: bulkSkippedSchema,
  /** Not reached: the action stopped on an unexpected error (the log says which). */
  unfinished: count,
});
export type BulkSummary = z.infer<typeof bulkSummarySchema>;

export const dispatchChannels = {
  'dispatch:list': {
    input: z
      .object({
        clientId: id.optional(),
        leadId: id.optional(),
        integrationId: id.optional(),
        states: z.array(z.enum(dispatchStates)).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .refine((q) => q.clientId ?? q.leadId ?? q.integrationId, { error: 'needs_scope' }),
    output: z.array(dispatchViewSchema),
  },
  'dispatch:get': {
    input: z.object({ id: dispatchIdSchema }),
    output: z.object({ dispatch: dispatchViewSchema, attempts: z.array(attemptViewSchema) }),
  },
  'dispatch:retryNow': { input: z.object({ id: dispatchIdSchema }), output: dispatchViewSchema },
  'dispatch:resend': { input: z.object({ id: dispatchIdSchema }), output: dispatchViewSchema },
  'dispatch:bulkResend': {
    input: bulkResendInputSchema,
    output: z.object({ jobId: z.string(), total: z.number().int() }),
  },
  'dispatch:cancel': { input: z.object({ id: dispatchIdSchema }), output: dispatchViewSchema },
  'dispatch:pauseIntegration': {
    input: z.object({ integrationId: id }),
    output: integrationControlResultSchema,
  },
  'dispatch:resumeIntegration': {
    input: z.object({ integrationId: id }),
    output: integrationControlResultSchema,
  },
  /** Every integration with something to send (of one client, or all), as `dispatch:backlog` pushes it. */
  'dispatch:backlog': {
    input: z.object({ clientId: id.optional() }),
    output: z.array(backlogItemSchema),
  },
  'dispatch:previewFilter': {
    input: z.object({
      clientId: id,
      filter: dispatchFilterSchema,
      sample: z.number().int().min(1).max(500).default(100),
    }),
    output: filterPreviewSchema,
  },
} as const;

export const dispatchChangeSchema = dispatchViewSchema.pick({
  id: true,
  clientId: true,
  leadId: true,
  integrationId: true,
  state: true,
  attemptCount: true,
  nextAttemptAt: true,
  heldReason: true,
  lastError: true,
});
export type DispatchChange = z.infer<typeof dispatchChangeSchema>;

export const dispatchEvents = {
  /** Batched: every change since the previous event, at most one event per turn of the event loop. */
  'dispatch:changed': z.object({ changes: z.array(dispatchChangeSchema) }),
  'dispatch:bulkProgress': z.object({
    jobId: z.string(),
    done: z.number().int(),
    total: z.number().int(),
    finished: z.boolean(),
    /** Set by a Logs bulk action (`logs:bulkAction`); the summary comes with its last event. */
    action: z.enum(bulkActions).optional(),
    summary: bulkSummarySchema.optional(),
  }),
  /** Every second while anything is queued or sending (and once when all is sent): each integration's backlog. */
  'dispatch:backlog': z.object({ items: z.array(backlogItemSchema) }),
  /** The engine paused or resumed an integration (e.g. the remote refused its credentials). */
  'dispatch:integrationStatus': z.object({
    integrationId: z.string(),
    clientId: z.string(),
    status: z.string(),
    reason: z.string().nullable(),
  }),
} as const;
