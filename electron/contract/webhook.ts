import { z } from 'zod';
import { clientIdSchema } from './clients';
import {
  integrationDetailOf,
  integrationIdSchema,
  integrationNameSchema,
  sampleLeadSchema,
} from './integration-common';

/**
 * The outbound webhook integration: a signed JSON request (Standard Webhooks) to any URL. Header
 * values the user marks secret and the signing secret live in the vault; the signing secret is
 * the one secret the interface may show, on an explicit request, because the receiver needs it.
 */

export const webhookMethods = ['POST', 'PUT', 'PATCH'] as const;
export type WebhookMethod = (typeof webhookMethods)[number];

export const WEBHOOK_TIMEOUT_DEFAULT_MS = 10_000;
export const WEBHOOK_TIMEOUT_MIN_MS = 1_000;
export const WEBHOOK_TIMEOUT_MAX_MS = 60_000;
export const WEBHOOK_GRACE_DEFAULT_HOURS = 24;
export const WEBHOOK_GRACE_MAX_HOURS = 24 * 7;
export const WEBHOOK_HEADERS_MAX = 20;
export const WEBHOOK_HEADER_VALUE_MAX = 4096;
export const WEBHOOK_TEMPLATE_MAX = 32 * 1024;

/** Header names the app sets itself; a user header may never replace them. */
export const reservedWebhookHeaders = [
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'content-type',
  'content-length',
  'host',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  // Marks a test lead's request (docs/webhook-signing.md §1).
  'x-zbl-test',
] as const;

/** RFC 9110 token characters. */
export const HEADER_NAME_PATTERN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
/** Visible ASCII, spaces and tabs: no line breaks (header injection) and nothing fetch would refuse. */
export const HEADER_VALUE_PATTERN = /^[\t\x20-\x7e]*$/;

/**
 * A header as the wizard edits it. A secret header's value is sent only when typed: left out on
 * an update, the stored value is kept.
 */
export const webhookHeaderInputSchema = z.object({
  name: z.string().max(200),
  value: z.string().max(WEBHOOK_HEADER_VALUE_MAX).optional(),
  secret: z.boolean().default(false),
});
export type WebhookHeaderInput = z.input<typeof webhookHeaderInputSchema>;

/** What the wizard edits; the core validates the URL, headers and template and reports field issues. */
export const webhookConfigInputSchema = z.object({
  name: integrationNameSchema.default('Webhook'),
  url: z.string().max(2000),
  method: z.enum(webhookMethods).default('POST'),
  timeoutMs: z
    .number()
    .int()
    .min(WEBHOOK_TIMEOUT_MIN_MS)
    .max(WEBHOOK_TIMEOUT_MAX_MS)
    .default(WEBHOOK_TIMEOUT_DEFAULT_MS),
  headers: z.array(webhookHeaderInputSchema).max(WEBHOOK_HEADERS_MAX).default([]),
  /** JSON text; string leaves may hold `{{lead.email}}`-style placeholders. Empty: the default body. */
  bodyTemplate: z.string().max(WEBHOOK_TEMPLATE_MAX).default(''),
  /** How long the previous signing secret keeps signing after a rotation. */
  rotationGraceHours: z.number().int().min(0).max(WEBHOOK_GRACE_MAX_HOURS).default(WEBHOOK_GRACE_DEFAULT_HOURS),
});
export type WebhookConfigInput = z.input<typeof webhookConfigInputSchema>;

export const webhookHeaderViewSchema = z.object({
  name: z.string(),
  secret: z.boolean(),
  /** Plain headers only; a secret header shows its masked hint instead. */
  value: z.string().nullable(),
  hint: z.string().nullable(),
});

export const webhookSigningViewSchema = z.object({
  set: z.boolean(),
  hint: z.string().nullable(),
  rotatedAt: z.number().int().nullable(),
  /** While set and in the future, requests carry a second signature made with the previous secret. */
  previousExpiresAt: z.number().int().nullable(),
});

/** The integration's settings as the renderer sees them: never a secret header's value. */
export const webhookConfigViewSchema = z.object({
  name: z.string(),
  url: z.string(),
  method: z.enum(webhookMethods),
  timeoutMs: z.number().int(),
  headers: z.array(webhookHeaderViewSchema),
  bodyTemplate: z.string(),
  rotationGraceHours: z.number().int(),
  signing: webhookSigningViewSchema,
});
export type WebhookConfigView = z.infer<typeof webhookConfigViewSchema>;
export const webhookDetailSchema = integrationDetailOf('webhook', webhookConfigViewSchema);

export const webhookPlaceholderSchema = z.object({
  /** e.g. `lead.email`; `lead.utm.<key>` and `lead.custom.<key>` accept any key. */
  path: z.string(),
  type: z.enum(['string', 'number', 'boolean', 'object', 'string_or_null', 'number_or_null']),
});

export const webhookChannels = {
  /**
   * Creates (no id) or updates a webhook integration; a new one is a draft with a fresh signing
   * secret, answered once here in `signingSecret` so the wizard can show it for copying.
   */
  'webhook:save': {
    input: z.object({
      id: integrationIdSchema.optional(),
      clientId: clientIdSchema,
      config: webhookConfigInputSchema,
    }),
    output: z.object({
      id: integrationIdSchema,
      config: webhookConfigViewSchema,
      /** Only when the integration was just created. */
      signingSecret: z.string().nullable(),
    }),
  },
  /** The exact request a sample lead would produce (signed with a placeholder-free real signature). */
  'webhook:preview': {
    input: z.object({
      integrationId: integrationIdSchema.optional(),
      clientId: clientIdSchema.optional(),
      config: webhookConfigInputSchema.optional(),
      lead: sampleLeadSchema.optional(),
    }),
    output: z.object({
      method: z.enum(webhookMethods),
      url: z.string(),
      /** Secret header values masked; the signature is a real one when a secret is stored. */
      headers: z.record(z.string(), z.string()),
      body: z.string(),
      /** Template problems, each with where it is; the body is empty when there are any. */
      errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
    }),
  },
  /** The placeholders a template may use, for the wizard's helper list. */
  'webhook:placeholders': {
    input: z.object({}),
    output: z.object({ placeholders: z.array(webhookPlaceholderSchema), defaultTemplate: z.string() }),
  },
  /** A new signing secret; the previous one keeps signing for the configured grace period. */
  'webhook:rotateSecret': {
    input: z.object({ id: integrationIdSchema }),
    output: z.object({ signingSecret: z.string(), signing: webhookSigningViewSchema }),
  },
  /** Shows the signing secret on an explicit request, so it can be copied into the receiver. */
  'webhook:revealSecret': {
    input: z.object({ id: integrationIdSchema }),
    output: z.object({ signingSecret: z.string(), signing: webhookSigningViewSchema }),
  },
  /** Stops signing with the previous secret now (the receiver has switched). */
  'webhook:endRotation': {
    input: z.object({ id: integrationIdSchema }),
    output: z.object({ signing: webhookSigningViewSchema }),
  },
} as const;
