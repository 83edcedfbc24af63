import { z } from 'zod';
import { dispatchStates } from './dispatch';
import { leadEmailKinds, leadOrigins } from './lead-kinds';
import { leadInputSchema } from './lead-input';
import { timeZoneSchema } from './common';
import { DISQUALIFIERS } from './scoring-limits';

/**
 * The Leads page and the manual form: a client's leads, newest first, paged by an opaque keyset
 * cursor over (received time, id); one lead with its validation, score reasons and dispatches.
 */

export const LEADS_PAGE_MAX = 200;
export const LEADS_SEARCH_MAX = 200;
/** The list counts its matches this far; past it, "10,000+" is all a page needs to say. */
export const LEADS_COUNT_CAP = 10_000;
/** The same for a common search term, which is matched row by row rather than through the index. */
export const LEADS_SCAN_COUNT_CAP = 1_000;

const id = z.uuid();
export const leadIdSchema = id;

export const fieldStatuses = ['valid', 'invalid', 'missing'] as const;

export const validationIssueSchema = z.object({
  field: z.string(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  /** The facts the message names (an area code, a count, characters not allowed), for translations. */
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ValidationIssueView = z.infer<typeof validationIssueSchema>;

/** What validation found, as the renderer shows it (flags, the usable forms, the problems). */
export const leadValidationViewSchema = z.object({
  name: z.object({ status: z.enum(['ok', 'suspicious', 'missing']), flags: z.array(z.string()) }),
  email: z.object({
    status: z.enum(fieldStatuses),
    kind: z.enum(['corporate', 'free', 'disposable', 'typo']).nullable(),
    /** With the `typo` kind: the free provider's domain the address was probably meant for. */
    typoOf: z.string().nullable(),
    allowlisted: z.boolean(),
    suggestion: z.string().nullable(),
    mx: z.enum(['found', 'none', 'unknown']).nullable(),
  }),
  phone: z.object({
    status: z.enum(fieldStatuses),
    type: z.enum(['mobile', 'landline', 'other']).nullable(),
    e164: z.string().nullable(),
    national: z.string().nullable(),
    flags: z.array(z.string()),
    suggestion: z.string().nullable(),
  }),
  cnpj: z.object({
    status: z.enum(fieldStatuses),
    kind: z.enum(['numeric', 'alphanumeric']),
    formatted: z.string().nullable(),
  }),
  state: z.object({ status: z.enum(fieldStatuses), uf: z.string().nullable() }),
  issues: z.array(validationIssueSchema),
});
export type LeadValidationView = z.infer<typeof leadValidationViewSchema>;

export const scoreReasonViewSchema = z.object({
  rule: z.string(),
  kind: z.string(),
  points: z.number().int(),
  detail: z.string().optional(),
  /** The rule's label in the profile that scored the lead, when it still exists. */
  label: z.string().optional(),
});
export type ScoreReasonView = z.infer<typeof scoreReasonViewSchema>;

/** A row of the Leads table. */
export const leadRowSchema = z.object({
  id,
  clientId: id,
  fullName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  /** Null while the client had no active scoring profile. */
  score: z.number().int().nullable(),
  scoreRange: z.string().nullable(),
  qualified: z.boolean(),
  emailKind: z.enum(leadEmailKinds).nullable(),
  issueCount: z.number().int(),
  origin: z.enum(leadOrigins),
  receivedAt: z.number().int(),
});
export type LeadRow = z.infer<typeof leadRowSchema>;

export const leadDetailSchema = leadRowSchema.extend({
  phoneE164: z.string().nullable(),
  cnpj: z.string().nullable(),
  cnpjFormatted: z.string().nullable(),
  jobTitle: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  source: z.string().nullable(),
  utm: z.record(z.string(), z.string()),
  custom: z.record(z.string(), z.string()),
  validation: leadValidationViewSchema.nullable(),
  reasons: z.array(scoreReasonViewSchema),
  /** Bad data that kept it from qualifying whatever its score (the profile's setting when it was scored). */
  blockedBy: z.array(z.enum(DISQUALIFIERS)),
  importId: z.string().nullable(),
  dispatches: z.array(
    z.object({
      id: z.string(),
      integrationId: z.string(),
      integrationName: z.string(),
      integrationType: z.string(),
      state: z.enum(dispatchStates),
      attempts: z.number().int(),
      lastStatus: z.number().int().nullable(),
      lastError: z.string().nullable(),
      skipReason: z.string().nullable(),
      updatedAt: z.number().int(),
    }),
  ),
});
export type LeadDetail = z.infer<typeof leadDetailSchema>;

export const leadsListInputSchema = z.object({
  clientId: id,
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(LEADS_PAGE_MAX).default(100),
  /** Over name, e-mail, company and phone. */
  search: z.string().trim().max(LEADS_SEARCH_MAX).optional(),
  ranges: z.array(z.string().max(40)).max(10).optional(),
  qualified: z.boolean().optional(),
  emailKinds: z.array(z.enum(leadEmailKinds)).optional(),
  /** True: only leads with validation problems; false: only clean ones. */
  withIssues: z.boolean().optional(),
  origins: z.array(z.enum(leadOrigins)).optional(),
  importId: z.string().max(100).optional(),
  /** Received time, inclusive bounds in epoch ms. */
  from: z.number().int().optional(),
  to: z.number().int().optional(),
});
export type LeadsListInput = z.input<typeof leadsListInputSchema>;
export type LeadsListQuery = z.output<typeof leadsListInputSchema>;

/** A lead as the manual form or the local API gives it, checked without being stored. */
export const leadCheckSchema = z.object({
  lead: z.object({
    fullName: z.string(),
    email: z.string(),
    emailKey: z.string(),
    phoneE164: z.string().nullable(),
    cnpj: z.string().nullable(),
    state: z.string().nullable(),
  }),
  validation: leadValidationViewSchema,
  /** Null when the client has no active scoring profile. */
  score: z
    .object({
      score: z.number().int(),
      range: z.string(),
      qualified: z.boolean(),
      reasons: z.array(scoreReasonViewSchema),
      blockedBy: z.array(z.enum(DISQUALIFIERS)),
    })
    .nullable(),
  /** The client already has this lead: the same e-mail or, for a lead without one, the same phone. */
  duplicateOf: z.string().nullable(),
  /** What the two leads share, when `duplicateOf` is set. */
  duplicateBy: z.enum(['email', 'phone']).nullable(),
});
export type LeadCheck = z.infer<typeof leadCheckSchema>;

export const leadSettingsSchema = z.object({
  clientId: id,
  emailAllowlist: z.array(z.string()),
  mxCheck: z.boolean(),
});
export type LeadSettings = z.infer<typeof leadSettingsSchema>;

/** `acme.com.br`, `@acme.com.br` or `*.acme.com.br`; anything else is refused with `invalid_domain`. */
export const allowlistDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/^(\*\.|@)/, ''))
  .pipe(
    z
      .string()
      .max(253, { error: 'too_long' })
      .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, { error: 'invalid_domain' }),
  );

