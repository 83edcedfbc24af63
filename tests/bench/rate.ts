import { startAcEmulator, type AcEmulator } from '../emulators/activecampaign';
import { acLiteConnector } from '../unit/dispatch/fixtures/connectors';
import { seedClient, seedIntegration, seedLead } from '../unit/support/dispatch-core';
import { benchCore, untilIdle } from './support';

export interface RateResult {
  accounts: number;
  requests: number;
  seconds: number;
  /** Requests per second achieved, all accounts together. */
  achieved: number;
  allowed: number;
  ratio: number;
  /** The worst account's own ratio. */
  worstAccountRatio: number;
  rateLimited: number;
}

const ALLOWED_PER_ACCOUNT = 5;

function accountRates(ac: AcEmulator, names: string[]): number[] {
  return names.map((name) => {
    const e = ac.log.entries({ account: name });
    return ((e.length - 1) * 1000) / (e.at(-1)!.at - e[0]!.at);
  });
}

/**
 * Achieved ÷ allowed request rate against the emulator at AC's 5 requests/s per account: leads
 * queued for `accounts` accounts at once, one request each, through the whole engine (scheduler,
 * per-account limiter, HttpClient). The rate is taken from the emulator's own log, first request
 * to last, so start-up and the tail do not flatter it.
 */
export async function benchRate(accounts: number, leadsPerAccount: number): Promise<RateResult> {
  const names = Array.from({ length: accounts }, (_, i) => `acct${i}`);
  const ac = await startAcEmulator({
    accounts: names.map((name) => ({ name, apiToken: `token-${name}-000` })),
    ratePerSecond: ALLOWED_PER_ACCOUNT,
    logLimit: 1_000_000,
  });
  // Evenly spaced (burst 1), as the product's AC connector asks; the rate is then first-to-last exact.
  const connector = acLiteConnector({ rateLimit: { perSecond: ALLOWED_PER_ACCOUNT, burst: 1 } });
  const { core, done } = benchCore([connector]);
  try {
    const leads: string[] = [];
    for (const name of names) {
      const account = ac.account(name);
      const client = seedClient(core, name);
      const credentialId = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: account.apiToken });
      seedIntegration(core, client, { type: 'activecampaign', config: { apiUrl: account.apiUrl }, credentialId });
      for (let i = 0; i < leadsPerAccount; i++)
        leads.push(seedLead(core, client, { email: `${name}-${i}@acme.com.br` }));
    }
    core.forTests.engine.enqueueLeads(leads);
    await untilIdle(core, 120_000);
    const all = ac.log.entries();
    const seconds = (all.at(-1)!.at - all[0]!.at) / 1000;
    const achieved = (all.length - 1) / seconds;
    const allowed = accounts * ALLOWED_PER_ACCOUNT;
    return {
      accounts,
      requests: all.length,
      seconds,
      achieved,
      allowed,
      ratio: achieved / allowed,
      worstAccountRatio: Math.min(...accountRates(ac, names)) / ALLOWED_PER_ACCOUNT,
      rateLimited: ac.stats.rateLimited,
    };
  } finally {
    done();
    await ac.close();
  }
}
