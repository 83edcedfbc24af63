import { z } from 'zod';
import { clientIdSchema } from './clients';
import {
  integrationDetailOf,
  integrationNameSchema,
  leadFieldSourceSchema,
  scoreRangeNameSchema,
} from './integration-common';
import { oauthFlowIdSchema, oauthStartOutputSchema } from './oauth';
import { oauthCrmConnectionSchema, oauthCrmPreviewChannel, oauthCrmSaveChannel, remoteNameSchema } from './oauth-crm';
import { credentialIdSchema } from './vault';

/**
 * The Pipedrive integration: connect (OAuth in the system browser, or a personal API token), map
 * the lead to a person (and optionally an organization), pick the lead label of each score range,
 * save, preview.
 */

export const PIPEDRIVE_DEFAULT_API_URL = 'https://api.pipedrive.com';
export const pipedriveAuthKinds = ['oauth', 'token'] as const;
export type PipedriveAuthKind = (typeof pipedriveAuthKinds)[number];

/** Custom field keys are 40-character hashes; built-in ones are plain words ("email"). */
export const pipedriveFieldKeySchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, { error: 'invalid_field' });
export const pipedriveFieldRefSchema = z.object({
  key: pipedriveFieldKeySchema,
  name: z.string().min(1).max(255),
  /** Pipedrive's `field_type` ("varchar", "double"…): numbers go out as numbers. */
  type: z.string().max(40).default('varchar'),
});
export type PipedriveFieldRef = z.infer<typeof pipedriveFieldRefSchema>;

export const pipedriveFieldMappingSchema = z.object({
  source: leadFieldSourceSchema,
  field: pipedriveFieldRefSchema,
});

/** Lead labels are UUIDs (docs/crm/pipedrive.md §6); the name is what is looked up when the id is gone. */
export const pipedriveLabelRefSchema = z.object({ id: z.uuid(), name: z.string().min(1).max(100) });
export type PipedriveLabelRef = z.infer<typeof pipedriveLabelRefSchema>;

export const pipedriveMappingSchema = z.object({
  phone: z.boolean().default(true),
  /** Find the lead's company as an organization by name (or create it) and link person and lead to it. */
  organization: z.boolean().default(true),
  /** Score, score range, CNPJ, UTM and custom lead values → person custom fields, by key. */
  fields: z.array(pipedriveFieldMappingSchema).max(100).default([]),
});

export const pipedriveLabelsSchema = z.object({
  enabled: z.boolean().default(true),
  /** Range name → lead label; a range without an entry gets no label. */
  byRange: z.record(scoreRangeNameSchema, pipedriveLabelRefSchema).default(() => ({})),
});

export const pipedriveConfigInputSchema = z.object({
  name: integrationNameSchema.default('Pipedrive'),
  /** The company's own address (https://acme.pipedrive.com) once known; api.pipedrive.com before. */
  apiUrl: z.string().max(500).default(PIPEDRIVE_DEFAULT_API_URL),
  auth: z.enum(pipedriveAuthKinds),
  /** Filled in by the app from `users/me`: the daily budget is per company, and the wizard shows it. */
  companyId: z
    .string()
    .regex(/^\d{1,20}$/)
    .nullable()
    .default(null),
  companyDomain: z.string().max(200).nullable().default(null),
  /** Person (found by e-mail or created), then a lead linked to it. */
  action: z.literal('person_lead').default('person_lead'),
  mapping: pipedriveMappingSchema.prefault({}),
  labels: pipedriveLabelsSchema.prefault({}),
});
export type PipedriveConfigInput = z.input<typeof pipedriveConfigInputSchema>;
export type PipedriveConfigView = z.output<typeof pipedriveConfigInputSchema>;
export const pipedriveDetailSchema = integrationDetailOf('pipedrive', pipedriveConfigInputSchema);

/**
 * Which Pipedrive account a lookup talks to: a connection made in the browser (`connectionId`), a
 * typed personal API token, or a saved integration (whose credential goes only to its own API URL).
 */
export const pipedriveConnectionSchema = oauthCrmConnectionSchema;
export type PipedriveConnectionInput = z.input<typeof pipedriveConnectionSchema>;

export const pipedriveFieldViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  /** Fields the account added (a 40-character key); built-in ones are listed as such. */
  custom: z.boolean(),
});
export type PipedriveFieldView = z.infer<typeof pipedriveFieldViewSchema>;

export const pipedriveLabelColors = ['green', 'blue', 'red', 'yellow', 'purple', 'gray'] as const;
export const pipedriveLabelViewSchema = z.object({ id: z.string(), name: z.string(), color: z.string() });
export type PipedriveLabelView = z.infer<typeof pipedriveLabelViewSchema>;

const connectionOutputSchema = z.object({
  auth: z.enum(pipedriveAuthKinds),
  /** Where requests go from now on: the company's own domain when Pipedrive named it. */
  apiUrl: z.string(),
  companyId: z.string(),
  companyName: z.string().nullable(),
  companyDomain: z.string().nullable(),
  user: z.string().nullable(),
});

export const pipedriveChannels = {
  /** Starts a browser sign-in: a one-shot loopback listener and the URL of Pipedrive's consent page. */
  'pipedrive:startOAuth': {
    input: z.object({ clientId: clientIdSchema, apiUrl: z.string().max(500).optional() }),
    output: oauthStartOutputSchema,
  },
  /** Waits for the browser to come back, exchanges the code, reads `users/me` and stores the tokens. */
  'pipedrive:completeOAuth': {
    input: z.object({ flowId: oauthFlowIdSchema }),
    output: connectionOutputSchema.omit({ auth: true }).extend({
      connectionId: credentialIdSchema,
      scopes: z.array(z.string()),
    }),
  },
  'pipedrive:checkConnection': {
    input: pipedriveConnectionSchema,
    output: connectionOutputSchema,
  },
  'pipedrive:personFields': {
    input: pipedriveConnectionSchema,
    output: z.array(pipedriveFieldViewSchema),
  },
  'pipedrive:leadLabels': {
    input: pipedriveConnectionSchema,
    output: z.array(pipedriveLabelViewSchema),
  },
  /** Creates a lead label; one with the same name (any case) is answered as is. */
  'pipedrive:createLabel': {
    input: pipedriveConnectionSchema.extend({
      name: remoteNameSchema,
      color: z.enum(pipedriveLabelColors).default('green'),
    }),
    output: z.object({ label: pipedriveLabelViewSchema, created: z.boolean() }),
  },
  /** Creates (no id) or updates; a new integration is a draft until it is activated. */
  'pipedrive:save': oauthCrmSaveChannel(pipedriveConfigInputSchema, pipedriveDetailSchema),
  /** The exact calls a sample lead would produce; reads go to Pipedrive when connected, writes never. */
  'pipedrive:preview': oauthCrmPreviewChannel(pipedriveConfigInputSchema),
} as const;
