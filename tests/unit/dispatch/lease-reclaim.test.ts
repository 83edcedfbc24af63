import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { SendResult } from '../../../electron/core/integrations/connector';
import { tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector, type Script } from './fixtures/connectors';

const MIN = 60_000;

describe('expired leases are reclaimed while the engine runs (fake time)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core | null = null;
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
  });
  afterEach(() => {
    core?.close();
    core = null;
    tmp.cleanup();
  });

  function setup(script: Script) {
    const connector = scriptedConnector(time, script);
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
    const client = seedClient(core);
    seedIntegration(core, client);
    return { core, client, connector };
  }

  it('gives up an attempt that ignores its deadline, sends the lead again, and ignores the late answer', async () => {
    let answerLate: (result: SendResult) => void = () => undefined;
    const { core, client, connector } = setup((_ctx, n) =>
      n === 1 ? new Promise<SendResult>((resolve) => (answerLate = resolve)) : { remoteId: 'second' },
    );
    const t0 = time.now();
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    // Past the 5-minute deadline the abort went unheard: still sending, nothing else happens yet.
    await time.advance(5 * MIN + 30_000);
    expect(core.forTests.engine.get(d!.id).dispatch.state).toBe('sending');

    await time.advance(MIN);
    const { dispatch, attempts } = core.forTests.engine.get(d!.id);
    expect(dispatch).toMatchObject({ state: 'sent', remoteId: 'second', attemptCount: 1 });
    expect(attempts.map((a) => [a.number, a.outcome])).toEqual([
      [1, 'interrupted'],
      [1, 'sent'],
    ]);
    expect(attempts[0]?.message).toBe('This attempt outlived its lease and was given up; it is tried again.');
    const reclaimedAt = connector.calls[1]!.at - t0;
    expect(reclaimedAt).toBeGreaterThanOrEqual(6 * MIN);
    expect(reclaimedAt).toBeLessThanOrEqual(6 * MIN + 30_000);

    // The first attempt's answer, arriving at last, changes nothing.
    answerLate({ remoteId: 'first' });
    await time.advance(MIN);
    expect(core.forTests.engine.get(d!.id).dispatch).toMatchObject({
      state: 'sent',
      remoteId: 'second',
      attemptCount: 1,
    });
    expect(core.forTests.engine.get(d!.id).attempts).toHaveLength(2);
    expect(core.forTests.engine.openCount()).toBe(0);
  });

  it('takes back a dispatch another worker leased and never finished', async () => {
    const { core, client } = setup(() => ({ remoteId: 'r' }));
    const now = time.now();
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    // In the same turn, before this engine looks: another process leased it and died; its lease ends in a minute.
    core.forTests.sqlite
      .prepare(`UPDATE dispatches SET state = 'sending', attempt_started_at = ?, lease_expires_at = ? WHERE id = ?`)
      .run(now, now + MIN, d!.id);
    await time.advance(MIN);
    expect(core.forTests.engine.get(d!.id).dispatch.state).toBe('sending');
    await time.advance(2 * MIN);
    const { dispatch, attempts } = core.forTests.engine.get(d!.id);
    expect(dispatch.state).toBe('sent');
    expect(attempts.map((a) => a.outcome)).toEqual(['interrupted', 'sent']);
  });
});
