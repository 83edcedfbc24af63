import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { Connector } from '../../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { acLiteConnector } from './fixtures/connectors';

const realClock = { now: () => Date.now() };

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * How busy one account was kept: the shortest time its requests could have taken at 5 per second
 * (bursts of five, a second apart) over the time they took. 1 is a limiter that never idles.
 */
function busyRatio(ac: AcEmulator, account: string): number {
  const entries = ac.log.entries({ account });
  const span = entries.at(-1)!.at - entries[0]!.at;
  return (Math.floor((entries.length - 1) / 5) * 1000) / span;
}

describe('against the ActiveCampaign emulator at 5 requests/s (real time)', () => {
  let ac: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core | undefined;
  beforeAll(async () => {
    ac = await startAcEmulator({
      accounts: [
        { name: 'main', apiToken: 'token-main-0000' },
        { name: 'second', apiToken: 'token-second-0000' },
      ],
      ratePerSecond: 5,
      seed: { tags: ['qualified-lead'] },
    });
    tmp = tempDir();
  });
  afterAll(async () => {
    core?.close();
    await ac.close();
    tmp.cleanup();
  });

  it('keeps each account busy with zero 429s, accounts in parallel, overdue backlog included', async () => {
    const key = randomBytes(32);
    const connectors = [acLiteConnector({ rateLimit: { perSecond: 5, burst: 5 } }) as Connector<unknown>];
    // A backlog written by an earlier run that stopped before sending anything, overdue by an hour.
    const before = openDispatchCore(tmp.dir, { clock: realClock, connectors, key });
    const main = ac.account('main');
    const second = ac.account('second');
    const tagId = second.state.findTagByName('qualified-lead')!.id;
    const integrations = [
      { account: main, tagId: undefined },
      { account: main, tagId: undefined }, // another client of the agency, same AC account
      { account: second, tagId }, // two requests per lead
    ];
    for (const [i, spec] of integrations.entries()) {
      const client = seedClient(before, `Client ${i}`);
      const credentialId = before.forTests.vault.put({
        clientId: client,
        purpose: 'ac',
        secret: spec.account.apiToken,
      });
      const config = spec.tagId ? { apiUrl: spec.account.apiUrl, tagId: spec.tagId } : { apiUrl: spec.account.apiUrl };
      seedIntegration(before, client, { type: 'activecampaign', config, credentialId });
      for (let n = 0; n < 8; n++)
        before.forTests.engine.enqueueLead(seedLead(before, client, { email: `l${i}-${n}@acme.com.br` }));
    }
    before.close(); // same turn of the event loop: nothing was sent
    expect(ac.stats.requests).toBe(0);

    core = openDispatchCore(tmp.dir, { clock: realClock, connectors, key });
    core.forTests.sqlite.prepare('UPDATE dispatches SET next_attempt_at = ?').run(Date.now() - 3_600_000);
    core.forTests.engine.wake();
    const engine = core.forTests.engine;
    await until(() => engine.openCount() === 0, 15_000);

    expect(ac.stats.rateLimited).toBe(0);
    expect(ac.stats.byStatus['429']).toBeUndefined();
    expect(main.limiter.peak).toBeLessThanOrEqual(5);
    expect(second.limiter.peak).toBeLessThanOrEqual(5);
    const states = core.forTests.sqlite.prepare('SELECT state, count(*) AS n FROM dispatches GROUP BY state').all();
    expect(states).toEqual([{ state: 'sent', n: 24 }]);
    expect(main.state.contacts.size).toBe(16);
    expect(second.state.snapshot().contacts.every((c) => c.tags.includes('qualified-lead'))).toBe(true);
    expect(ac.log.count({ account: 'main' })).toBe(16);
    expect(ac.log.count({ account: 'second' })).toBe(16);
    // Busy: within 20% of the fastest schedule 5/s allows, on both accounts at the same time.
    expect(busyRatio(ac, 'main')).toBeGreaterThan(0.8);
    expect(busyRatio(ac, 'second')).toBeGreaterThan(0.8);
    const mainLog = ac.log.entries({ account: 'main' });
    const secondLog = ac.log.entries({ account: 'second' });
    expect(secondLog[0]!.at).toBeLessThan(mainLog.at(-1)!.at);
    expect(mainLog[0]!.at).toBeLessThan(secondLog.at(-1)!.at);
  });
});
