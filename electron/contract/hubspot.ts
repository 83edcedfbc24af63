import { z } from 'zod';
import { clientIdSchema } from './clients';
import { integrationDetailOf, integrationNameSchema, leadFieldSourceSchema } from './integration-common';
import { oauthFlowIdSchema, oauthStartOutputSchema } from './oauth';
import { oauthCrmConnectionSchema, oauthCrmPreviewChannel, oauthCrmSaveChannel, remoteNameSchema } from './oauth-crm';
import { credentialIdSchema } from './vault';

/**
 * The HubSpot integration: connect (OAuth in the system browser, or a private app's access
 * token), pick contact properties, save, preview.
 */

export const HUBSPOT_DEFAULT_API_URL = 'https://api.hubapi.com';
export const hubspotAuthKinds = ['oauth', 'token'] as const;
export type HubspotAuthKind = (typeof hubspotAuthKinds)[number];

/** HubSpot's internal property names: lower-case letters, digits and underscores. */
export const hubspotPropertyNameSchema = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, { error: 'invalid_property' });
export const hubspotPropertyRefSchema = z.object({
  name: hubspotPropertyNameSchema,
  label: z.string().min(1).max(255),
});
export type HubspotPropertyRef = z.infer<typeof hubspotPropertyRefSchema>;

export const hubspotPropertyMappingSchema = z.object({
  source: leadFieldSourceSchema,
  property: hubspotPropertyRefSchema,
});

export const hubspotMappingSchema = z.object({
  /** Full name → First name / Last name (the same split as ActiveCampaign). */
  fullName: z.boolean().default(true),
  phone: z.boolean().default(true),
  /** The lead's company → the contact's "Company name" property. */
  company: z.boolean().default(true),
  /** Also find the company record by name (or create it) and associate the contact with it. */
  associateCompany: z.boolean().default(false),
  /** Score, score range, CNPJ and any other lead value → contact properties. */
  properties: z.array(hubspotPropertyMappingSchema).max(100).default([]),
});

export const hubspotConfigInputSchema = z.object({
  name: integrationNameSchema.default('HubSpot'),
  /** api.hubapi.com, or api-eu1.hubapi.com for portals hosted in the EU. */
  apiUrl: z.string().max(500).default(HUBSPOT_DEFAULT_API_URL),
  auth: z.enum(hubspotAuthKinds),
  /** Filled in by the app from HubSpot's answer: limits are per portal, and the wizard shows it. */
  portalId: z
    .string()
    .regex(/^\d{1,20}$/)
    .nullable()
    .default(null),
  /** The only action: a batch upsert keyed on the e-mail. */
  action: z.literal('contact_upsert').default('contact_upsert'),
  mapping: hubspotMappingSchema.prefault({}),
});
export type HubspotConfigInput = z.input<typeof hubspotConfigInputSchema>;
export type HubspotConfigView = z.output<typeof hubspotConfigInputSchema>;
export const hubspotDetailSchema = integrationDetailOf('hubspot', hubspotConfigInputSchema);

/**
 * Which HubSpot account a lookup talks to: a connection made in the browser (`connectionId`), a
 * typed private app token, or a saved integration (whose credential goes only to its own API URL).
 */
export const hubspotConnectionSchema = oauthCrmConnectionSchema;
export type HubspotConnectionInput = z.input<typeof hubspotConnectionSchema>;

export const hubspotPropertyTypesCreatable = ['string', 'number'] as const;

export const hubspotPropertyViewSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  fieldType: z.string(),
  groupName: z.string(),
  /** HubSpot computes these (e.g. "Create date"): they cannot receive a value. */
  readOnly: z.boolean(),
});
export type HubspotPropertyView = z.infer<typeof hubspotPropertyViewSchema>;

export const hubspotChannels = {
  /** Starts a browser sign-in: a one-shot loopback listener and the URL of HubSpot's consent page. */
  'hubspot:startOAuth': {
    input: z.object({ clientId: clientIdSchema }),
    output: oauthStartOutputSchema,
  },
  /** Waits for the browser to come back (minutes at most), exchanges the code and stores the tokens. */
  'hubspot:completeOAuth': {
    input: z.object({ flowId: oauthFlowIdSchema }),
    output: z.object({
      connectionId: credentialIdSchema,
      portalId: z.string().nullable(),
      hubDomain: z.string().nullable(),
      user: z.string().nullable(),
      scopes: z.array(z.string()),
    }),
  },
  'hubspot:checkConnection': {
    input: hubspotConnectionSchema,
    output: z.object({
      auth: z.enum(hubspotAuthKinds),
      /** The API address as it is used (spaces and a trailing slash gone), for the wizard's field. */
      apiUrl: z.string(),
      portalId: z.string(),
      uiDomain: z.string().nullable(),
      timeZone: z.string().nullable(),
    }),
  },
  'hubspot:properties': {
    input: hubspotConnectionSchema,
    output: z.array(hubspotPropertyViewSchema),
  },
  /** Creates a contact property in the "Contact information" group; an existing one is answered as is. */
  'hubspot:createProperty': {
    input: hubspotConnectionSchema.extend({
      label: remoteNameSchema,
      type: z.enum(hubspotPropertyTypesCreatable).default('string'),
    }),
    output: z.object({ property: hubspotPropertyViewSchema, created: z.boolean() }),
  },
  /** Creates (no id) or updates; a new integration is a draft until it is activated. */
  'hubspot:save': oauthCrmSaveChannel(hubspotConfigInputSchema, hubspotDetailSchema),
  /** The exact calls a sample lead would produce; reads go to HubSpot when connected, writes never. */
  'hubspot:preview': oauthCrmPreviewChannel(hubspotConfigInputSchema),
} as const;
