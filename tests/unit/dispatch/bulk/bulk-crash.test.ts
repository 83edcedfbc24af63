import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { runBulkCrash } from './crash-run';

const LEADS = 3000;
const KILLS = 5;

describe('bulk crash safety (SIGKILL)', () => {
  let ac: AcEmulator;
  beforeAll(async () => {
    // At AC's 5 requests a second, with imports that take a moment each: the kills land mid-drain.
    ac = await startAcEmulator({ ratePerSecond: 5, logLimit: 100_000, imports: { delayMs: 150 } });
  });
  afterAll(() => ac.close());

  it(`sends each of ${LEADS} leads exactly once when the worker draining them is killed ${KILLS} times`, async () => {
    const r = await runBulkCrash(ac, LEADS, KILLS);
    expect(r.states).toEqual({ sent: LEADS });
    expect(r.sentAttempts).toBe(LEADS);
    expect(r.openBatches).toBe(0);
    expect(r.contacts).toBe(LEADS);
    expect(r.contactsComplete).toBe(LEADS);
    // The kills did land mid-drain: batches were found open at a restart.
    expect(r.resumedBatches).toBeGreaterThan(0);
    expect(ac.stats.rateLimited).toBe(0);
    console.log(
      `bulk crash test: kills after ${r.kills.join(', ')} ms; ${r.imports} imports, ${r.resumedBatches} resumed, ` +
        `${r.repeatedContacts} contacts imported twice (no duplicate in AC), ${r.seconds.toFixed(1)} s`,
    );
  }, 180_000);
});
