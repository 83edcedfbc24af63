import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
  },
  (t) => [
    index('leads_client_received_idx').on(t.clientId, t.receivedAt),
    index('leads_client_email_idx').on(t.clientId, t.emailKey),
    index('leads_import_idx').on(t.importId),
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
    /** What a repeated e-mail within the client does: `update`, `skip` or `keep`. */
    duplicatePolicy: text('duplicate_policy').notNull(),
    rows: integer('rows').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    duplicates: integer('duplicates').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
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
