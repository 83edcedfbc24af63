import type { HttpClient } from '../connector';
import { previewDispatchLead, runPreview, type PreviewResult } from '../shared/preview-run';
import type { SampleLead } from '../shared/sample-lead';
import type { AcConfig } from './config';
import { AC_SECRET, createActivecampaignConnector } from './connector';
import { DryRunHttp } from './dry-run-http';
import type { AcIdCache } from './id-cache';
import { AC_IMPORT_MAX, AC_IMPORT_MIN } from './bulk/sender';

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
  const result = await runPreview({
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
  return withBulkRequest(result, connector, input, http);
}

/**
 * What a backlog sends instead (docs/crm/activecampaign.md §14): the same lead as one entry of a
 * bulk import, shown after the per-contact calls, or why this integration never sends that way.
 */
function withBulkRequest(
  result: PreviewResult,
  connector: ReturnType<typeof createActivecampaignConnector>,
  input: { config: AcConfig; lead: SampleLead; clientId: string },
  http: DryRunHttp,
): PreviewResult {
  const bulk = connector.bulk;
  if (!bulk || result.error !== null) return result;
  const reason = bulk.unsupported(input.config);
  if (reason !== null)
    return { ...result, notes: [...result.notes, `Backlogs: ${reason} Leads always go one by one.`] };
  const lead = previewDispatchLead(input.lead, input.clientId);
  const notes = [
    ...result.notes,
    `When ${AC_IMPORT_MIN} or more leads wait for this integration, they go in bulk imports of up to ${AC_IMPORT_MAX} ` +
      'contacts instead of the calls above: the last request shows what such an import carries for this lead.',
  ];
  const followUp = bulk.followUp(input.config, lead);
  if (followUp !== null) notes.push(followUp);
  const request = {
    method: 'POST',
    url: `${input.config.apiUrl}/import/bulk_import`,
    label: 'bulk import',
    headers: { ...(http.requests[0]?.headers ?? {}) },
    body: { contacts: [bulk.entry(input.config, lead)] },
    simulated: true,
  };
  return { ...result, requests: [...result.requests, request], notes };
}
