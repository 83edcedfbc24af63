import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';

/** Sealed secrets: ciphertext only; the key is the host's (safeStorage or the AES-GCM master key). */
export const credentials = sqliteTable(
  'credentials',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    /** Which cipher sealed it; a secret sealed by another backend cannot be opened here. */
    backend: text('backend').notNull(),
    sealed: blob('sealed', { mode: 'buffer' }).notNull(),
    hint: text('hint').notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('credentials_client_idx').on(t.clientId)],
);
