import type { SampleLead } from '../activecampaign/preview';
import { ConnectorError, type DispatchLead, type HttpClient } from '../connector';
import type { OAuthTokenSource } from '../oauth/tokens';
import type { PipedriveConfig } from './config';
import { createPipedriveConnector, PIPEDRIVE_SECRET } from './connector';
import { PipedriveDryRunHttp } from './dry-run-http';
import { LabelCache } from './label-cache';
import { PipedriveRateState } from './rate-state';

export interface PipedrivePreviewResult {
  live: boolean;
  requests: PipedriveDryRunHttp['requests'];
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
 * vault; without one, nothing is read from Pipedrive either.
 */
export async function previewPipedrive(input: {
  config: PipedriveConfig;
  lead: SampleLead;
  clientId: string;
  secret: string | null;
  credentialHint: string;
  tokens: OAuthTokenSource;
  live: HttpClient | null;
}): Promise<PipedrivePreviewResult> {
  const live = input.secret !== null ? input.live : null;
  const http = new PipedriveDryRunHttp(input.config.apiUrl, live, input.credentialHint);
  // Its own rate and label memory: made-up answers must not reach real dispatches.
  const labels = new LabelCache();
  const connector = createPipedriveConnector({
    tokens: input.tokens,
    rate: new PipedriveRateState(),
    labelsFor: () => labels,
  });
  const config: PipedriveConfig = input.secret === null ? { ...input.config, auth: 'token' } : input.config;
  const notes: string[] = [
    live
      ? 'Nothing is written to Pipedrive: lookups were real, and the writes below are what sending would do.'
      : 'Nothing was sent to Pipedrive: without a connection, every person, organization and label is shown as new.',
  ];
  const steps = new Map<string, unknown>();
  let error: string | null = null;
  try {
    await connector.send({
      dispatchId: 'preview',
      attempt: 1,
      lead: toDispatchLead(input.lead, input.clientId),
      config,
      secret: (name) => (name === PIPEDRIVE_SECRET ? (input.secret ?? 'preview-token') : ''),
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
