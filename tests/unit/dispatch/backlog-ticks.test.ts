import { afterEach, describe, expect, it } from 'vitest';
import type { BacklogItem } from '#contract';
import type { Core } from '../../../electron/core';
import { tempDir } from '../support/core-harness';
import { FakeTime } from '../support/fake-time';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';

describe('the backlog display under a stream of changes (fake time)', () => {
  let core: Core | null = null;
  const tmp = tempDir();
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('shows the first change at once, then counts at most once a second however many transactions land', async () => {
    const time = new FakeTime();
    core = openDispatchCore(tmp.dir, { clock: time, timers: time });
    const client = seedClient(core);
    const integrationId = seedIntegration(core, client, { status: 'paused' });
    const pushed: BacklogItem[][] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'dispatch:backlog') pushed.push((payload as { items: BacklogItem[] }).items);
    });

    // 50 transactions of one held lead each, 10 ms apart, as an import's batches land.
    for (let i = 0; i < 50; i++) {
      core.forTests.engine.enqueueLeads([seedLead(core, client, { email: `held${i}@empresa.com.br` })]);
      await time.advance(10);
    }
    // The first batch was shown straight away; the other 49 wait for the next tick.
    expect(pushed.map((items) => items[0]?.held)).toEqual([1]);

    await time.advance(1000);
    expect(pushed.map((items) => items[0]?.held)).toEqual([1, 50]);
    expect(pushed.at(-1)?.[0]).toMatchObject({ integrationId, held: 50, waiting: 0 });
  });
});
