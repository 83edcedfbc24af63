import { createActivecampaignConnector } from '../../electron/core/integrations/activecampaign/connector';
import { AcIdCaches } from '../../electron/core/integrations/activecampaign/id-cache';
import type { Connector } from '../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../emulators/activecampaign';
import { typicalConfig } from '../unit/dispatch/bulk/support';
import { seedClient, seedIntegration, seedLead } from '../unit/support/dispatch-core';
import { benchCore } from './support';

/** AC's limit: 5 requests a second per account. */
export const ACCOUNT_LIMIT = 5;

export interface DrainResult {
  accounts: number;
  leadsPerAccount: number;
  /** From the backlog's release (the integration resumed) to all sent. */
  seconds: number;
  /** How long queueing them took beforehand (in chunks of 500, as an import does), not counted above. */
  enqueueSeconds: number;
  /** The emulator's time processing imports, one after the other per account (the slowest account). */
  processingSeconds: number;
  requests: number;
  imports: number;
  /** The slowest account's requests ÷ 5 per second: no sender could be faster. */
  floorSeconds: number;
  rateLimited: number;
  sent: number;
  lost: number;
  /** Dispatches with more than one sent attempt. */
  sentTwice: number;
  /** Contacts the CRM holds, and addresses it received in more than one import. */
  contacts: number;
  importedTwice: number;
}

/**
 * `leadsPerAccount` qualified leads for each of `accounts` ActiveCampaign accounts (the guide's
 * typical setup), drained by the whole engine against the emulator at 5 requests a second per
 * account, bulk mode on or off.
 */
export async function benchDrain(o: {
  accounts: number;
  leadsPerAccount: number;
  bulk: boolean;
  importDelayMs: number;
  timeoutMs: number;
}): Promise<DrainResult> {
  const names = Array.from({ length: o.accounts }, (_, i) => `acct${i}`);
  const ac: AcEmulator = await startAcEmulator({
    accounts: names.map((name) => ({ name, apiToken: `token-${name}-000` })),
    ratePerSecond: ACCOUNT_LIMIT,
    logLimit: 2_000_000,
    imports: { delayMs: o.importDelayMs },
  });
  const caches = new AcIdCaches();
  const connector = createActivecampaignConnector({ cacheFor: (key) => caches.for(key) }) as Connector<unknown>;
  const { core, done } = benchCore([connector], { bulk: o.bulk });
  try {
    const leads: string[] = [];
    const integrations: string[] = [];
    core.forTests.sqlite.transaction(() => {
      names.forEach((name, a) => {
        const account = ac.account(name);
        const client = seedClient(core, name);
        const credentialId = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: account.apiToken });
        const config = typicalConfig(ac, { apiUrl: account.url });
        // Paused while the leads are queued: resuming it releases the whole backlog at once.
        integrations.push(
          seedIntegration(core, client, { type: 'activecampaign', config, credentialId, status: 'paused' }),
        );
        for (let i = 0; i < o.leadsPerAccount; i++) {
          leads.push(
            seedLead(core, client, {
              fullName: `Lead Number ${i}`,
              email: `lead${i}@empresa${i % 50}.a${a}.com.br`,
              phone: '+5511987654321',
              company: `Empresa ${i % 50}`,
              cnpj: '11222333000181',
              score: 70 + (i % 30),
              scoreRange: i % 2 ? 'high' : 'medium',
            }),
          );
        }
      });
    })();
    const q0 = Date.now();
    for (let i = 0; i < leads.length; i += 500) core.forTests.engine.enqueueLeads(leads.slice(i, i + 500));
    const enqueueSeconds = (Date.now() - q0) / 1000;
    const t0 = Date.now();
    for (const id of integrations) core.forTests.engine.resumeIntegration(id);
    while (core.forTests.engine.openCount() > 0) {
      if (Date.now() - t0 > o.timeoutMs)
        throw new Error(`still ${core.forTests.engine.openCount()} open after ${o.timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - t0) / 1000;
    const q = <T>(sql: string) => core.forTests.sqlite.prepare<[], T>(sql).get()!;
    const sent = q<{ n: number }>("SELECT count(*) AS n FROM dispatches WHERE state = 'sent'").n;
    const sentTwice = q<{ n: number }>(
      `SELECT count(*) AS n FROM (SELECT dispatch_id FROM dispatch_attempts WHERE outcome = 'sent'
         GROUP BY dispatch_id HAVING count(*) > 1)`,
    ).n;
    const imports = ac.log.entries({ method: 'POST', path: '/import/bulk_import' }).filter((e) => e.status === 200);
    const seen = new Map<string, number>();
    for (const p of imports) {
      for (const c of (p.body as { contacts: Array<{ email: string }> }).contacts) {
        seen.set(c.email, (seen.get(c.email) ?? 0) + 1);
      }
    }
    const perAccount = names.map((name) => ac.log.count({ account: name }));

    return {
      accounts: o.accounts,
      leadsPerAccount: o.leadsPerAccount,
      seconds,
      enqueueSeconds,
      processingSeconds: Math.max(...names.map((n) => ac.account(n).imports.busyMs)) / 1000,
      requests: ac.log.count(),
      imports: imports.length,
      floorSeconds: Math.max(...perAccount) / ACCOUNT_LIMIT,
      rateLimited: ac.stats.rateLimited,
      sent,
      lost: leads.length - sent,
      sentTwice,
      contacts: ac.accounts.reduce((n, a) => n + a.state.contacts.size, 0),
      importedTwice: [...seen.values()].filter((n) => n > 1).length,
    };
  } finally {
    done();
    await ac.close();
  }
}
