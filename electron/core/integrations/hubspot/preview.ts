import { ConnectorError, type DispatchLead, type HttpClient } from '../connector';
import type { SampleLead } from '../activecampaign/preview';
import type { OAuthTokenSource } from '../oauth/tokens';
import type { HubspotConfig } from './config';
import { createHubspotConnector, HUBSPOT_SECRET } from './connector';
import { HubspotDryRunHttp } from './dry-run-http';
import { HubspotRateState } from './rate-state';

export interface HubspotPreviewResult {
  live: boolean;
  requests: HubspotDryRunHttp['requests'];
  notes: string[];
  error: string | null;
}

function toDispatchLead(sample: SampleLead, clientId: string): DispatchLead {
  return {
    ...sample,
    id: 'preview',
    clientId,
    phoneE164: sample.phone !== null && /^\+\d{8,15}$/.test(sample.phone) ? sample.phone : null,
    qualified: true,
    receivedAt: 0,
    isTest: false,
  };
}

/**
 * Runs the real connector over a dry-run client, so the preview is, call for call, what sending
 * this lead would do now. `secret` is the credential as the connector would read it from the
 * vault; without one, nothing is read from HubSpot either.
 */
export async function previewHubspot(input: {
  config: HubspotConfig;
  lead: SampleLead;
  clientId: string;
  secret: string | null;
  credentialHint: string;
  tokens: OAuthTokenSource;
  live: HttpClient | null;
}): Promise<HubspotPreviewResult> {
  const live = input.secret !== null ? input.live : null;
  const http = new HubspotDryRunHttp(input.config.apiUrl, live, input.credentialHint);
  // Its own rate memory: made-up answers must not hold back real dispatches.
  const connector = createHubspotConnector({ tokens: input.tokens, rate: new HubspotRateState() });
  const config: HubspotConfig = input.secret === null ? { ...input.config, auth: 'token' } : input.config;
  const notes: string[] = [
    live
      ? 'Nothing is written to HubSpot: lookups were real, and the writes below are what sending would do.'
      : 'Nothing was sent to HubSpot: without a connection, every company is shown as if it had to be created.',
  ];
  const steps = new Map<string, unknown>();
  let error: string | null = null;
  try {
    await connector.send({
      dispatchId: 'preview',
      attempt: 1,
      lead: toDispatchLead(input.lead, input.clientId),
      config,
      secret: (name) => (name === HUBSPOT_SECRET ? (input.secret ?? 'preview-token') : ''),
      http,
      steps: { get: <T>(k: string) => steps.get(k) as T | undefined, set: (k, v) => void steps.set(k, v) },
      note: (text) => notes.push(text),
      signal: new AbortController().signal,
    });
  } catch (err) {
    if (!(err instanceof ConnectorError)) throw err;
    error = err.message;
  }
  return { live: live !== null, requests: http.requests, notes, error };
}
