import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DispatchView, SendingPause, SendingStatus } from '#contract';
import type { Core } from '../../../electron/core';
import { call, tempDir } from '../support/core-harness';
import { openDispatchCore, recordEvents, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from './fixtures/connectors';

const MIN = 60_000;

describe('pause all sending (fake time)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  let connector: ReturnType<typeof scriptedConnector>;
  let release: (() => void) | null;
  let client: string;
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
    release = null;
    connector = scriptedConnector(time, () => ({ remoteId: 'r' }));
    core = open();
    client = seedClient(core);
    seedIntegration(core, client);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  function open(): Core {
    return openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
  }

  const state = async (id: string) =>
    (await call<{ dispatch: DispatchView }>(core, 'dispatch:get', { id })).dispatch.state;

  it('starts nothing while paused, keeps the pause across a restart, and sends what waited on resume', async () => {
    const events = recordEvents(core);
    const paused = await call<SendingPause>(core, 'sending:pauseAll', {});
    expect(paused).toEqual({ paused: true, pausedAt: time.now() });
    expect(events.filter((e) => e.event === 'sending:pauseChanged').map((e) => e.payload)).toEqual([paused]);

    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(10 * MIN);
    expect(connector.calls).toHaveLength(0);
    expect(await state(d!.id)).toBe('pending');
    await expect(call<SendingStatus>(core, 'sending:status', {})).resolves.toMatchObject({
      paused: true,
      waiting: 1,
      sending: 0,
      // Paused work is not stuck work.
      overdue: 0,
    });

    core.close();
    core = open();
    await time.advance(10 * MIN);
    expect(connector.calls).toHaveLength(0);
    expect(core.forTests.engine.pause.state()).toEqual(paused);

    await expect(call<SendingPause>(core, 'sending:resumeAll', {})).resolves.toEqual({ paused: false, pausedAt: null });
    await time.flush();
    expect(connector.calls.map((c) => c.dispatchId)).toEqual([d!.id]);
    expect(await state(d!.id)).toBe('sent');
  });

  it('lets an attempt already running finish when sending is paused', async () => {
    connector = scriptedConnector(
      time,
      () => new Promise((resolve) => (release = () => resolve({ remoteId: 'late' }))),
    );
    core.close();
    core = open();
    const [a] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(await state(a!.id)).toBe('sending');
    core.forTests.engine.pause.pause();
    const [b] = core.forTests.engine.enqueueLead(seedLead(core, client));
    release!();
    await time.advance(MIN);
    expect(await state(a!.id)).toBe('sent');
    expect(await state(b!.id)).toBe('pending');
    expect(connector.calls).toHaveLength(1);
  });

  it('before quitting, drain starts nothing new and waits (bounded) for attempts in flight', async () => {
    connector = scriptedConnector(
      time,
      () => new Promise((resolve) => (release = () => resolve({ remoteId: 'late' }))),
    );
    core.close();
    core = open();
    const [a] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(core.forTests.engine.inFlight()).toBe(1);
    const drained = core.forTests.engine.drain(5_000);
    core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(1_000);
    release!();
    await time.advance(200);
    await expect(drained).resolves.toBe(0);
    expect(await state(a!.id)).toBe('sent');
    expect(connector.calls).toHaveLength(1);
    // Quitting is not the user's pause: nothing is stored.
    expect(core.forTests.engine.pause.state().paused).toBe(false);
  });

  it('drain gives up after its bound and answers how many were still running', async () => {
    connector = scriptedConnector(time, () => new Promise(() => undefined));
    core.close();
    core = open();
    core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    const drained = core.forTests.engine.drain(2_000);
    await time.advance(2_500);
    await expect(drained).resolves.toBe(1);
  });
});
