import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BacklogItem } from '#contract';
import type { Core } from '../../../../electron/core';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { call, tempDir } from '../../support/core-harness';
import { FakeTime } from '../../support/fake-time';
import { batches, drive, openBulkCore, openCount } from './support';

describe('the backlog as the user watches it drain (fake time)', () => {
  let ac: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core | null = null;
  beforeAll(async () => {
    ac = await startAcEmulator({ ratePerSecond: 0, logLimit: 100_000 });
  });
  afterAll(() => ac.close());
  beforeEach(() => {
    ac.reset();
    tmp = tempDir();
    time = new FakeTime();
  });
  afterEach(() => {
    core?.close();
    core = null;
    tmp.cleanup();
  });

  function listen(c: Core): BacklogItem[][] {
    const seen: BacklogItem[][] = [];
    c.events.subscribe((event, payload) => {
      if (event === 'dispatch:backlog') seen.push((payload as { items: BacklogItem[] }).items);
    });
    return seen;
  }

  it('pushes bulk progress (request x of y) every second, and an empty backlog once all is sent', async () => {
    ac.setImports({ processing: 'manual' });
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    const seen = listen(setup.core);
    setup.queue(600, (i) => ({ email: `b${i}@acme.com.br` }));
    await drive(time, () => batches(setup.core).filter((b) => b.state === 'submitted').length === 3);
    await time.advance(1000);
    expect(seen.at(-1)).toEqual([
      expect.objectContaining({
        integrationId: setup.integrationId,
        clientId: setup.client,
        integrationName: 'Test integration',
        type: 'activecampaign',
        mode: 'bulk',
        waiting: 0,
        sending: 600,
        batch: { current: 1, total: 3 },
        accountLimit: 5,
      }),
    ]);
    // The same view over the contract, for the page that opens after the event went by.
    const asked = await call<BacklogItem[]>(setup.core, 'dispatch:backlog', { clientId: setup.client });
    expect(asked[0]).toMatchObject({ mode: 'bulk', batch: { current: 1, total: 3 } });

    ac.account('main').imports.processAll();
    await drive(time, () => openCount(setup.core) === 0);
    await time.advance(1000);
    expect(seen.at(-1)).toEqual([]);
    // The count only moves forward, and never past the total.
    const progress = seen.flatMap((items) => (items[0]?.batch ? [items[0].batch] : []));
    expect(progress.every((p, i) => p.current <= p.total && p.current >= (progress[i - 1]?.current ?? 1))).toBe(true);
  });

  it('one by one: the share of the account limit in use, the pace and the time left', async () => {
    const setup = openBulkCore(tmp.dir, ac, { time });
    core = setup.core;
    setup.queue(9);
    await drive(time, () => setup.core.forTests.engine.backlog()[0]?.etaSeconds != null, { stepMs: 100 });
    const [item] = setup.core.forTests.engine.backlog();
    expect(item).toMatchObject({ mode: 'per_contact', batch: null, accountLimit: 5 });
    // Paced at 4 requests a second against a limit of 5.
    expect(item!.limitShare).toBeGreaterThan(0.6);
    expect(item!.limitShare).toBeLessThanOrEqual(0.85);
    expect(item!.leadsPerMinute).toBeGreaterThan(0);
    expect(item!.etaSeconds).toBeGreaterThan(0);
    await drive(time, () => openCount(setup.core) === 0);
  });
});
