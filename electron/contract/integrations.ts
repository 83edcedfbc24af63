import { z } from 'zod';
import { clientIdSchema } from './clients';
import { dispatchFilterSchema } from './dispatch';
import { webhookConfigViewSchema } from './webhook';
import { hubspotConfigInputSchema } from './hubspot';
import { pipedriveConfigInputSchema } from './pipedrive';

/**
 * Outbound integrations (Send Leads page) and the ActiveCampaign wizard's lookups. Secrets never
 * travel back: an integration only reports whether its API key is set, and a masked hint.
 * Dispatch controls (send test lead, pause/resume delivery) live in the dispatch contract.
 */

export const integrationIdSchema = z.uuid();
export const integrationTypes = ['activecampaign', 'hubspot', 'pipedrive', 'webhook'] as const;
export type IntegrationType = (typeof integrationTypes)[number];
/** `inactive` is the user's "Deactivate"; `paused` and `needs_attention` belong to the dispatch engine. */
export const integrationStatuses = ['draft', 'active', 'paused', 'inactive', 'needs_attention'] as const;
export type IntegrationStatus = (typeof integrationStatuses)[number];

export const INTEGRATION_NAME_MAX = 80;
export const integrationNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, { error: 'empty' }).max(INTEGRATION_NAME_MAX, { error: 'too_long' }));

export const credentialStateSchema = z.object({
  set: z.boolean(),
  /** A masked tail of the secret (`…29a1`), or the signed-in account for an OAuth connection. */
  hint: z.string().nullable(),
  /** An OAuth sign-in rather than a typed key or token. */
  signedIn: z.boolean(),
});

// ---------------------------------------------------------------------------------------------
// ActiveCampaign configuration (the shape; the core adds URL normalisation and cross-checks)
// ---------------------------------------------------------------------------------------------

/** AC ids are decimal strings on the wire. */
export const acIdSchema = z.string().regex(/^\d{1,18}$/, { error: 'invalid_id' });

export const AC_NAME_MAX = 255;
export const acTagNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, { error: 'empty' }).max(AC_NAME_MAX, { error: 'too_long' }));

/** Range names come from the client's scoring profile (today the defaults: high, medium, low). */
export const scoreRangeNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { error: 'invalid_range' });

export const DEFAULT_SCORE_TAGS: Readonly<Record<string, string>> = {
  high: 'high-score',
  medium: 'medium-score',
  low: 'low-score',
};

export const acScoreTagsSchema = z.object({
  enabled: z.boolean().default(true),
  /** Range name → tag name; a range without an entry gets no score tag. */
  byRange: z.record(scoreRangeNameSchema, acTagNameSchema).default(() => ({ ...DEFAULT_SCORE_TAGS })),
});

export const acListRefSchema = z.object({ id: acIdSchema, name: z.string().min(1).max(AC_NAME_MAX) });
export type AcListRef = z.infer<typeof acListRefSchema>;

export const acFieldRefSchema = z.object({ id: acIdSchema, title: z.string().min(1).max(AC_NAME_MAX) });
export type AcFieldRef = z.infer<typeof acFieldRefSchema>;

/** Lead values a custom field can receive; `utm.<key>` and `custom.<key>` reach the lead's extra fields. */
export const leadFieldNames = [
  'score',
  'scoreRange',
  'cnpj',
  'company',
  'jobTitle',
  'city',
  'state',
  'source',
  'phone',
  'email',
  'fullName',
] as const;
export const leadFieldSourceSchema = z.union([
  z.enum(leadFieldNames),
  z.string().regex(/^(utm|custom)\.[A-Za-z0-9_.-]{1,64}$/, { error: 'invalid_source' }),
]);
export type LeadFieldSource = z.infer<typeof leadFieldSourceSchema>;

export const acFieldMappingSchema = z.object({ source: leadFieldSourceSchema, field: acFieldRefSchema });

export const acMappingSchema = z.object({
  /** Full name → First Name / Last Name. */
  fullName: z.boolean().default(true),
  phone: z.boolean().default(true),
  /** Company → Organization, through AC Accounts (find or create, then link the contact). */
  companyToAccount: z.boolean().default(true),
  /** Score, CNPJ and any other lead value → custom fields. */
  fields: z.array(acFieldMappingSchema).max(100).default([]),
});

