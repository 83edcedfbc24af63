import type { DispatchLead, HttpClient } from '../connector';
import { runPreview, type PreviewResult } from '../shared/preview-run';
import { DEFAULT_SCORING_PROFILE } from '../../scoring/defaults';
import { rangeFor } from '../../scoring/score';
import type { AcConfig } from './config';
import { AC_SECRET, createActivecampaignConnector } from './connector';
import { DryRunHttp } from './dry-run-http';
import type { AcIdCache } from './id-cache';

/** What the wizard may set on the preview's sample: the lead's own fields and its score. */
export type SampleLead = Omit<DispatchLead, 'id' | 'clientId' | 'phoneE164' | 'qualified' | 'receivedAt' | 'isTest'>;

export const DEFAULT_SAMPLE_LEAD: SampleLead = {
  fullName: 'Maria da Silva Santos',
  email: 'maria.santos@example.com',
  phone: '+5511987654321',
  company: 'Exemplo Comércio Ltda',
  cnpj: '11222333000181',
  jobTitle: 'Gerente de Marketing',
  city: 'São Paulo',
  state: 'SP',
  source: 'Formulário do site',
  score: 82,
  scoreRange: null,
  utm: { source: 'google', medium: 'cpc', campaign: 'lancamento' },
  custom: {},
};

/** The sample the preview sends: defaults overridden by what the wizard passed. */
export function sampleLead(partial: Partial<SampleLead> = {}): SampleLead {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const lead: SampleLead = { ...DEFAULT_SAMPLE_LEAD, ...defined };
  if (lead.scoreRange === null && lead.score !== null)
    lead.scoreRange = rangeFor(lead.score, DEFAULT_SCORING_PROFILE.ranges).name;
  return lead;
}

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
    note: live
      ? 'Nothing is written to ActiveCampaign: lookups were real, and the writes below are what sending would do.'
      : 'Nothing was sent to ActiveCampaign: without an API key, every tag and account is shown as if it had to be created.',
  });
}
