import { z } from 'zod';
import { activecampaignDetailSchema } from './activecampaign';
import { clientIdSchema } from './clients';
import { dispatchFilterSchema } from './dispatch';
import { hubspotDetailSchema } from './hubspot';
import { integrationIdSchema, integrationSummarySchema, scoreRangeViewSchema } from './integration-common';
import { pipedriveDetailSchema } from './pipedrive';
import { webhookDetailSchema } from './webhook';

/**
 * Outbound integrations (Send Leads page): what every type shares, over each type's own contract
 * (activecampaign.ts, hubspot.ts, pipedrive.ts, webhook.ts). Secrets never travel back: an
 * integration only reports whether its credential is set, and a masked hint. Dispatch controls
 * (pause/resume delivery, retries) live in the dispatch contract.
 */

export const integrationDetailSchema = z.discriminatedUnion('type', [
  activecampaignDetailSchema,
  webhookDetailSchema,
  hubspotDetailSchema,
  pipedriveDetailSchema,
]);
export type IntegrationDetail = z.infer<typeof integrationDetailSchema>;

export const integrationsChannels = {
  'integrations:list': {
    input: z.object({ clientId: clientIdSchema }),
    output: z.array(integrationSummarySchema),
  },
  'integrations:get': {
    input: z.object({ id: integrationIdSchema }),
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
} as const;

export const integrationsEvents = {
  'integrations:changed': z.object({
    reason: z.enum(['created', 'updated', 'activated', 'deactivated', 'deleted']),
    integrationId: integrationIdSchema,
    clientId: clientIdSchema,
  }),
} as const;
