import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
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

  it('counts each integration’s dispatches by state, and leaves out integrations with nothing open', () => {
    const time = new FakeTime();
    // A data folder of its own: the test above leaves its held leads behind.
    const own = tempDir();
    onTestFinished(() => own.cleanup());
    core = openDispatchCore(own.dir, { clock: time, timers: time });
    const client = seedClient(core);
    const first = seedIntegration(core, client, { status: 'paused', name: 'First' });
    const second = seedIntegration(core, client, { status: 'paused', name: 'Second' });
    const idle = seedIntegration(core, client, { status: 'paused', name: 'Idle' });
    const leads = Array.from({ length: 6 }, (_, i) => seedLead(core!, client, { email: `l${i}@empresa.com.br` }));
    core.forTests.engine.enqueueLeads(leads);
    // Of each integration's six held dispatches, some move on: the counts must follow each state.
    const sqlite = core.forTests.sqlite;
    const set = (integrationId: string, state: string, count: number): void => {
      sqlite
        .prepare(
          `UPDATE dispatches SET state = ? WHERE id IN (SELECT id FROM dispatches
             WHERE integration_id = ? AND state = 'held' ORDER BY rowid LIMIT ?)`,
        )
        .run(state, integrationId, count);
    };
    set(first, 'pending', 2);
    set(first, 'sending', 1);
    set(second, 'retrying', 3);
    set(second, 'sent', 2);
    set(idle, 'sent', 6);
    const items = new Map(core.forTests.engine.backlog().map((item) => [item.integrationId, item]));
    expect([...items.keys()].sort()).toEqual([first, second].sort());
    expect(items.get(first)).toMatchObject({ waiting: 2, sending: 1, held: 3 });
    expect(items.get(second)).toMatchObject({ waiting: 3, sending: 0, held: 1 });
  });
});