export const acConfigInputSchema = z.object({
  apiUrl: z.string().max(500),
  name: integrationNameSchema.default('ActiveCampaign'),
  /** The only action: POST /contact/sync, an upsert keyed on the e-mail. */
  action: z.literal('contact_sync').default('contact_sync'),
  fixedTags: z.array(acTagNameSchema).max(50).default([]),
  scoreTags: acScoreTagsSchema.prefault({}),
  lists: z.array(acListRefSchema).max(100).default([]),
  /** Off: a contact who unsubscribed from a selected list is left unsubscribed (and a note says so). */
  resubscribeUnsubscribed: z.boolean().default(false),
  mapping: acMappingSchema.prefault({}),
});
export type AcConfigInput = z.input<typeof acConfigInputSchema>;
export type AcConfigView = z.output<typeof acConfigInputSchema>;

// ---------------------------------------------------------------------------------------------
// Integrations
// ---------------------------------------------------------------------------------------------

export const integrationSummarySchema = z.object({
  id: integrationIdSchema,
  clientId: clientIdSchema,
  type: z.enum(integrationTypes),
  name: z.string(),
  status: z.enum(integrationStatuses),
  statusReason: z.string().nullable(),
  credential: credentialStateSchema,
  /** Which leads this integration takes (dispatch filters); null lets every qualified lead through. */
  filters: dispatchFilterSchema.nullable(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type IntegrationSummary = z.infer<typeof integrationSummarySchema>;

export const integrationDetailSchema = z.discriminatedUnion('type', [
  integrationSummarySchema.extend({ type: z.literal('activecampaign'), config: acConfigInputSchema }),
  integrationSummarySchema.extend({ type: z.literal('webhook'), config: webhookConfigViewSchema }),
  // Lazy: the HubSpot contract imports from this file too, and either may load first.
  integrationSummarySchema.extend({ type: z.literal('hubspot'), config: z.lazy(() => hubspotConfigInputSchema) }),
  integrationSummarySchema.extend({ type: z.literal('pipedrive'), config: z.lazy(() => pipedriveConfigInputSchema) }),
]);
export type IntegrationDetail = z.infer<typeof integrationDetailSchema>;

export const scoreRangeViewSchema = z.object({
  name: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  defaultTag: z.string(),
});

// ---------------------------------------------------------------------------------------------
// ActiveCampaign lookups
// ---------------------------------------------------------------------------------------------

/**
 * Which AC account to ask: a pasted URL + key, or a saved integration (whose stored key is used
 * only with its own URL). A URL and key given with an integration id override the saved ones.
 */
export const acConnectionSchema = z.object({
  integrationId: integrationIdSchema.optional(),
  apiUrl: z.string().max(500).optional(),
  apiKey: z.string().max(500).optional(),
});
export type AcConnectionInput = z.input<typeof acConnectionSchema>;

export const acFieldTypesCreatable = ['text', 'textarea', 'date', 'datetime', 'hidden'] as const;

export const acFieldViewSchema = z.object({ id: z.string(), title: z.string(), type: z.string(), perstag: z.string() });

export const tagNameIssues = ['accents', 'special_characters', 'empty', 'too_long'] as const;

export const sampleLeadSchema = z.object({
  fullName: z.string().max(500).optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(50).nullable().optional(),
  company: z.string().max(500).nullable().optional(),
  cnpj: z.string().max(20).nullable().optional(),
  jobTitle: z.string().max(200).nullable().optional(),
  city: z.string().max(200).nullable().optional(),
  state: z.string().max(200).nullable().optional(),
  source: z.string().max(200).nullable().optional(),
  score: z.number().int().min(0).max(1000).nullable().optional(),
  scoreRange: z.string().max(40).nullable().optional(),
  utm: z.record(z.string(), z.string()).optional(),
  custom: z.record(z.string(), z.string()).optional(),
});

export const previewRequestSchema = z.object({
  method: z.string(),
  /** Decoded for reading (placeholders such as {contact.id} stay readable). */
  url: z.string(),
  label: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown().optional(),
  /** True when the answer was made up (writes are never sent; reads are when no key is available). */
  simulated: z.boolean(),
});

export const integrationsChannels = {
  'integrations:list': {
    input: z.object({ clientId: clientIdSchema }),
    output: z.array(integrationSummarySchema),
  },
  'integrations:get': {
    input: z.object({ id: integrationIdSchema }),
    output: integrationDetailSchema,
  },
  /** Creates (no id) or updates a draft; the key is required on create and when the URL changes. */
  'integrations:saveActiveCampaign': {
    input: z.object({
      id: integrationIdSchema.optional(),
      clientId: clientIdSchema,
      apiKey: z.string().max(500).optional(),
      config: acConfigInputSchema,
    }),
    output: integrationDetailSchema,
  },
  'integrations:activate': {
    input: z.object({ id: integrationIdSchema }),
    output: integrationDetailSchema,
  },
  'integrations:deactivate': {
    input: z.object({ id: integrationIdSchema }),
    output: integrationDetailSchema,
  },
  /** Soft delete: history stays readable; the API key leaves the vault. */
  'integrations:delete': {
    input: z.object({ id: integrationIdSchema }),
    output: z.object({ id: integrationIdSchema, deletedAt: z.number().int() }),
  },
  'integrations:setFilters': {
    input: z.object({ id: integrationIdSchema, filter: dispatchFilterSchema }),
    output: integrationDetailSchema,
  },
  /**
   * Sends a synthetic, clearly marked lead (an example.com address; in the CRM a test tag, property
   * or label) through the real dispatch path; follow it with `dispatch:get`. Works on drafts too, so
   * the wizard can test first. Its company (account, organization) is only found or created in the
   * CRM when `createCompany` asks for it.
   */
  'integrations:sendTestLead': {
    input: z.object({ id: integrationIdSchema, createCompany: z.boolean().default(false) }),
    output: z.object({ dispatchId: z.uuid(), leadId: z.string(), email: z.string() }),
  },
  /** The client's score ranges, for the score-tag map. */
  'integrations:scoreRanges': {
    input: z.object({ clientId: clientIdSchema }),
    output: z.object({ source: z.enum(['default', 'profile']), ranges: z.array(scoreRangeViewSchema) }),
  },
  'activecampaign:checkConnection': {
    input: acConnectionSchema,
    output: z.object({
      apiUrl: z.string(),
      user: z.object({ name: z.string(), email: z.string(), username: z.string() }),
    }),
  },
  'activecampaign:lists': {
    input: acConnectionSchema,
    output: z.array(z.object({ id: z.string(), name: z.string(), stringid: z.string() })),
  },
  'activecampaign:tags': {
    input: acConnectionSchema.extend({ search: z.string().max(AC_NAME_MAX).optional() }),
    output: z.array(z.object({ id: z.string(), name: z.string() })),
  },
  'activecampaign:fields': {
    input: acConnectionSchema,
    output: z.array(acFieldViewSchema),
  },
  /** Creates a contact custom field visible on all lists; an existing title answers that field. */
  'activecampaign:createField': {
    input: acConnectionSchema.extend({
      title: acTagNameSchema,
      type: z.enum(acFieldTypesCreatable).default('text'),
    }),
    output: z.object({ field: acFieldViewSchema, created: z.boolean() }),
  },
  /** Warnings for tag names with accents or special characters, and a one-click normalised form. */
  'activecampaign:checkTagNames': {
    input: z.object({ names: z.array(z.string().max(1000)).max(100) }),
    output: z.array(z.object({ name: z.string(), normalized: z.string(), issues: z.array(z.enum(tagNameIssues)) })),
  },
  'activecampaign:splitName': {
    input: z.object({ fullName: z.string().max(500) }),
    output: z.object({ firstName: z.string(), lastName: z.string() }),
  },
  /** The exact calls a sample lead would produce; reads go to AC when a key is available, writes never. */
  'activecampaign:preview': {
    input: z.object({
      integrationId: integrationIdSchema.optional(),
      /** Whose profile scores the sample (a saved integration's client otherwise); the recommended one without. */
      clientId: clientIdSchema.optional(),
      config: acConfigInputSchema.optional(),
      apiKey: z.string().max(500).optional(),
      lead: sampleLeadSchema.optional(),
    }),
    output: z.object({
      live: z.boolean(),
      lead: sampleLeadSchema.required(),
      requests: z.array(previewRequestSchema),
      notes: z.array(z.string()),
      error: z.string().nullable(),
    }),
  },
} as const;

export const integrationsEvents = {
  'integrations:changed': z.object({
    reason: z.enum(['created', 'updated', 'activated', 'deactivated', 'deleted']),
    integrationId: integrationIdSchema,
    clientId: clientIdSchema,
  }),
} as const;
