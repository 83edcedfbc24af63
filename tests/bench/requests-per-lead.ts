import { BUILT_IN_CONNECTORS } from '../../electron/core/dispatch/registry';
import { startAcEmulator } from '../emulators/activecampaign';
import { seedClient, seedIntegration, seedLead } from '../unit/support/dispatch-core';
import { benchCore, untilIdle } from './support';

export type RequestsPerLeadResult =
  | { measured: false; reason: string }
  | {
      measured: true;
      leads: number;
      requests: number;
      perLead: number;
      /** GETs of tags, lists, fields and accounts: what the connector's id cache can answer. */
      cacheableLookups: number;
      cacheableLookupsPerLead: number;
      /** The first lead pays for filling the cache; the rest show the steady state. */
      firstLead: number;
      steadyPerLead: number;
      rateLimited: number;
      sent: number;
      achievedRate: number;
    };

const CACHEABLE = /^\/(tags|lists|fields|accounts)(\/|$)/;

/**
 * Requests per lead for the guide's typical ActiveCampaign setup (two fixed tags and a score tag,
 * one list, Score and CNPJ custom fields, company as an AC account), with the product connector
 * registered for `activecampaign`. Measured against the emulator at 5 requests/s; prints "not
 * measured" rather than a figure when no such connector is registered.
 */
export async function benchRequestsPerLead(leadCount = 20): Promise<RequestsPerLeadResult> {
  const connector = BUILT_IN_CONNECTORS.find((c) => c.type === 'activecampaign');
  if (!connector) return { measured: false, reason: 'no ActiveCampaign connector is registered' };
  const ac = await startAcEmulator({ ratePerSecond: 5 });
  const { core, done } = benchCore([connector]);
  try {
    const client = seedClient(core);
    const credentialId = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: ac.apiToken });
    const list = ac.state.findListByName('Newsletter')!;
    const score = ac.state.findFieldByTitle('Lead Score')!;
    const cnpj = ac.state.findFieldByTitle('CNPJ')!;
    const config = {
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
    };
    const parsed = connector.configSchema.safeParse(config);
    if (!parsed.success)
      return { measured: false, reason: `the typical config does not parse: ${parsed.error.message}` };
    seedIntegration(core, client, { type: 'activecampaign', config, credentialId });
    const leads = Array.from({ length: leadCount }, (_, i) =>
      seedLead(core, client, {
        fullName: `Lead Number ${i}`,
        email: `lead${i}@empresa${i % 5}.com.br`,
        phone: '+5511987654321',
        company: `Empresa ${i % 5}`,
        cnpj: '11222333000181',
        score: 70 + (i % 30),
        scoreRange: i % 2 ? 'high' : 'medium',
      }),
    );
    // The first lead alone, so its cost (filling the id cache) can be told apart.
    core.forTests.engine.enqueueLead(leads[0]!);
    await untilIdle(core, 120_000);
    const firstLead = ac.log.count();
    core.forTests.engine.enqueueLeads(leads.slice(1));
    await untilIdle(core, 300_000);
    const entries = ac.log.entries();
    const cacheable = entries.filter((e) => e.method === 'GET' && CACHEABLE.test(e.path)).length;
    const sent = (
      core.forTests.sqlite.prepare("SELECT count(*) AS n FROM dispatches WHERE state = 'sent'").get() as { n: number }
    ).n;
    const steady = entries.slice(firstLead);
    return {
      measured: true,
      leads: leadCount,
      requests: entries.length,
      perLead: entries.length / leadCount,
      cacheableLookups: cacheable,
      cacheableLookupsPerLead: cacheable / leadCount,
      firstLead,
      steadyPerLead: steady.length / (leadCount - 1),
      rateLimited: ac.stats.rateLimited,
      sent,
      achievedRate: (steady.length - 1) / ((steady.at(-1)!.at - steady[0]!.at) / 1000),
    };
  } finally {
    done();
    await ac.close();
  }
}
