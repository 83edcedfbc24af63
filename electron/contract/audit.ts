import { z } from 'zod';
import { clientIdSchema } from './clients';
import { timeZoneSchema } from './common';

/**
 * The history of changes of a client's configuration (docs/guide/audit.md): one row per change, with
 * its time, what kind of change it was, what it touched and a summary of what changed. Summaries and
 * details never carry a secret: a replaced key says only that it was replaced.
 */

/**
 * Every kind of change the history records. `copy.fromClient` and `template.imported` are recorded
 * by whatever copies settings from another client or imports a template (through the core's
 * `audit.record`), with the source's name in `details.source`.
 */
export const auditKinds = [
  'client.created',
  'client.renamed',
  'client.archived',
  'client.restored',
  'integration.created',
  'integration.edited',
  'integration.activated',
  'integration.paused',
  'integration.resumed',
  'integration.deleted',
  'integration.keyReplaced',
  'scoring.created',
  'scoring.edited',
  'scoring.activated',
  'scoring.deleted',
  'leadSettings.changed',
  'copy.fromClient',
  'template.imported',
] as const;
export type AuditKind = (typeof auditKinds)[number];

/** What the kinds touch, for grouping them in a filter. */
export const auditSubjects = ['client', 'integration', 'scoring', 'leadSettings', 'copy', 'template'] as const;
export type AuditSubject = (typeof auditSubjects)[number];

export function auditSubjectOf(kind: AuditKind): AuditSubject {
  return kind.slice(0, kind.indexOf('.')) as AuditSubject;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]).nullable();

/**
 * One changed setting. `field` is a dotted path (`name`, `fixedTags`, `filters.minScore`) the
 * interface names in the user's language; `changed` says a setting changed without its values (a
 * long text, a list of objects), `replaced` that a secret was replaced (never its value).
 */
export const auditChangeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set'), field: z.string().max(200), from: scalar, to: scalar }),
  z.object({
    type: z.literal('list'),
    field: z.string().max(200),
    added: z.array(z.string().max(500)).max(200),
    removed: z.array(z.string().max(500)).max(200),
  }),
  z.object({ type: z.literal('changed'), field: z.string().max(200) }),
  z.object({ type: z.literal('replaced'), field: z.string().max(200) }),
]);
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditDetailsSchema = z.object({
  changes: z.array(auditChangeSchema).max(200).default([]),
  /** The client or template the settings came from (copies and templates). */
  source: z.string().max(200).optional(),
  /** A connector's type (`activecampaign`, `webhook`…) for integration changes. */
  integrationType: z.string().max(60).optional(),
});
export type AuditDetails = z.infer<typeof auditDetailsSchema>;
export type AuditDetailsInput = z.input<typeof auditDetailsSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  clientId: clientIdSchema,
  at: z.number().int(),
  kind: z.enum(auditKinds),
  /** The integration or scoring profile changed; null for the client itself and its lead settings. */
  subjectId: z.string().nullable(),
  /** Its name at the time of the change. */
  subjectName: z.string().nullable(),
  /** In English, as the core wrote it; the interface rebuilds it from `kind` and `details` in the user's language. */
  summary: z.string(),
  details: auditDetailsSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_PAGE_MAX = 200;

const auditFilterShape = {
  clientId: clientIdSchema,
  kinds: z.array(z.enum(auditKinds)).max(auditKinds.length).optional(),
  /** Epoch ms, inclusive. */
  from: z.number().int().nonnegative().optional(),
  /** Epoch ms, exclusive. */
  to: z.number().int().nonnegative().optional(),
};

function periodInOrder(v: { from?: number; to?: number }): boolean {
  return v.from === undefined || v.to === undefined || v.from <= v.to;
}

export const auditFilterSchema = z.object(auditFilterShape).refine(periodInOrder, {
  error: 'from_after_to',
  path: ['to'],
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditListInputSchema = z
  .object({
    ...auditFilterShape,
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(100),
    cursor: z.string().max(200).optional(),
  })
  .refine(periodInOrder, { error: 'from_after_to', path: ['to'] });
export type AuditListInput = z.input<typeof auditListInputSchema>;
export type AuditListQuery = z.output<typeof auditListInputSchema>;

/** The CSV's columns, in order; the renderer sends their titles in the user's language. */
export const auditExportColumns = ['time', 'client', 'kind', 'subject', 'summary'] as const;

const label = z.string().trim().min(1).max(60);

/**
 * The words a summary is built with (electron/contract/audit-summary.ts), in the user's language;
 * the export's file reads as the page does. The core writes English without them.
 */
export const auditVocabularySchema = z.object({
  kinds: z.record(z.enum(auditKinds), z.string().max(200)),
  fields: z.record(z.string().max(200), z.string().max(120)),
  set: z.string().max(120),
  list: z.string().max(120),
  changed: z.string().max(120),
  replaced: z.string().max(120),
  empty: z.string().max(60),
  yes: z.string().max(30),
  no: z.string().max(30),
});
export type AuditVocabulary = z.infer<typeof auditVocabularySchema>;

export const auditExportInputSchema = z
  .object({
    ...auditFilterShape,
    timeZone: timeZoneSchema,
    labels: z
      .object({
        columns: z.array(label).length(auditExportColumns.length),
        /** A short name per kind ("Integration edited"), for the kind column. */
        kinds: z.record(z.enum(auditKinds), label),
        vocabulary: auditVocabularySchema,
      })
      .optional(),
  })
  .refine(periodInOrder, { error: 'from_after_to', path: ['to'] });
export type AuditExportInput = z.input<typeof auditExportInputSchema>;
export type AuditExportQuery = z.output<typeof auditExportInputSchema>;

export const auditChannels = {
  /** A client's changes, newest first, keyset-paged. */
  'audit:list': {
    input: auditListInputSchema,
    output: z.object({ rows: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
  },
  /** Starts writing the filtered history to a CSV file, fetched with `exports:read`. */
  'audit:export': {
    input: auditExportInputSchema,
    output: z.object({ id: z.string(), fileName: z.string(), total: z.number().int() }),
  },
} as const;
