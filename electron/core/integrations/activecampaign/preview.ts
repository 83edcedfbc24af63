import type { HttpClient } from '../connector';
import { runPreview, type PreviewResult } from '../shared/preview-run';
import type { SampleLead } from '../shared/sample-lead';
import type { AcConfig } from './config';
import { AC_SECRET, createActivecampaignConnector } from './connector';
import { DryRunHttp } from './dry-run-http';
import type { AcIdCache } from './id-cache';

export type { PreviewResult } from '../shared/preview-run';

/**
 * Runs the real connector over a dry-run client, so the preview is, call for call, what sending
 * this lead would do now. The id cache is a copy: placeholder ids never reach the shared one.
 */
export async function previewRequests(input: {
  config: AcConfig;
  lead: SampleLead;
  clientId: string;
  apiKey: string | null;
  keyHint: string;
  live: HttpClient | null;
  cache: AcIdCache;
}): Promise<PreviewResult> {
  const live = input.apiKey !== null ? input.live : null;
  const http = new DryRunHttp(input.config.apiUrl, live, input.keyHint);
  const copy = input.cache.clone();
  const connector = createActivecampaignConnector({ cacheFor: () => copy });
  return runPreview({
    connector,
    config: input.config,
    lead: input.lead,
    clientId: input.clientId,
    secretName: AC_SECRET,
    secret: input.apiKey ?? 'preview',
    http,
    live: live !== null,
    note:
      (live
        ? 'Nothing is written to ActiveCampaign: lookups were real, and the writes below are what sending would do.'
        : 'Nothing was sent to ActiveCampaign: without an API key, every tag and account is shown as if it had to be created.') +
      ' The contact is shown as new; an e-mail already in ActiveCampaign is updated with contact/sync instead, after one read of its lists.',
  });
}
