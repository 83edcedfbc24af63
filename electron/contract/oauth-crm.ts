import { z } from 'zod';
import { clientIdSchema } from './clients';
import { integrationDetailSchema, previewRequestSchema, sampleLeadSchema } from './integrations';
import { credentialIdSchema } from './vault';

/**
 * What the HubSpot and Pipedrive contracts share: both connect with OAuth or a typed token, save
 * and preview the same way. The integrations contract imports their config schemas for its detail
 * union, so everything taken from it here is wrapped in `z.lazy`.
 */

/**
 * Which account a lookup talks to: a connection made in the browser (`connectionId`), a typed
 * token, or a saved integration (whose credential goes only to its own API URL).
 */
export const oauthCrmConnectionSchema = z.object({
  integrationId: z.uuid().optional(),
  apiUrl: z.string().max(500).optional(),
  connectionId: credentialIdSchema.optional(),
  token: z.string().max(500).optional(),
});

/** A name typed for a record the app creates remotely (a property, a label): one line, NFC, trimmed. */
export const remoteNameSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, { error: 'empty' }).max(100, { error: 'too_long' }));

/** `<type>:save`: creates (no id) or updates; a new integration is a draft until it is activated. */
export function oauthCrmSaveChannel<C extends z.ZodType>(config: C) {
  return {
    input: z.object({
      id: z.uuid().optional(),
      clientId: clientIdSchema,
      token: z.string().max(500).optional(),
      connectionId: credentialIdSchema.optional(),
      config,
    }),
    output: z.lazy(() => integrationDetailSchema),
  };
}

/** `<type>:preview`: the exact calls a sample lead would produce; reads are real when connected. */
export function oauthCrmPreviewChannel<C extends z.ZodType>(config: C) {
  return {
    input: z.object({
      integrationId: z.uuid().optional(),
      /** Whose profile scores the sample (a saved integration's client otherwise); the recommended one without. */
      clientId: clientIdSchema.optional(),
      config: config.optional(),
      token: z.string().max(500).optional(),
      connectionId: credentialIdSchema.optional(),
      lead: z.lazy(() => sampleLeadSchema).optional(),
    }),
    output: z.object({
      live: z.boolean(),
      lead: z.lazy(() => sampleLeadSchema.required()),
      requests: z.array(z.lazy(() => previewRequestSchema)),
      notes: z.array(z.string()),
      error: z.string().nullable(),
    }),
  };
}
