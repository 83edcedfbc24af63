import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';

/**
 * One configured connection from a client to a remote tool. `config` is the connector's own
 * document (validated by its schema); the secret lives in the vault under `credential_id`.
 */
export const integrations = sqliteTable(
  'integrations',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    name: text('name').notNull(),
    /** draft → active ⇄ paused; needs_attention when the remote refused the credentials. */
    status: text('status').notNull().default('draft'),
    statusReason: text('status_reason'),
    config: text('config', { mode: 'json' }).notNull().$type<Record<string, unknown>>(),
    filters: text('filters', { mode: 'json' }).$type<Record<string, unknown>>(),
    credentialId: text('credential_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** Deleted integrations stay as rows so their dispatch history remains readable. */
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('integrations_client_idx').on(t.clientId), index('integrations_status_idx').on(t.status)],
);
