import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from '../clients/schema';

/**
 * Who a lead is, for the repeated-lead policies: its e-mail (lower-cased) when it has one, else its
 * phone in E.164, else the phone as typed without punctuation (a number too short to normalise is
 * still the same text the next time the file is imported). Computed by SQLite from the stored
 * columns, so rows written before it existed have it too; `leadIdentity()` in `identity.ts` is the
 * same rule for a lead not stored yet, and a test holds the two together.
 */
export const LEAD_IDENTITY_SQL = `CASE
  WHEN "email_key" <> '' THEN 'e:' || "email_key"
  WHEN "phone_e164" <> '' THEN 'p:' || "phone_e164"
  ELSE 'n:' || nullif(replace(replace(replace(replace(replace(replace(replace(coalesce("phone", ''),
    ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '/', ''), '+', ''), '')
END`;

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
    /** Lower-cased e-mail: the lead's identity when it has one. */
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
    /** Bad data that kept the lead from qualifying whatever its score (`invalidPhone`...); null when none. */
    blockedBy: text('blocked_by', { mode: 'json' }).$type<string[]>(),
    /** A synthetic lead made by "Send test lead": kept apart from real leads in lists and counts. */
    isTest: integer('is_test', { mode: 'boolean' }).notNull().default(false),
    /** How the lead arrived: `csv`, `manual`, `api` or `test`. */
    origin: text('origin').notNull().default('manual'),
    /** The CSV import that brought it, for "show this import's leads". */
    importId: text('import_id'),
    /** `corporate`, `free`, `disposable`, `invalid` or `missing`: the Leads page filters on it. */
    emailKind: text('email_kind'),
    /** How many validation problems were found; 0 is a clean lead. */
    issueCount: integer('issue_count').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    /** See `LEAD_IDENTITY_SQL`; null only for a lead with neither e-mail nor phone digits. */
    identityKey: text('identity_key').generatedAlwaysAs(sql.raw(LEAD_IDENTITY_SQL), { mode: 'virtual' }),
  },
  (t) => [
    index('leads_client_received_idx').on(t.clientId, t.receivedAt),
    // With `received_at`, the lookup of a client's latest lead with an identity is one index seek.
    index('leads_client_identity_idx').on(t.clientId, t.identityKey, t.receivedAt),
    index('leads_import_idx').on(t.importId),
    // The client report's counts (by origin, source, day, range, refusal) read only this index, and
    // its delivery figures go from here (the id) to each lead's dispatches: a month of 100,000 leads
    // without touching their rows. Test leads are never counted.
    index('leads_report_idx')
      .on(t.clientId, t.receivedAt, t.qualified, t.origin, t.scoreRange, t.score, t.blockedBy, t.source, t.id)
      .where(sql`${t.isTest} = 0`),
  ],
);

/** Per-client intake settings. A client without a row has the defaults (nothing allowed, API off). */
export const leadSettings = sqliteTable('lead_settings', {
  clientId: text('client_id')
    .primaryKey()
    .references(() => clients.id, { onDelete: 'cascade' }),
  /** Domains counted as corporate whatever the free/disposable lists say. */
  emailAllowlist: text('email_allowlist', { mode: 'json' }).notNull().$type<string[]>().default([]),
  /** Whether intake asks DNS for the e-mail domain's MX records (bounded wait, never blocking). */
  mxCheck: integer('mx_check', { mode: 'boolean' }).notNull().default(false),
  intakeEnabled: integer('intake_enabled', { mode: 'boolean' }).notNull().default(false),
  /** SHA-256 of the client's intake token; the token itself is shown once, when it is made. */
  intakeTokenHash: text('intake_token_hash'),
  /** The token's last characters, so the user can tell which one a sender has. */
  intakeTokenHint: text('intake_token_hint'),
  intakeTokenCreatedAt: integer('intake_token_created_at'),
  updatedAt: integer('updated_at').notNull(),
});

/** A CSV import: its choices, its progress and its outcome. */
export const leadImports = sqliteTable(
  'lead_imports',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** `running`, `done`, `failed`, `cancelled`, or `interrupted` (the app stopped during it). */
    state: text('state').notNull(),
    /** What a row repeating a lead (same identity) does: `update`, `skip` or `keep`. */
    duplicatePolicy: text('duplicate_policy').notNull(),
    /** Rows read (blank lines aside). */
    rows: integer('rows').notNull().default(0),
    /** Leads the import created. */
    created: integer('created').notNull().default(0),
    /** Leads the client had before the import that it updated. */
    updated: integer('updated').notNull().default(0),
    /** Leads the client had before the import that it left alone (policy `skip`). */
    duplicates: integer('duplicates').notNull().default(0),
    /** Rows repeating a lead of an earlier row of the same file (merged, skipped or kept by the policy). */
    repeated: integer('repeated').notNull().default(0),
    /** Rows refused. */
    invalid: integer('invalid').notNull().default(0),
    /** Rows imported with a problem the report lists (a wrong CNPJ, a short phone...). */
    withProblems: integer('with_problems').notNull().default(0),
    /** Leads of this import (created or updated) qualified as the import left them. */
    qualified: integer('qualified').notNull().default(0),
    message: text('message'),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
  },
  (t) => [index('lead_imports_client_idx').on(t.clientId, t.startedAt)],
);

/** A row an import could not take, or took with a warning: the per-row report. */
export const leadImportIssues = sqliteTable(
  'lead_import_issues',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    importId: text('import_id')
      .notNull()
      .references(() => leadImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    line: integer('line').notNull(),
    /** What became of the row: `refused`, `imported` (created or merged) or `skipped` (policy `skip`). */
    outcome: text('outcome').notNull().default('imported'),
    code: text('code').notNull(),
    severity: text('severity').notNull(),
    field: text('field'),
    column: text('column'),
    message: text('message').notNull(),
  },
  (t) => [index('lead_import_issues_import_idx').on(t.importId, t.row)],
);

/** `Idempotency-Key`s seen by the local intake API, so a retried request does not make a second lead. */
export const intakeRequests = sqliteTable(
  'intake_requests',
  {
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** SHA-256 of the body: the same key with another body is a client bug, answered 422. */
    bodyHash: text('body_hash').notNull(),
    leadId: text('lead_id').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.key] }), index('intake_requests_created_idx').on(t.createdAt)],
);

/**
 * A bulk writer's marker, present only inside its own transaction (it never commits a row): while
 * it holds a row, the insert triggers of the trigram search indexes (`lead_search`, `dispatch_search`)
 * leave the new rows to the writer, which indexes them in one statement before committing. FTS5
 * writes its pending terms out at every statement of a transaction, so indexing an import row by row
 * from the triggers made a segment per row and cost more than storing the leads.
 */
export const searchIndexDeferred = sqliteTable('search_index_deferred', {
  id: integer('id').primaryKey(),
});
