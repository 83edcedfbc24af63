import { acConfigSchema, type AcConfig } from '../../../../electron/core/integrations/activecampaign/config';
import { createActivecampaignConnector } from '../../../../electron/core/integrations/activecampaign/connector';
import { AcIdCache } from '../../../../electron/core/integrations/activecampaign/id-cache';
import type {
  Connector,
  DispatchLead,
  HttpClient,
  SendContext,
  SendResult,
} from '../../../../electron/core/integrations/connector';
import { createFetchHttpClient } from '../../../../electron/core/integrations/fetch-http-client';
import type { AcConfigInput } from '#contract/activecampaign';

/**
 * A hand-built SendContext, as the dispatch engine would pass one: steps in a Map (so a test can
 * resume with the same progress), notes collected, and a plain fetch HttpClient to the emulator.
 */
export interface TestSend {
  steps: Map<string, unknown>;
  notes: string[];
  ctx: SendContext<AcConfig>;
}

export function lead(overrides: Partial<DispatchLead> = {}): DispatchLead {
  return {
    id: 'lead-1',
    clientId: 'client-1',
    fullName: 'Maria da Silva Santos',
    email: 'maria.santos@example.com',
    phone: '(11) 98765-4321',
    phoneE164: '+5511987654321',
    company: 'Acme Comércio Ltda',
    cnpj: '11222333000181',
    jobTitle: 'Gerente de Marketing',
    city: 'São Paulo',
    state: 'SP',
    source: 'site',
    utm: { source: 'google' },
    custom: {},
    score: 82,
    scoreRange: 'high',
    qualified: true,
    receivedAt: Date.UTC(2026, 10, 26),
    isTest: false,
    ...overrides,
  };
}

export function config(apiUrl: string, overrides: Partial<AcConfigInput> = {}): AcConfig {
  return acConfigSchema.parse({
    apiUrl,
    name: 'ActiveCampaign Marketing',
    fixedTags: ['qualified-lead', 'zero-bad-leads'],
    lists: [
      { id: '1', name: 'Newsletter' },
      { id: '2', name: 'Clientes 2026' },
    ],
    mapping: {
      fields: [
        { source: 'score', field: { id: '1', title: 'Lead Score' } },
        { source: 'cnpj', field: { id: '2', title: 'CNPJ' } },
      ],
    },
    ...overrides,
  });
}

export function testHttp(timeoutMs = 2_000): HttpClient {
  return createFetchHttpClient({ timeoutMs });
}

export function sendContext(input: {
  config: AcConfig;
  lead?: DispatchLead;
  apiKey: string;
  steps?: Map<string, unknown>;
  http?: HttpClient;
  signal?: AbortSignal;
}): TestSend {
  const steps = input.steps ?? new Map<string, unknown>();
  const notes: string[] = [];
  const ctx: SendContext<AcConfig> = {
    dispatchId: 'dispatch-1',
    attempt: 1,
    lead: input.lead ?? lead(),
    config: input.config,
    secret: (name) => {
      if (name !== 'apiKey') throw new Error(`unexpected secret ${name}`);
      return input.apiKey;
    },
    http: input.http ?? testHttp(),
    steps: {
      get: <T>(step: string) => steps.get(step) as T | undefined,
      set: (step, value) => void steps.set(step, value),
    },
    note: (text) => notes.push(text),
    signal: input.signal ?? new AbortController().signal,
  };
  return { steps, notes, ctx };
}

/** A connector with its own id cache, so one test's ids never leak into the next. */
export function isolatedConnector(cache = new AcIdCache()): { connector: Connector<AcConfig>; cache: AcIdCache } {
  return { connector: createActivecampaignConnector({ cacheFor: () => cache }), cache };
}

export async function rejection(promise: Promise<SendResult>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the send to fail');
}
