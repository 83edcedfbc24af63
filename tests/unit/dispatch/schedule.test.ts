import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { ConnectorError } from '../../../electron/core/integrations/connector';
import { tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from './fixtures/connectors';

const MIN = 60_000;

describe('retry schedule (fake time)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  const cores: Core[] = [];
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
  });
  afterEach(() => {
    for (const c of cores.splice(0)) c.close();
    tmp.cleanup();
  });

  /** Each failure takes 10 s, so "counted from the previous failure" differs from "from its start". */
  function failingSlowly() {
    return scriptedConnector(time, async (_ctx, n) => {
      await new Promise<void>((resolve) => time.after(10_000, resolve));
      throw new ConnectorError('transient', `HTTP 502 on try ${n}`, { status: 502 });
    });
  }

  function open(connector: ReturnType<typeof failingSlowly>): Core {
    const core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
    cores.push(core);
    return core;
  }

  it('tries immediately, then 1, 5, 15 and 30 minutes after each failure, then stops with the last reason', async () => {
    const connector = failingSlowly();
    const core = open(connector);
    const client = seedClient(core);
    seedIntegration(core, client);
    const t0 = time.now();
    const [created] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(3 * 60 * MIN);

    const starts = connector.calls.map((c) => (c.at - t0) / 1000);
    // start, +10 s failure, +60 s wait → 70; +10 +300 → 380; +10 +900 → 1290; +10 +1800 → 3100
    expect(starts).toEqual([0, 70, 380, 1290, 3100]);
    expect(connector.calls.map((c) => c.attempt)).toEqual([1, 2, 3, 4, 5]);

    const { dispatch, attempts } = core.forTests.engine.get(created!.id);
    expect(dispatch).toMatchObject({
      state: 'error',
      attemptCount: 5,
      lastErrorClass: 'transient',
      lastError: 'HTTP 502 on try 5',
      lastStatus: 502,
      nextAttemptAt: null,
      finishedAt: t0 + 3110 * 1000,
    });
    expect(attempts.map((a) => [a.number, a.outcome, (a.startedAt - t0) / 1000, a.durationMs])).toEqual([
      [1, 'failed', 0, 10_000],
      [2, 'failed', 70, 10_000],
      [3, 'failed', 380, 10_000],
      [4, 'failed', 1290, 10_000],
      [5, 'failed', 3100, 10_000],
    ]);
  });

  it('resumes a waiting retry in a new core opened on the same database, to the second', async () => {
    const first = failingSlowly();
    const core = open(first);
    const client = seedClient(core);
    seedIntegration(core, client);
    const t0 = time.now();
    const [created] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(40_000); // failed at +10 s; the retry waits for +70 s
    expect(core.forTests.engine.get(created!.id).dispatch).toMatchObject({
      state: 'retrying',
      nextAttemptAt: t0 + 70_000,
    });
    core.close();
    cores.length = 0;

    const second = failingSlowly();
    const reopened = open(second);
    await time.advance(29_999);
    expect(second.calls).toHaveLength(0);
    await time.advance(1);
    expect(second.calls.map((c) => [(c.at - t0) / 1000, c.attempt])).toEqual([[70, 2]]);
    await time.advance(10 * MIN);
    expect(second.calls.map((c) => (c.at - t0) / 1000)).toEqual([70, 380]);
    expect(reopened.forTests.engine.get(created!.id).dispatch.attemptCount).toBe(3);
    expect(first.calls).toHaveLength(1);
  });

  it('fires a due retry within a second on real timers', async () => {
    const failures: number[] = [];
    const starts: number[] = [];
    const connector = scriptedConnector(
      { now: () => Date.now() },
      () => {
        starts.push(Date.now());
        if (starts.length === 1) {
          failures.push(Date.now());
          throw new ConnectorError('transient', 'boom');
        }
        return {};
      },
      { retrySchedule: { delaysMs: [300], maxAttempts: 2 } },
    );
    const core = openDispatchCore(tmp.dir, { clock: { now: () => Date.now() }, connectors: [connector] });
    cores.push(core);
    const client = seedClient(core);
    seedIntegration(core, client);
    core.forTests.engine.enqueueLead(seedLead(core, client));
    const deadline = Date.now() + 5000;
    while (starts.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(starts).toHaveLength(2);
    const late = starts[1]! - (failures[0]! + 300);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(late).toBeLessThan(1000);
  });
});
