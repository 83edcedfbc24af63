import type { OAuthCrmPreviewInput } from '../oauth-connector/preview-credential';
import { runPreview, type PreviewResult } from '../shared/preview-run';
import type { PipedriveConfig } from './config';
import { createPipedriveConnector, PIPEDRIVE_SECRET } from './connector';
import { PipedriveDryRunHttp } from './dry-run-http';
import { LabelCache } from './label-cache';
import { PipedriveRateState } from './rate-state';

export type PipedrivePreviewResult = PreviewResult;

/**
 * Runs the real connector over a dry-run client, so the preview is, call for call, what sending
 * this lead would do now. `secret` is the credential as the connector would read it from the
 * vault; without one, nothing is read from Pipedrive either.
 */
export async function previewPipedrive(input: OAuthCrmPreviewInput<PipedriveConfig>): Promise<PipedrivePreviewResult> {
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
  return runPreview({
    connector,
    config,
    lead: input.lead,
    clientId: input.clientId,
    secretName: PIPEDRIVE_SECRET,
    secret: input.secret ?? 'preview-token',
    http,
    live: live !== null,
    note: live
      ? 'Nothing is written to Pipedrive: lookups were real, and the writes below are what sending would do.'
      : 'Nothing was sent to Pipedrive: without a connection, every person, organization and label is shown as new.',
  });
}
