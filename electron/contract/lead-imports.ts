import { z } from 'zod';

/**
 * CSV imports. The file reaches the core as an upload (base64 chunks over the same contract, so
 * Electron and the headless host behave alike), is previewed with the detected encoding,
 * separator and column mapping, then imported in the background with progress events.
 */

const id = z.uuid();

/** Bigger than any CRM export an agency handles; the importer streams, so this bounds disk use only. */
export const UPLOAD_MAX_BYTES = 512 * 1024 * 1024;
/** Raw bytes per chunk (before base64). */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export const csvEncodings = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export const csvSeparators = [';', ',', '\t', '|'] as const;
export const duplicatePolicies = ['update', 'skip', 'keep'] as const;
export type DuplicatePolicy = (typeof duplicatePolicies)[number];
export const importStates = ['running', 'done', 'failed', 'cancelled', 'interrupted'] as const;
export type ImportState = (typeof importStates)[number];
/** What became of a row in the report: refused, imported (a new lead or merged into one), or skipped. */
export const importRowOutcomes = ['refused', 'imported', 'skipped'] as const;
export type ImportRowOutcome = (typeof importRowOutcomes)[number];

/** Where a CSV column goes: a lead field, first/last name, a UTM parameter, a custom field, or nowhere. */
export const columnTargetSchema = z
  .string()
  .regex(
    /^(fullName|firstName|lastName|email|phone|company|cnpj|jobTitle|city|state|source|ignore|(utm|custom)\.[a-z0-9_]{1,64})$/,
    { error: 'unknown_target' },
  );

const rowIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.string().optional(),
  column: z.string().optional(),
  message: z.string(),
});

export const importPreviewSchema = z.object({
  encoding: z.enum(csvEncodings),
  bom: z.boolean(),
  separator: z.enum(csvSeparators),
  separatorConfident: z.boolean(),
  headers: z.array(z.string()),
  mapping: z.array(z.object({ index: z.number().int(), header: z.string(), target: columnTargetSchema })),
  /** About the mapping as a whole (`no_contact_column`...). */
  warnings: z.array(z.string()),
  rows: z.array(
    z.object({
      row: z.number().int(),
      status: z.enum(['ok', 'invalid', 'unreadable']),
      cells: z.array(z.string()),
      issues: z.array(rowIssueSchema),
      /** The lead as it would be stored (name, e-mail, phone...), when the row is usable. */
      lead: z.record(z.string(), z.string()).nullable(),
    }),
  ),
  size: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importViewSchema = z.object({
  id,
  clientId: id,
  fileName: z.string(),
  state: z.enum(importStates),
  /**
   * What a row does when it repeats a lead: the same e-mail (any capitals) or, for a lead without
   * e-mail, the same phone. Applies to the client's leads and to earlier rows of the same file.
   */
  duplicatePolicy: z.enum(duplicatePolicies),
  /** Rows read, blank lines aside. */
  rows: z.number().int(),
  /** Leads created. */
  created: z.number().int(),
  /** Leads the client had before the import, updated by it (policy `update`). */
  updated: z.number().int(),
  /** Leads the client had before the import, left as they were (policy `skip`). */
  duplicates: z.number().int(),
  /** Rows repeating the lead of an earlier row of the file: merged into it, skipped, or kept (then also in `created`). */
  repeated: z.number().int(),
  /** Rows refused. */
  invalid: z.number().int(),
  /** Rows imported with a problem listed in the report (a wrong CNPJ, a short phone...). */
  withProblems: z.number().int(),
  /** The import's leads (created or updated) that are qualified as it left them. */
  qualified: z.number().int(),
  /** Problems in the report (refused rows, and rows imported with problems). */
  issues: z.number().int(),
  message: z.string().nullable(),
  startedAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
  /** Progress through the file, for the progress bar. */
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
});
export type ImportView = z.infer<typeof importViewSchema>;

export const importIssueSchema = rowIssueSchema.extend({
  /** The spreadsheet's row number (the header is row 1). */
  row: z.number().int(),
  /** The line of the file the row starts on, as a text editor counts them. */
  line: z.number().int(),
  outcome: z.enum(importRowOutcomes),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

const uploadId = z.string().regex(/^[a-f0-9]{32}$/, { error: 'invalid_upload' });

export const leadImportsChannels = {
  'uploads:begin': {
    input: z.object({
      name: z.string().trim().min(1).max(255),
      size: z.number().int().min(0).max(UPLOAD_MAX_BYTES, { error: 'too_big' }),
    }),
    output: z.object({ uploadId, chunkBytes: z.number().int() }),
  },
  'uploads:append': {
    input: z.object({
      uploadId,
      offset: z.number().int().min(0),
      // base64 of at most UPLOAD_CHUNK_BYTES.
      data: z.base64().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4),
    }),
    output: z.object({ received: z.number().int() }),
  },
  'uploads:discard': { input: z.object({ uploadId }), output: z.object({ uploadId }) },
  'leads:importPreview': {
    input: z.object({
      clientId: id,
      uploadId,
      encoding: z.enum(csvEncodings).optional(),
      separator: z.enum(csvSeparators).optional(),
      /** The user's targets per column index, instead of the guessed ones: rows are checked under them. */
      mapping: z.array(columnTargetSchema).min(1).max(500).optional(),
      rows: z.number().int().min(1).max(50).default(10),
    }),
    output: importPreviewSchema,
  },
  'leads:importStart': {
    input: z.object({
      clientId: id,
      uploadId,
      fileName: z.string().trim().min(1).max(255),
      encoding: z.enum(csvEncodings),
      separator: z.enum(csvSeparators),
      /** Target per column index. */
      mapping: z.array(columnTargetSchema).min(1).max(500),
      duplicatePolicy: z.enum(duplicatePolicies),
    }),
    output: importViewSchema,
  },
  'leads:importGet': { input: z.object({ id }), output: importViewSchema },
  'leads:importList': {
    input: z.object({ clientId: id, limit: z.number().int().min(1).max(100).default(20) }),
    output: z.array(importViewSchema),
  },
  'leads:importIssues': {
    input: z.object({
      id,
      /** The row number after which to continue. */
      after: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ issues: z.array(importIssueSchema), nextAfter: z.number().int().nullable() }),
  },
  'leads:importCancel': { input: z.object({ id }), output: importViewSchema },
} as const;

export const leadImportsEvents = {
  'leads:importProgress': importViewSchema,
} as const;
