import type { OAuthCrmPreviewInput } from '../oauth-connector/preview-credential';
import { runPreview, type PreviewResult } from '../shared/preview-run';
import type { HubspotConfig } from './config';
import { createHubspotConnector, HUBSPOT_SECRET } from './connector';
import { HubspotDryRunHttp } from './dry-run-http';
import { HubspotRateState } from './rate-state';

export type HubspotPreviewResult = PreviewResult;

/**
 * Runs the real connector over a dry-run client, so the preview is, call for call, what sending
 * this lead would do now. `secret` is the credential as the connector would read it from the
 * vault; without one, nothing is read from HubSpot either.
 */
export async function previewHubspot(input: OAuthCrmPreviewInput<HubspotConfig>): Promise<HubspotPreviewResult> {
  const live = input.secret !== null ? input.live : null;
  const http = new HubspotDryRunHttp(input.config.apiUrl, live, input.credentialHint);
  // Its own rate memory: made-up answers must not hold back real dispatches.
  const connector = createHubspotConnector({ tokens: input.tokens, rate: new HubspotRateState() });
  const config: HubspotConfig = input.secret === null ? { ...input.config, auth: 'token' } : input.config;
  return runPreview({
    connector,
    config,
    lead: input.lead,
    clientId: input.clientId,
    secretName: HUBSPOT_SECRET,
    secret: input.secret ?? 'preview-token',
    http,
    live: live !== null,
    note: live
      ? 'Nothing is written to HubSpot: lookups were real, and the writes below are what sending would do.'
      : 'Nothing was sent to HubSpot: without a connection, every company is shown as if it had to be created.',
  });
}
