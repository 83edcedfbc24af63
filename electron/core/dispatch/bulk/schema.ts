import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from '../../clients/schema';
import { integrations } from '../../integrations/schema';
import { dispatches } from '../schema';

/**
 * Bulk requests (ActiveCampaign's import): one row per request, written before it is sent and
 * given the remote's id as soon as it answers, so that after a crash the app asks the remote how
 * the request went instead of guessing. Its dispatches stay `sending` with `dispatches.batch_id`
 * set until the batch settles them, all in one transaction.
 */
export const dispatchBatches = sqliteTable(
  'dispatch_batches',
  {
    id: text('id').primaryKey(),
    /** "Import #N" in the Logs: one sequence for the whole app. */
    number: integer('number').notNull(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    integrationId: text('integration_id')
      .notNull()
      .references(() => integrations.id, { onDelete: 'cascade' }),
    /**
     * recorded (written, maybe sent, no answer yet) | submitted (the remote took it: polled) |
     * following (done remotely; leads that need a per-contact step after it are running) |
     * done | refused (400: nothing queued; the rest went in a new batch) | failed (settled as failures)
     */
    state: text('state').notNull(),
    contacts: integer('contacts').notNull(),
    /** The remote's id for the request (AC's batchId). */
    remoteId: text('remote_id'),
    /** The remote's last word on it (AC's import status). */
    remoteStatus: text('remote_status'),
    /** Contacts the remote reported as failed. */
    failed: integer('failed'),
    polls: integer('polls').notNull().default(0),
    nextPollAt: integer('next_poll_at'),
    /** Times the app stopped while the request was out; after a few, its leads go one by one. */
    interruptions: integer('interruptions').notNull().default(0),
    /** The requests sent (redacted), each lead's attempt shows its own part of them. */
    calls: text('calls', { mode: 'json' }).$type<unknown[]>(),
    notes: text('notes', { mode: 'json' }).$type<string[]>(),
    createdAt: integer('created_at').notNull(),
    submittedAt: integer('submitted_at'),
    finishedAt: integer('finished_at'),
  },
  (t) => [
    uniqueIndex('dispatch_batches_number_idx').on(t.number),
    // Open batches only: recovery and the poller look at these, never at the history.
    index('dispatch_batches_open_idx')
      .on(t.state, t.nextPollAt)
      .where(sql`${t.state} IN ('recorded', 'submitted', 'following')`),
    index('dispatch_batches_integration_idx').on(t.integrationId, t.createdAt),
  ],
);

/** Which dispatch is at which position of a batch's request (a 400 names contacts by position). */
export const dispatchBatchItems = sqliteTable(
  'dispatch_batch_items',
  {
    batchId: text('batch_id')
      .notNull()
      .references(() => dispatchBatches.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    dispatchId: text('dispatch_id')
      .notNull()
      .references(() => dispatches.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.position] }),
    index('dispatch_batch_items_dispatch_idx').on(t.dispatchId),
  ],
);
