import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';

/**
 * A lead as received, with the results of validating and scoring it once. JSON columns hold
 * structures that are read whole (UTM fields, custom fields, validation results, score reasons).
 */
export const leads = sqliteTable(
  'leads',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull().default(''),
    email: text('email').notNull().default(''),
    /** Lower-cased e-mail, for the per-client repeated-e-mail policy. */
    emailKey: text('email_key').notNull().default(''),
    phone: text('phone'),
    phoneE164: text('phone_e164'),
    company: text('company'),
    /** 14 characters, unformatted; numeric or the alphanumeric format. */
    cnpj: text('cnpj'),
    jobTitle: text('job_title'),
    city: text('city'),
    state: text('state'),
    source: text('source'),
    utm: text('utm', { mode: 'json' }).$type<Record<string, string>>(),
    custom: text('custom', { mode: 'json' }).$type<Record<string, string>>(),
    receivedAt: integer('received_at').notNull(),
    validation: text('validation', { mode: 'json' }).$type<Record<string, unknown>>(),
    score: integer('score'),
    scoreRange: text('score_range'),
    qualified: integer('qualified', { mode: 'boolean' }).notNull().default(false),
    reasons: text('reasons', { mode: 'json' }).$type<Array<{ rule: string; points: number; detail?: string }>>(),
    /** A synthetic lead made by "Send test lead": kept apart from real leads in lists and counts. */
    isTest: integer('is_test', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('leads_client_received_idx').on(t.clientId, t.receivedAt),
    index('leads_client_email_idx').on(t.clientId, t.emailKey),
  ],
);
