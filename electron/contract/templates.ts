import { z } from 'zod';
import { acScoreTagsSchema, acTagNameSchema, AC_NAME_MAX } from './activecampaign';
import { clientIdSchema } from './clients';
import { dispatchFilterSchema } from './dispatch';
import {
  integrationIdSchema,
  integrationNameSchema,
  integrationTypes,
  leadFieldSourceSchema,
} from './integration-common';
import { allowlistDomainSchema } from './leads';
import { scoringProfileSchema } from './scoring-profile';
import {
  HEADER_NAME_PATTERN,
  HEADER_VALUE_PATTERN,
  WEBHOOK_GRACE_MAX_HOURS,
  WEBHOOK_HEADER_VALUE_MAX,
  WEBHOOK_HEADERS_MAX,
  WEBHOOK_TEMPLATE_MAX,
  WEBHOOK_TIMEOUT_MAX_MS,
  WEBHOOK_TIMEOUT_MIN_MS,
  webhookMethods,
} from './webhook';

/**
 * Client templates: a client's configuration (scoring profiles, lead settings, integrations with
 * their mappings) as a versioned JSON file, and "copy to other clients", which is the same export
 * of one piece imported into several clients. A template never holds a secret: CRM objects are
 * named (lists, tags, custom fields) and resolved again in the target account on import.
 * The format is documented in docs/template-format.md.
 */

export const TEMPLATE_FORMAT = 'zero-bad-leads/client-template';
export const TEMPLATE_VERSION = 1;
/** A template is a few kilobytes; anything this large is not one. */
export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;
export const TEMPLATE_EXTENSION = 'json';

/** The integration types a template carries; OAuth CRMs sign in per account and are left out. */
export const templateIntegrationTypes = ['activecampaign', 'webhook'] as const;
export type TemplateIntegrationType = (typeof templateIntegrationTypes)[number];

const refSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'invalid_ref' });
const remoteName = z.string().trim().min(1, { error: 'empty' }).max(AC_NAME_MAX, { error: 'too_long' });

export const templateProfileSchema = z.strictObject({
  /** The profile that was active in the source client. */
  active: z.boolean().default(false),
  profile: scoringProfileSchema,
});

export const templateLeadSettingsSchema = z.strictObject({
  emailAllowlist: z.array(allowlistDomainSchema).max(500, { error: 'too_many' }),
  mxCheck: z.boolean(),
});

/** An ActiveCampaign integration by names only: no URL, no key, no ids of the source account. */
export const templateAcSchema = z.strictObject({
  type: z.literal('activecampaign'),
  /** Names this integration inside the file, so an import can say which account each one uses. */
  ref: refSchema,
  name: integrationNameSchema,
  filters: dispatchFilterSchema.nullable().default(null),
  fixedTags: z.array(acTagNameSchema).max(50).default([]),
  scoreTags: acScoreTagsSchema.prefault({}),
  lists: z
    .array(z.strictObject({ name: remoteName }))
    .max(100)
    .default([]),
  resubscribeUnsubscribed: z.boolean().default(false),
  mapping: z
    .strictObject({
      fullName: z.boolean().default(true),
      phone: z.boolean().default(true),
      companyToAccount: z.boolean().default(true),
      fields: z
        .array(z.strictObject({ source: leadFieldSourceSchema, field: z.strictObject({ title: remoteName }) }))
        .max(100)
        .default([]),
    })
    .prefault({}),
});
export type TemplateAc = z.output<typeof templateAcSchema>;

/** A webhook header; a secret one travels by name only and its value is typed again on import. */
export const templateHeaderSchema = z
  .strictObject({
    name: z.string().regex(HEADER_NAME_PATTERN, { error: 'invalid_header_name' }),
    secret: z.boolean().default(false),
    value: z
      .string()
      .max(WEBHOOK_HEADER_VALUE_MAX, { error: 'too_long' })
      .regex(HEADER_VALUE_PATTERN, { error: 'invalid_header_value' })
      .optional(),
  })
  .superRefine((h, ctx) => {
    if (h.secret && h.value !== undefined) ctx.addIssue({ code: 'custom', message: 'secret_value', path: ['value'] });
    if (!h.secret && h.value === undefined)
      ctx.addIssue({ code: 'custom', message: 'value_required', path: ['value'] });
  });

