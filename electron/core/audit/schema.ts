import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';

/**
 * The history of changes of each client's configuration (docs/guide/audit.md). Plain columns and
 * the details as JSON text, so the table maps one to one onto PostgreSQL. Rows are written in the
 * transaction of the change they describe and never updated.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    /** Epoch milliseconds. */
    at: integer('at').notNull(),
    /** One of `auditKinds` (electron/contract/audit.ts). */
    kind: text('kind').notNull(),
    subjectId: text('subject_id'),
    /** The integration's or profile's name when it changed: they can be renamed or deleted later. */
    subjectName: text('subject_name'),
    /** In English; the interface rebuilds it in the user's language from the kind and the details. */
    summary: text('summary').notNull(),
    /** `AuditDetails` as JSON text: the changed settings, never a secret. */
    details: text('details').notNull(),
  },
  (t) => [index('audit_log_client_idx').on(t.clientId, t.at, t.id)],
);
