import { randomBytes } from 'node:crypto';
import type { Core } from '../../../../electron/core';
import type { EngineLimits } from '../../../../electron/core/dispatch';
import type { BatchRow } from '../../../../electron/core/dispatch/bulk/store';
import { createActivecampaignConnector } from '../../../../electron/core/integrations/activecampaign/connector';
import { AcIdCache } from '../../../../electron/core/integrations/activecampaign/id-cache';
import type { Connector } from '../../../../electron/core/integrations/connector';
import type { AcEmulator } from '../../../emulators/activecampaign';
import { openDispatchCore, seedClient, seedIntegration, seedLead, type LeadSeed } from '../../support/dispatch-core';
import type { FakeTime } from '../../support/fake-time';

/** The guide's typical setup: two fixed tags and the score tag, one list, Score and CNPJ fields, the company. */
export function typicalConfig(ac: AcEmulator, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const list = ac.state.findListByName('Newsletter')!;
  const score = ac.state.findFieldByTitle('Lead Score')!;
  const cnpj = ac.state.findFieldByTitle('CNPJ')!;
  return {
    apiUrl: ac.url,
    name: 'ActiveCampaign Marketing',
    fixedTags: ['qualified-lead', 'zero-bad-leads'],
    scoreTags: { enabled: true, byRange: { high: 'high-score', medium: 'medium-score', low: 'low-score' } },
    lists: [{ id: list.id, name: list.name }],
    mapping: {
      fullName: true,
      phone: true,
      companyToAccount: true,
      fields: [
        { source: 'score', field: { id: score.id, title: score.title } },
        { source: 'cnpj', field: { id: cnpj.id, title: cnpj.title } },
      ],
    },
    ...overrides,
  };
}

export interface BulkSetup {
  core: Core;
  client: string;
  integrationId: string;
  credentialId: string;
  /** Seeds `n` qualified leads and queues them for the integration. */
  queue(n: number, lead?: (i: number) => LeadSeed): string[];
}

/** A core with the product's ActiveCampaign connector (its own id cache) on one emulator account. */
export function openBulkCore(
  dir: string,
  ac: AcEmulator,
  o: {
    time: FakeTime;
    key?: Buffer;
    limits?: Partial<EngineLimits>;
    fetch?: (u: string, i: RequestInit) => Promise<Response>;
    config?: Record<string, unknown>;
    existing?: { client: string; integrationId: string; credentialId: string };
  },
): BulkSetup {
  const cache = new AcIdCache();
  const connector = createActivecampaignConnector({ cacheFor: () => cache }) as Connector<unknown>;
  const core = openDispatchCore(dir, {
    clock: o.time,
    timers: o.time,
    connectors: [connector],
    key: o.key ?? randomBytes(32),
    limits: o.limits,
    fetch: o.fetch,
  });
  let ids = o.existing;
  if (!ids) {
    const client = seedClient(core);
    const credentialId = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: ac.apiToken });
    const integrationId = seedIntegration(core, client, {
      type: 'activecampaign',
      config: o.config ?? typicalConfig(ac),
      credentialId,
    });
    ids = { client, integrationId, credentialId };
  }
  const { client } = ids;
  return {
    core,
    ...ids,
    queue(n, lead = () => ({})) {
      const leads = Array.from({ length: n }, (_, i) =>
        seedLead(core, client, {
          fullName: `Lead Number ${i}`,
          email: `lead${i}@empresa${i % 5}.com.br`,
          phone: '+5511987654321',
          company: `Empresa ${i % 5}`,
          cnpj: '11222333000181',
          score: 70 + (i % 30),
          scoreRange: i % 2 ? 'high' : 'medium',
          ...lead(i),
        }),
      );
      core.forTests.engine.enqueueLeads(leads);
      return leads;
    },
  };
}

/**
 * Moves fake time in small steps, giving the real HTTP to the emulator a moment of real time at
 * each, until `done` holds (the engine's schedule runs on fake time; its sockets do not).
 */
export async function drive(time: FakeTime, done: () => boolean, o: { stepMs?: number; maxSteps?: number } = {}) {
  const step = o.stepMs ?? 250;
  for (let i = 0; i < (o.maxSteps ?? 600); i++) {
    if (done()) return;
    await time.advance(step);
    await new Promise((r) => setTimeout(r, 2));
  }
  if (!done()) throw new Error('the condition was never met');
}

export function states(core: Core): Record<string, number> {
  const rows = core.forTests.sqlite
    .prepare<[], { state: string; n: number }>('SELECT state, count(*) AS n FROM dispatches GROUP BY state')
    .all();
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

export function batches(core: Core): BatchRow[] {
  return core.forTests.sqlite.prepare<[], BatchRow>('SELECT * FROM dispatch_batches ORDER BY number').all();
}

export const openCount = (core: Core): number => core.forTests.engine.openCount();
