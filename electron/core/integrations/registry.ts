import { activecampaignConnector } from './activecampaign/connector';
import type { Connector } from './connector';
import { hubspotConnector } from './hubspot/connector';
import { pipedriveConnector } from './pipedrive/connector';
import { webhookConnector } from './webhook/connector';

/** The connectors the dispatch engine can run, by integration type (read by dispatch/registry.ts). */
export const connectors: { readonly [type: string]: Connector<unknown> | undefined } = {
  activecampaign: activecampaignConnector,
  hubspot: hubspotConnector,
  pipedrive: pipedriveConnector,
  webhook: webhookConnector,
};

export function connectorFor(type: string): Connector<unknown> | undefined {
  return connectors[type];
}
