import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';
import { DEFAULT_DISQUALIFY } from '#contract/scoring-limits';
import type { Disqualify, ScoreRange, ScoringRule } from '#contract/scoring-profile';
import { dispatches } from '../dispatch/schema';

/**
 * A client's scoring profiles. Rules and ranges are read and written whole, so they are JSON; at
 * most one profile per client is active, which a partial unique index enforces in the database.
 */
export const scoringProfiles = sqliteTable(
  'scoring_profiles',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Case- and accent-folded name: two profiles of a client cannot share a name. */
    nameKey: text('name_key').notNull(),
    rules: text('rules', { mode: 'json' }).notNull().$type<ScoringRule[]>(),
    ranges: text('ranges', { mode: 'json' }).notNull().$type<ScoreRange[]>(),
    qualifyAt: integer('qualify_at').notNull(),
    /**
     * Bad data that keeps a lead from qualifying whatever its score. Added with every refusal on,
     * for existing profiles too: "zero bad leads" holds for them without anyone editing them.
     */
    disqualify: text('disqualify', { mode: 'json' })
      .notNull()
      .$type<Disqualify>()
      .default({ ...DEFAULT_DISQUALIFY }),
    active: integer('active', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('scoring_profiles_name_uq').on(t.clientId, t.nameKey),
    uniqueIndex('scoring_profiles_active_uq')
      .on(t.clientId)
      .where(sql`${t.active} = 1`),
    index('scoring_profiles_client_idx').on(t.clientId),
  ],
);

/**
 * Re-scores of a client's leads after its profile changed: the choices, the progress and the
 * outcome. Counts are written with each batch, in its transaction, so an interrupted re-score
 * still says exactly what it did.
 */
export const rescoreJobs = sqliteTable(
  'rescore_jobs',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** The profile active at the start, by name: profiles can be renamed or deleted later. */
    profileName: text('profile_name').notNull(),
    /** `unsent` or `all`. */
    scope: text('scope').notNull(),
    /** `cancel` or `keep`: the queued dispatches of leads that no longer qualify. */
    queued: text('queued').notNull(),
    /** `running`, `done`, `cancelled`, `failed`, or `interrupted` (the app stopped during it). */
    state: text('state').notNull(),
    total: integer('total').notNull().default(0),
    rescored: integer('rescored').notNull().default(0),
    changed: integer('changed').notNull().default(0),
    newlyQualified: integer('newly_qualified').notNull().default(0),
    noLongerQualified: integer('no_longer_qualified').notNull().default(0),
    dispatchesCancelled: integer('dispatches_cancelled').notNull().default(0),
    dispatchesKept: integer('dispatches_kept').notNull().default(0),
    dispatchesQueued: integer('dispatches_queued').notNull().default(0),
    dispatchesSkipped: integer('dispatches_skipped').notNull().default(0),
    message: text('message'),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('rescore_jobs_client_idx').on(t.clientId, t.startedAt)],
);

/**
 * Dispatches a re-score cancelled because their lead stopped qualifying. When a later re-score
 * qualifies the lead again, exactly these are queued again; a dispatch the user cancelled by hand
 * never is.
 */
export const rescoreCancellations = sqliteTable(
  'rescore_cancellations',
  {
    dispatchId: text('dispatch_id')
      .primaryKey()
      .references(() => dispatches.id, { onDelete: 'cascade' }),
    jobId: text('job_id')
      .notNull()
      .references(() => rescoreJobs.id, { onDelete: 'cascade' }),
  },
  (t) => [index('rescore_cancellations_job_idx').on(t.jobId)],
);
