import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * Every per-client table carries `client_id` (foreign key, indexed). Times are epoch milliseconds,
 * ids are UUID text: both map one to one onto PostgreSQL when the server mode needs it.
 */
export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Case- and accent-folded name, so "Açaí" and "acai " count as the same client. */
    nameKey: text('name_key').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    archivedAt: integer('archived_at'),
  },
  (t) => [uniqueIndex('clients_name_key_uq').on(t.nameKey), index('clients_archived_idx').on(t.archivedAt)],
);
