import { z } from 'zod';
import { clientIdSchema } from './clients';
import { previewRequestSchema, sampleLeadSchema } from './integration-common';
import { credentialIdSchema } from './vault';

/**
 * What the HubSpot and Pipedrive contracts share: both connect with OAuth or a typed token, save
 * and preview the same way.
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
export function oauthCrmSaveChannel<C extends z.ZodType, D extends z.ZodType>(config: C, detail: D) {
  return {
    input: z.object({
      id: z.uuid().optional(),
      clientId: clientIdSchema,
      token: z.string().max(500).optional(),
      connectionId: credentialIdSchema.optional(),
      config,
    }),
    output: detail,
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
      lead: sampleLeadSchema.optional(),
    }),
    output: z.object({
      live: z.boolean(),
      lead: sampleLeadSchema.required(),
      requests: z.array(previewRequestSchema),
      notes: z.array(z.string()),
      error: z.string().nullable(),
    }),
  };
}
