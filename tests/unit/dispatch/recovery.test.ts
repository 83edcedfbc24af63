import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from './fixtures/connectors';

describe('recovery after a crash (fake time)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core | null = null;
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
  });
  afterEach(() => {
    core?.close();
    tmp.cleanup();
  });

  /** Syncs the contact (and records it), then hangs like a process killed mid-request. */
  const hanging = () =>
    scriptedConnector(time, (ctx) => {
      ctx.steps.set('contact', 'c-77');
      return new Promise(() => undefined);
    });

  function open(connector: ReturnType<typeof hanging>): Core {
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
    return core;
  }

  /** A first run whose only dispatch is left hanging in `sending`. */
  async function sendingInFirstRun(): Promise<{ first: Core; id: string }> {
    const first = open(hanging());
    const client = seedClient(first);
    seedIntegration(first, client);
    const [d] = first.forTests.engine.enqueueLead(seedLead(first, client));
    await time.flush();
    expect(first.forTests.engine.get(d!.id).dispatch.state).toBe('sending');
    return { first, id: d!.id };
  }

  it('retries a dispatch left in sending, records the attempt as interrupted and resumes its steps', async () => {
    const { first, id } = await sendingInFirstRun();
    first.close(); // the attempt never finished: as far as the database knows, the process died

    const resumed = scriptedConnector(time, (ctx) => ({ remoteId: ctx.steps.get<string>('contact') }));
    const second = open(resumed);
    await time.flush();
    expect(resumed.calls.map((c) => [c.attempt, c.steps.contact])).toEqual([[1, 'c-77']]);
    const { dispatch, attempts } = second.forTests.engine.get(id);
    expect(dispatch).toMatchObject({ state: 'sent', attemptCount: 1, remoteId: 'c-77' });
    expect(attempts.map((a) => [a.number, a.outcome])).toEqual([
      [1, 'interrupted'],
      [1, 'sent'],
    ]);
    expect(attempts[0]!.message).toContain('stopped while this attempt was running');
  });

  it('keeps a cancel asked for mid-send when the app stops before the attempt ends', async () => {
    const { first, id } = await sendingInFirstRun();
    const asked = await first.dispatch('dispatch:cancel', { id });
    expect(asked.ok).toBe(true);
    first.close(); // the hanging attempt never reported back

    const resumed = scriptedConnector(time, () => ({ remoteId: 'never' }));
    const second = open(resumed);
    await time.flush();
    expect(resumed.calls).toHaveLength(0);
    const { dispatch, attempts } = second.forTests.engine.get(id);
    expect(dispatch.state).toBe('cancelled');
    expect(attempts.map((a) => a.outcome)).toEqual(['interrupted']);
    expect(attempts[0]!.message).toContain('cancelled, as asked');
  });

  it('gives up on a dispatch that was interrupted by five crashes in a row', async () => {
    let id = '';
    for (let run = 0; run < 6; run++) {
      const c = open(hanging());
      if (run === 0) {
        const client = seedClient(c);
        seedIntegration(c, client);
        id = c.forTests.engine.enqueueLead(seedLead(c, client))[0]!.id;
      }
      await time.flush();
      if (run < 5) c.close();
    }
    const { dispatch, attempts } = core!.forTests.engine.get(id);
    expect(dispatch.state).toBe('error');
    expect(dispatch.lastError).toContain('stopped 5 times');
    expect(attempts.filter((a) => a.outcome === 'interrupted')).toHaveLength(5);
  });
});