/** A webhook integration: the signing secret is never in the file (a new one is made on import). */
export const templateWebhookSchema = z.strictObject({
  type: z.literal('webhook'),
  ref: refSchema,
  name: integrationNameSchema,
  filters: dispatchFilterSchema.nullable().default(null),
  url: z.string().max(2000),
  method: z.enum(webhookMethods).default('POST'),
  timeoutMs: z.number().int().min(WEBHOOK_TIMEOUT_MIN_MS).max(WEBHOOK_TIMEOUT_MAX_MS),
  headers: z.array(templateHeaderSchema).max(WEBHOOK_HEADERS_MAX).default([]),
  bodyTemplate: z.string().max(WEBHOOK_TEMPLATE_MAX).default(''),
  rotationGraceHours: z.number().int().min(0).max(WEBHOOK_GRACE_MAX_HOURS),
});
export type TemplateWebhook = z.output<typeof templateWebhookSchema>;

export const templateIntegrationSchema = z.discriminatedUnion('type', [templateAcSchema, templateWebhookSchema]);
export type TemplateIntegration = z.output<typeof templateIntegrationSchema>;

export const clientTemplateSchema = z
  .strictObject({
    format: z.literal(TEMPLATE_FORMAT),
    version: z.literal(TEMPLATE_VERSION),
    exportedAt: z.iso.datetime(),
    appVersion: z.string().max(50),
    /** Where it came from, shown on import; nothing else of the source client is in the file. */
    source: z.strictObject({ clientName: z.string().max(200) }),
    scoringProfiles: z.array(templateProfileSchema).max(50, { error: 'too_many' }).default([]),
    leadSettings: templateLeadSettingsSchema.nullable().default(null),
    integrations: z.array(templateIntegrationSchema).max(50, { error: 'too_many' }).default([]),
  })
  .superRefine((t, ctx) => {
    const refs = new Set<string>();
    t.integrations.forEach((i, index) => {
      if (refs.has(i.ref))
        ctx.addIssue({ code: 'custom', message: 'duplicate_ref', path: ['integrations', index, 'ref'] });
      refs.add(i.ref);
    });
    if (t.scoringProfiles.filter((p) => p.active).length > 1) {
      ctx.addIssue({ code: 'custom', message: 'several_active', path: ['scoringProfiles'] });
    }
  });
export type ClientTemplate = z.output<typeof clientTemplateSchema>;
export type ClientTemplateInput = z.input<typeof clientTemplateSchema>;

/** Why a file was refused; the renderer words each one. */
export const templateRefusals = ['not_json', 'not_a_template', 'newer_version', 'invalid', 'too_big'] as const;
export type TemplateRefusal = (typeof templateRefusals)[number];

/** What to put in a template: everything of the client unless narrowed. */
export const templateSelectionSchema = z.object({
  clientId: clientIdSchema,
  /** Only these integrations (none when an empty list); all of the template types when left out. */
  integrationIds: z.array(integrationIdSchema).max(50).optional(),
  /** Only these profiles (none when an empty list); all when left out. */
  profileIds: z.array(z.uuid()).max(50).optional(),
  leadSettings: z.boolean().default(true),
});

/** Which CRM account an imported integration uses: a saved integration's, or a URL and key typed now. */
export const templateAccountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('integration'), integrationId: integrationIdSchema }),
  z.object({ kind: z.literal('key'), apiUrl: z.string().max(500), apiKey: z.string().max(500) }),
]);
export type TemplateAccount = z.infer<typeof templateAccountSchema>;

export const remoteKinds = ['list', 'tag', 'field'] as const;
export type RemoteKind = (typeof remoteKinds)[number];

const remoteRefSchema = z.object({ id: z.string(), name: z.string() });

export const resolutionItemSchema = z.object({
  kind: z.enum(remoteKinds),
  /** As the template names it. */
  name: z.string(),
  /** The object of that name in the target account; null when it is not there. */
  match: remoteRefSchema.nullable(),
});
export type ResolutionItem = z.infer<typeof resolutionItemSchema>;

