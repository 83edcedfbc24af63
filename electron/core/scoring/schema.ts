import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';
import { DEFAULT_DISQUALIFY, type Disqualify, type ScoreRange, type ScoringRule } from '#contract/scoring-profile';

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
