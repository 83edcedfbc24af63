import { z } from 'zod';

/**
 * Re-scoring a client's existing leads after its scoring profile changed. Leads are scored when
 * they arrive; a re-score applies the active profile as it is now to the leads already stored,
 * in the background, with progress events and a summary.
 */

const id = z.uuid();

/** Which leads: those no integration has received yet (the default), or every lead. */
export const rescoreScopes = ['unsent', 'all'] as const;
export type RescoreScope = (typeof rescoreScopes)[number];

/**
 * What happens to the dispatches still queued (pending, retrying, held, or being sent) of a lead
 * that no longer qualifies: cancelled (the default: nothing goes out for a lead that does not
 * qualify), or kept (they are sent as they were queued).
 */
export const rescoreQueuedPolicies = ['cancel', 'keep'] as const;
export type RescoreQueuedPolicy = (typeof rescoreQueuedPolicies)[number];

/** `interrupted`: the app stopped during the re-score; the leads done before that keep their new score. */
export const rescoreStates = ['running', 'done', 'cancelled', 'failed', 'interrupted'] as const;
export type RescoreState = (typeof rescoreStates)[number];

const count = z.number().int().min(0);

export const rescoreViewSchema = z.object({
  id,
  clientId: id,
  /** The profile that was active when the re-score started, by name (it may be renamed or deleted since). */
  profileName: z.string(),
  scope: z.enum(rescoreScopes),
  queued: z.enum(rescoreQueuedPolicies),
  state: z.enum(rescoreStates),
  /** Leads in scope when it started. */
  total: count,
  /** Leads scored again so far. */
  rescored: count,
  /** Of those, leads whose score, range, qualification or reasons changed. */
  changed: count,
  newlyQualified: count,
  noLongerQualified: count,
  /** Queued dispatches of leads that no longer qualify, cancelled (or stopped while being sent). */
  dispatchesCancelled: count,
  /** Queued dispatches of leads that no longer qualify, left to go out (policy `keep`). */
  dispatchesKept: count,
  /** Dispatches queued for newly qualified leads (pending, or held while an integration is paused). */
  dispatchesQueued: count,
  /** Dispatches of newly qualified leads that an integration's filter skipped. */
  dispatchesSkipped: count,
  /** Why it failed (`no_active_profile`, or the error); null otherwise. */
  message: z.string().nullable(),
  startedAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
});
export type RescoreView = z.infer<typeof rescoreViewSchema>;

const previewCountsSchema = z.object({
  /** Leads in this scope. */
  leads: count,
  /** Leads whose stored score, range, qualification or reasons would change. */
  changed: count,
  newlyQualified: count,
  noLongerQualified: count,
  /** Dispatches still queued for the leads that would no longer qualify. */
  queuedOfNoLonger: count,
});
export type RescorePreviewCounts = z.infer<typeof previewCountsSchema>;

/** What a re-score would do, in both scopes, computed without writing anything. */
export const rescorePreviewSchema = z.object({
  profileName: z.string(),
  unsent: previewCountsSchema,
  all: previewCountsSchema,
});
export type RescorePreview = z.infer<typeof rescorePreviewSchema>;

export const rescoreChannels = {
  /** Counts what a re-score with the active profile would change; reads in chunks, writes nothing. */
  'scoring:rescorePreview': { input: z.object({ clientId: id }), output: rescorePreviewSchema },
  /**
   * Starts re-scoring the client's leads with its active profile; answers at once and reports
   * `scoring:rescoreProgress`. Newly qualified leads are queued for the client's integrations as if
   * they had just arrived (each integration's filter applies); a lead is never sent twice to an
   * integration. One re-score per client at a time (`conflict`, reason `rescore_running`).
   */
  'scoring:rescoreStart': {
    input: z.object({
      clientId: id,
      scope: z.enum(rescoreScopes).default('unsent'),
      queued: z.enum(rescoreQueuedPolicies).default('cancel'),
    }),
    output: rescoreViewSchema,
  },
  'scoring:rescoreGet': { input: z.object({ id }), output: rescoreViewSchema },
  /** The client's latest re-score (running or finished), or null when it never had one. */
  'scoring:rescoreLatest': { input: z.object({ clientId: id }), output: rescoreViewSchema.nullable() },
  /** Stops after the batch in progress; the leads already re-scored keep their new score. */
  'scoring:rescoreCancel': { input: z.object({ id }), output: rescoreViewSchema },
} as const;

export const rescoreEvents = {
  /** After every batch, and once more when the re-score ends. */
  'scoring:rescoreProgress': rescoreViewSchema,
} as const;