export const integrationResolutionSchema = z.object({
  ref: z.string(),
  type: z.enum(templateIntegrationTypes),
  name: z.string(),
  /** The ActiveCampaign account asked (null for a webhook). */
  account: z.object({ apiUrl: z.string(), user: z.string() }).nullable(),
  items: z.array(resolutionItemSchema),
  /** What the account has, for "pick another". */
  available: z.object({
    lists: z.array(remoteRefSchema),
    tags: z.array(remoteRefSchema),
    fields: z.array(remoteRefSchema),
  }),
  /** A webhook's secret headers, whose values must be typed again. */
  secretHeaders: z.array(z.string()),
});
export type IntegrationResolution = z.infer<typeof integrationResolutionSchema>;

/** What to do with a name the target account does not have. */
export const resolutionChoiceSchema = z.object({
  kind: z.enum(remoteKinds),
  name: z.string().max(1000),
  action: z.enum(['create', 'pick', 'drop']),
  /** With `pick`: the account's object to use instead. */
  pick: remoteRefSchema.optional(),
});
export type ResolutionChoice = z.infer<typeof resolutionChoiceSchema>;

export const integrationPlanSchema = z.object({
  ref: z.string().max(40),
  /** Required for an ActiveCampaign integration. */
  account: templateAccountSchema.optional(),
  choices: z.array(resolutionChoiceSchema).max(500).default([]),
  /** Secret header name → its value; a header left without one is not imported. */
  secretHeaders: z.record(z.string().max(100), z.string().max(WEBHOOK_HEADER_VALUE_MAX)).default({}),
});
export type IntegrationPlan = z.input<typeof integrationPlanSchema>;

export const templateImportResultSchema = z.object({
  clientId: clientIdSchema,
  integrations: z.array(
    z.object({ id: integrationIdSchema, ref: z.string(), name: z.string(), type: z.enum(integrationTypes) }),
  ),
  profiles: z.array(z.object({ id: z.uuid(), name: z.string(), active: z.boolean() })),
  leadSettings: z.boolean(),
  /** Objects made in the CRM account during the import. */
  created: z.array(z.object({ ref: z.string(), kind: z.enum(remoteKinds), name: z.string() })),
});
export type TemplateImportResult = z.infer<typeof templateImportResultSchema>;

const skippedSchema = z.array(z.object({ id: integrationIdSchema, name: z.string(), type: z.enum(integrationTypes) }));

export const templatesChannels = {
  /** The template of a client (or a part of it), as the file would hold it. */
  'templates:build': {
    input: templateSelectionSchema,
    output: z.object({ template: clientTemplateSchema, skipped: skippedSchema }),
  },
  /** Writes the template to the generated files; the page downloads it by id (`exports:*`). */
  'templates:export': {
    input: templateSelectionSchema,
    output: z.object({ id: z.string(), fileName: z.string(), total: z.number().int(), skipped: skippedSchema }),
  },
  /** Reads and checks an uploaded file; a refusal says why (`details.reason`, `details.issues`). */
  'templates:open': {
    input: z.object({ uploadId: z.string().regex(/^[a-f0-9]{32}$/, { error: 'invalid_upload' }) }),
    output: z.object({ template: clientTemplateSchema }),
  },
  /** Looks the template's names up in each target account, before anything is saved. */
  'templates:resolve': {
    input: z.object({
      template: clientTemplateSchema,
      /** The client it will go to; absent while that client is still to be created. */
      clientId: clientIdSchema.optional(),
      accounts: z
        .array(z.object({ ref: z.string().max(40), account: templateAccountSchema }))
        .max(50)
        .default([]),
    }),
    output: z.object({ integrations: z.array(integrationResolutionSchema) }),
  },
  /**
   * Imports the template into a client: every name is resolved again and every missing one must
   * have a choice, else nothing is saved. Integrations arrive as drafts (not sending) until a test
   * lead has gone through and they are activated.
   */
  'templates:apply': {
    input: z.object({
      template: clientTemplateSchema,
      clientId: clientIdSchema,
      plans: z.array(integrationPlanSchema).max(50).default([]),
      /** A file imported, or "Copy to other clients…" (the same path; the audit log tells them apart). */
      origin: z.enum(['template', 'copy']).default('template'),
      /** Make the profile that was active in the source the active one here. */
      activateProfile: z.boolean().default(false),
    }),
    output: templateImportResultSchema,
  },
} as const;
