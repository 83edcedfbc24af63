import { z } from 'zod';
import { clientIdSchema } from './clients';
import { dispatchFilterSchema } from './dispatch';

/**
 * What every integration's contract shares: ids, types, statuses, the name, the credential state,
 * lead values a mapping can send, the summary every card shows, and the preview's sample lead and
 * calls. A leaf below the CRM contracts (activecampaign, hubspot, pipedrive, webhook), which import
 * it; integrations.ts assembles them into the detail union.
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
  /**
   * Stored, but sealed on another computer or by the other kind of host (desktop app, headless
   * host): it cannot be opened here and must be entered again. Its leads wait, held.
   */
  unreadable: z.boolean(),
});

/** Range names come from the client's scoring profile (today the defaults: high, medium, low). */
export const scoreRangeNameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { error: 'invalid_range' });

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

export const scoreRangeViewSchema = z.object({
  name: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  defaultTag: z.string(),
});

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

/** One integration type's detail: the summary with that type's configuration. */
export function integrationDetailOf<T extends IntegrationType, C extends z.ZodType>(type: T, config: C) {
  return integrationSummarySchema.extend({ type: z.literal(type), config });
}
