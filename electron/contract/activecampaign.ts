import { z } from 'zod';
import { clientIdSchema } from './clients';
import {
  integrationDetailOf,
  integrationIdSchema,
  integrationNameSchema,
  leadFieldSourceSchema,
  previewRequestSchema,
  sampleLeadSchema,
  scoreRangeNameSchema,
} from './integration-common';

/** The ActiveCampaign integration: its configuration, save, the wizard's lookups and the preview. */

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

export const activecampaignDetailSchema = integrationDetailOf('activecampaign', acConfigInputSchema);

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

export const activecampaignChannels = {
  /** Creates (no id) or updates a draft; the key is required on create and when the URL changes. */
  'activecampaign:save': {
    input: z.object({
      id: integrationIdSchema.optional(),
      clientId: clientIdSchema,
      apiKey: z.string().max(500).optional(),
      config: acConfigInputSchema,
    }),
    output: activecampaignDetailSchema,
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
  /**
   * Creates a list (a template's list the account does not have); an existing name answers that
   * list. AC asks for a sender URL and reminder on every list (docs/crm/activecampaign.md §7).
   */
  'activecampaign:createList': {
    input: acConnectionSchema.extend({ name: acTagNameSchema }),
    output: z.object({ list: z.object({ id: z.string(), name: z.string() }), created: z.boolean() }),
  },
  /** Creates a contact tag; an existing name (accents and case aside) answers that tag. */
  'activecampaign:createTag': {
    input: acConnectionSchema.extend({ name: acTagNameSchema }),
    output: z.object({ tag: z.object({ id: z.string(), name: z.string() }), created: z.boolean() }),
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
