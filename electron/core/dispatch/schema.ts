import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';
import { integrations } from '../integrations/schema';
import { leads } from '../leads/schema';

/**
 * The outbox: one row per (lead, integration), the source of truth for delivery. The scheduler
 * only ever asks this table for due work, so a restart loses nothing by construction.
 */
export const dispatches = sqliteTable(
  'dispatches',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    leadId: text('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    integrationId: text('integration_id')
      .notNull()
      .references(() => integrations.id, { onDelete: 'cascade' }),
    /** pending | sending | sent | retrying | held | skipped | error | cancelled */
    state: text('state').notNull(),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at'),
    /** Set while an attempt runs; a crash leaves it behind and recovery retries the dispatch. */
    leaseExpiresAt: integer('lease_expires_at'),
    /** When the attempt now running started; recovery records an interrupted attempt from it. */
    attemptStartedAt: integer('attempt_started_at'),
    /** The user cancelled while an attempt ran; kept so a crash before it ends does not send it again. */
    cancelRequestedAt: integer('cancel_requested_at'),
    /**
     * Rate-limit answers in a row that did not say when to try again (e.g. a 503 from an edge during an
     * outage). They wait longer each time without spending an attempt, up to a few; see policy.ts.
     */
    unadvisedWaits: integer('unadvised_waits').notNull().default(0),
    /** What the dispatch already achieved remotely (ids, attached tags), so a retry resumes. */
    steps: text('steps', { mode: 'json' }).$type<Record<string, unknown>>(),
    heldReason: text('held_reason'),
    skipReason: text('skip_reason'),
    lastErrorClass: text('last_error_class'),
    lastError: text('last_error'),
    lastStatus: integer('last_status'),
    isTest: integer('is_test', { mode: 'boolean' }).notNull().default(false),
    /** The remote record the lead became (contact id, person id...), once sent. */
    remoteId: text('remote_id'),
    /** The bulk request (dispatch_batches) carrying it while it is sending that way; null otherwise. */
    batchId: text('batch_id'),
    /** The dispatch this one sends again (resend, bulk resend); null for the first. */
    resendOf: text('resend_of'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [
    index('dispatches_due_idx').on(t.state, t.nextAttemptAt),
    index('dispatches_lead_idx').on(t.leadId),
    // The scheduler's per-integration view: due work of one integration without scanning the others.
    // It replaces (integration_id, state), its prefix: one index less to update on every transition.
    index('dispatches_integration_due_idx').on(t.integrationId, t.state, t.nextAttemptAt),
    // The Logs page pages newest first by (created_at, id) in each scope it offers: all clients,
    // one client, one integration. With the id in the index, ORDER BY needs no sort.
    index('dispatches_log_idx').on(t.createdAt, t.id),
    index('dispatches_client_log_idx').on(t.clientId, t.createdAt, t.id),
    index('dispatches_integration_log_idx').on(t.integrationId, t.createdAt, t.id),
    // Client health's "errors since last seen", one range per client. Partial: only dispatches in
    // error are in it, so the transitions of every other dispatch never touch it.
    index('dispatches_errors_idx')
      .on(t.clientId, t.updatedAt)
      .where(sql`${t.state} = 'error'`),
  ],
);

/** One row per try, kept for offline review; request bodies and headers are stored redacted. */
export const dispatchAttempts = sqliteTable(
  'dispatch_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    dispatchId: text('dispatch_id')
      .notNull()
      .references(() => dispatches.id, { onDelete: 'cascade' }),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    startedAt: integer('started_at').notNull(),
    durationMs: integer('duration_ms'),
    /** sent | failed | rate_limited | held | interrupted | cancelled; written when the attempt ends. */
    outcome: text('outcome').notNull(),
    errorClass: text('error_class'),
    statusCode: integer('status_code'),
    message: text('message'),
    /** The HTTP calls of this attempt: method, URL, redacted body, status, duration. */
    calls: text('calls', { mode: 'json' }).$type<unknown[]>(),
    responseHeaders: text('response_headers', { mode: 'json' }).$type<Record<string, string>>(),
    responseExcerpt: text('response_excerpt'),
    notes: text('notes', { mode: 'json' }).$type<string[]>(),
    /** The bulk request this attempt went through (dispatch_batches), when it did. */
    batchId: text('batch_id'),
  },
  (t) => [
    index('attempts_dispatch_idx').on(t.dispatchId, t.number),
    index('attempts_client_started_idx').on(t.clientId, t.startedAt),
  ],
);