/** Column headings of the leads CSV, in order; the renderer may send them translated. */
export const leadExportColumns = [
  'receivedAt', 'fullName', 'email', 'phone', 'company', 'cnpj', 'jobTitle', 'city', 'state', 'source', 'score',
  'scoreRange', 'qualified', 'emailKind', 'issues', 'origin', 'utm', 'custom',
] as const; // prettier-ignore
export const importReportColumns = [
  'row',
  'line',
  'outcome',
  'column',
  'field',
  'severity',
  'code',
  'message',
] as const;

const exportLabel = z.string().trim().min(1).max(60);
const exportLabels = (count: number) => z.array(exportLabel).length(count).optional();
const exportStarted = z.object({ id: z.string(), fileName: z.string(), total: z.number().int() });

export const leadsChannels = {
  'leads:list': {
    input: leadsListInputSchema,
    output: z.object({
      rows: z.array(leadRowSchema),
      nextCursor: z.string().nullable(),
      /** How many leads match: counted for the first page only (no cursor), null on the others. */
      total: z.number().int().nullable(),
      /** More than `total` (LEADS_COUNT_CAP) match. */
      totalCapped: z.boolean(),
    }),
  },
  'leads:get': { input: z.object({ id }), output: leadDetailSchema },
  /** Validates and scores without storing: the manual form's inline checks. */
  'leads:check': { input: z.object({ clientId: id, lead: leadInputSchema }), output: leadCheckSchema },
  /** The manual form: stored, scored once and, if qualified, handed to the client's integrations. */
  'leads:create': {
    input: z.object({ clientId: id, lead: leadInputSchema }),
    output: z.object({ lead: leadDetailSchema, dispatches: z.number().int() }),
  },
  'leads:delete': { input: z.object({ id }), output: z.object({ id }) },
  /**
   * Takes the correction validation suggested for a field (`gmial.com` → `gmail.com`, a mobile's
   * ninth digit), then validates and scores the lead again; qualified now, it is sent on.
   */
  'leads:applySuggestion': {
    input: z.object({ id, field: z.enum(['email', 'phone']) }),
    output: z.object({ lead: leadDetailSchema, dispatches: z.number().int() }),
  },
  'leads:ranges': {
    input: z.object({ clientId: id }),
    output: z.array(z.object({ name: z.string(), count: z.number().int() })),
  },
  /** Writes the filtered list to a CSV file; `exports:*` events report on it, `exports:read` fetches it. */
  'leads:export': {
    input: leadsListInputSchema.omit({ cursor: true, limit: true }).extend({
      timeZone: timeZoneSchema,
      columns: exportLabels(leadExportColumns.length),
      /** The words written for coded values, in the user's language. */
      values: z
        .object({
          yes: exportLabel,
          no: exportLabel,
          // Partial: a kind without a word (from an older page) is written as its code.
          emailKinds: z.partialRecord(z.enum(leadEmailKinds), exportLabel),
          origins: z.record(z.enum(leadOrigins), exportLabel),
          /** The default ranges' names (`high`, `medium`, `low`) as the app shows them. */
          ranges: z.partialRecord(z.enum(['high', 'medium', 'low']), exportLabel).optional(),
        })
        .optional(),
    }),
    output: exportStarted,
  },
  /** The per-row report of an import as a CSV file. */
  'leads:importReport': {
    input: z.object({
      id,
      columns: exportLabels(importReportColumns.length),
      /** Each problem code's text in the user's language; `{{suggestion}}`-style values are filled in. */
      messages: z
        .record(z.string().max(64), z.string().trim().min(1).max(400))
        .refine((m) => Object.keys(m).length <= 200, { error: 'too_many' })
        .optional(),
      severities: z.object({ error: exportLabel, warning: exportLabel }).optional(),
      /** What became of each row, in the user's language. */
      outcomes: z.object({ refused: exportLabel, imported: exportLabel, skipped: exportLabel }).optional(),
    }),
    output: exportStarted,
  },
  'leads:getSettings': { input: z.object({ clientId: id }), output: leadSettingsSchema },
  'leads:saveSettings': {
    input: z.object({
      clientId: id,
      emailAllowlist: z.array(allowlistDomainSchema).max(500, { error: 'too_many' }),
      mxCheck: z.boolean(),
    }),
    output: leadSettingsSchema,
  },
} as const;

export const leadsEvents = {
  /** Leads were added, changed or removed (an import pushes one per batch). */
  'leads:changed': z.object({
    clientId: id,
    reason: z.enum(['created', 'updated', 'deleted', 'scored']),
    count: z.number().int(),
  }),
} as const;
