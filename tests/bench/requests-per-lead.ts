import type { Core } from '../../electron/core';
import { createActivecampaignConnector } from '../../electron/core/integrations/activecampaign/connector';
import { AcIdCache } from '../../electron/core/integrations/activecampaign/id-cache';
import type { Connector } from '../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../emulators/activecampaign';
import { typicalConfig } from '../unit/dispatch/bulk/support';
import { seedClient, seedIntegration, seedLead } from '../unit/support/dispatch-core';
import { benchCore, untilIdle } from './support';

export interface RequestsPerLeadResult {
  leads: number;
  requests: number;
  perLead: number;
  /** GETs of tags, lists, fields and accounts: what the connector's id cache can answer. */
  cacheableLookups: number;
  cacheableLookupsPerLead: number;
  /** The first lead pays for filling the cache; the hundredth (alone too) shows the steady state. */
  firstLead: number;
  hundredthLead: number;
  steadyPerLead: number;
  rateLimited: number;
  sent: number;
  achievedRate: number;
  /** Seconds per lead once the cache is warm, leads queued together (the per-contact drain's pace). */
  secondsPerLead: number;
}

const CACHEABLE = /^\/(tags|lists|fields|accounts)(\/|$)/;

function leadSeed(i: number) {
  return {
    fullName: `Lead Number ${i}`,
    email: `lead${i}@empresa${i % 5}.com.br`,
    phone: '+5511987654321',
    company: `Empresa ${i % 5}`,
    cnpj: '11222333000181',
    score: 70 + (i % 30),
    scoreRange: i % 2 ? 'high' : 'medium',
  };
}

async function sendAlone(core: Core, ac: AcEmulator, leadId: string): Promise<number> {
  const before = ac.log.count();
  core.forTests.engine.enqueueLead(leadId);
  await untilIdle(core, 60_000);
  return ac.log.count() - before;
}

/**
 * Requests per lead on the per-contact path for the guide's typical ActiveCampaign setup (two
 * fixed tags and the score tag, one list, Score and CNPJ custom fields, company as an AC account),
 * with the product's connector and bulk sending off, against the emulator at 5 requests/s. The
 * first and the hundredth lead each go alone, so their own cost can be told apart.
 */
export async function benchRequestsPerLead(leadCount = 100): Promise<RequestsPerLeadResult> {
  const cache = new AcIdCache();
  const connector = createActivecampaignConnector({ cacheFor: () => cache }) as Connector<unknown>;
  const ac = await startAcEmulator({ ratePerSecond: 5, logLimit: 1_000_000 });
  const { core, done } = benchCore([connector], { bulk: false });
  try {
    const client = seedClient(core);
    const credentialId = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: ac.apiToken });
    seedIntegration(core, client, { type: 'activecampaign', config: typicalConfig(ac), credentialId });
    const leads = Array.from({ length: leadCount }, (_, i) => seedLead(core, client, leadSeed(i)));
    const firstLead = await sendAlone(core, ac, leads[0]!);
    const middle = leads.slice(1, -1);
    const before = ac.log.count();
    const t0 = Date.now();
    core.forTests.engine.enqueueLeads(middle);
    await untilIdle(core, 600_000);
    const secondsPerLead = (Date.now() - t0) / 1000 / middle.length;
    const steady = ac.log.entries().slice(before);
    const hundredthLead = await sendAlone(core, ac, leads.at(-1)!);
    const entries = ac.log.entries();
    const cacheable = entries.filter((e) => e.method === 'GET' && CACHEABLE.test(e.path)).length;
    const sent = (
      core.forTests.sqlite.prepare("SELECT count(*) AS n FROM dispatches WHERE state = 'sent'").get() as { n: number }
    ).n;
    return {
      leads: leadCount,
      requests: entries.length,
      perLead: entries.length / leadCount,
      cacheableLookups: cacheable,
      cacheableLookupsPerLead: cacheable / leadCount,
      firstLead,
      hundredthLead,
      steadyPerLead: steady.length / middle.length,
      rateLimited: ac.stats.rateLimited,
      sent,
      achievedRate: (steady.length - 1) / ((steady.at(-1)!.at - steady[0]!.at) / 1000),
      secondsPerLead,
    };
  } finally {
    done();
    await ac.close();
  }
}
