import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DispatchChange, DispatchView } from '#contract';
import type { Core } from '../../../electron/core';
import { ConnectorError } from '../../../electron/core/integrations/connector';
import { call, tempDir } from '../support/core-harness';
import {
  integrationStatus,
  openDispatchCore,
  recordEvents,
  seedClient,
  seedIntegration,
  seedLead,
} from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector, type Script } from './fixtures/connectors';

const MIN = 60_000;

describe('dispatch controls over the contract (fake time)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  let outcome: Script;
  let connector: ReturnType<typeof scriptedConnector>;
  let client: string;
  let integ: string;
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
    outcome = () => ({ remoteId: 'r' });
    connector = scriptedConnector(time, (ctx, n) => outcome(ctx, n));
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
    client = seedClient(core);
    integ = seedIntegration(core, client);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const get = (id: string) => call<{ dispatch: DispatchView }>(core, 'dispatch:get', { id }).then((r) => r.dispatch);

  it('retry now: sends a waiting retry at once', async () => {
    outcome = (_ctx, n) => {
      if (n === 1) throw new ConnectorError('transient', 'HTTP 500');
      return {};
    };
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(await get(d!.id)).toMatchObject({ state: 'retrying', nextAttemptAt: time.now() + MIN });
    const view = await call<DispatchView>(core, 'dispatch:retryNow', { id: d!.id });
    expect(view.nextAttemptAt).toBe(time.now());
    await time.flush();
    expect(await get(d!.id)).toMatchObject({ state: 'sent', attemptCount: 2 });
    expect(await core.dispatch('dispatch:retryNow', { id: d!.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('resend: a new dispatch of a sent lead, refused while one is in progress', async () => {
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    const again = await call<DispatchView>(core, 'dispatch:resend', { id: d!.id });
    expect(again).toMatchObject({ resendOf: d!.id, state: 'pending', leadId: d!.leadId, attemptCount: 0 });
    expect(again.id).not.toBe(d!.id);
    expect(await core.dispatch('dispatch:resend', { id: d!.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await time.flush();
    expect(await get(again.id)).toMatchObject({ state: 'sent' });
    expect(connector.calls.map((c) => c.dispatchId)).toEqual([d!.id, again.id]);
  });

  it('bulk resend: the latest failed dispatch of each lead, with progress events', async () => {
    const events = recordEvents(core);
    outcome = (ctx) => {
      if (ctx.lead.fullName === 'fails') throw new ConnectorError('permanent', 'HTTP 422');
      return {};
    };
    for (let i = 0; i < 450; i++) core.forTests.engine.enqueueLead(seedLead(core, client, { fullName: 'fails' }));
    for (let i = 0; i < 3; i++) core.forTests.engine.enqueueLead(seedLead(core, client));
    while (core.forTests.engine.openCount() > 0) await time.flush();
    outcome = () => ({});
    const job = await call<{ jobId: string; total: number }>(core, 'dispatch:bulkResend', { clientId: client });
    expect(job.total).toBe(450);
    for (let i = 0; i < 20; i++) await time.flush();
    const progress = events
      .filter((e) => e.event === 'dispatch:bulkProgress')
      .map((e) => e.payload as { jobId: string; done: number; finished: boolean });
    expect(progress.map((p) => [p.done, p.finished])).toEqual([
      [200, false],
      [400, false],
      [450, true],
    ]);
    const all = core.forTests.engine.list({ clientId: client, limit: 200, states: ['sent'] });
    expect(all.filter((d) => d.resendOf !== null)).toHaveLength(200); // list is capped; count below
    const sent = core.forTests.sqlite
      .prepare("SELECT count(*) AS n FROM dispatches WHERE state = 'sent' AND resend_of IS NOT NULL")
      .get() as { n: number };
    expect(sent.n).toBe(450);
    // The failed originals are superseded now: a second bulk resend finds nothing.
    expect((await call<{ total: number }>(core, 'dispatch:bulkResend', { clientId: client })).total).toBe(0);
  });

  it('cancel: a waiting dispatch at once, one in flight by aborting it', async () => {
    outcome = (ctx) =>
      new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const [sending] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(await get(sending!.id)).toMatchObject({ state: 'sending' });
    await call(core, 'dispatch:cancel', { id: sending!.id });
    await time.flush();
    expect(await get(sending!.id)).toMatchObject({ state: 'cancelled' });
    expect(core.forTests.engine.get(sending!.id).attempts.map((a) => a.outcome)).toEqual(['cancelled']);

    await call(core, 'dispatch:pauseIntegration', { integrationId: integ });
    const [waiting] = core.forTests.engine.enqueueLead(seedLead(core, client));
    expect(waiting).toMatchObject({ state: 'held', heldReason: 'paused' });
    expect(await call<DispatchView>(core, 'dispatch:cancel', { id: waiting!.id })).toMatchObject({
      state: 'cancelled',
    });
    expect(await core.dispatch('dispatch:cancel', { id: waiting!.id })).toMatchObject({ ok: false });
  });

  it('pause holds pending work and new leads; resume sends them, keeping retry times still ahead', async () => {
    outcome = (_ctx, n) => {
      if (n === 1) throw new ConnectorError('transient', 'HTTP 503');
      return {};
    };
    const [retrying] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    const paused = await call(core, 'dispatch:pauseIntegration', { integrationId: integ });
    expect(paused).toEqual({ integrationId: integ, status: 'paused', moved: 1 });
    expect(integrationStatus(core, integ).status).toBe('paused');
    const [fresh] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(10 * MIN);
    expect(connector.calls).toHaveLength(1);
    expect((await get(retrying!.id)).state).toBe('held');

    const resumedAt = time.now();
    expect(await call(core, 'dispatch:resumeIntegration', { integrationId: integ })).toEqual({
      integrationId: integ,
      status: 'active',
      moved: 2,
    });
    await time.flush();
    expect(await get(fresh!.id)).toMatchObject({ state: 'sent' });
    // Its retry was due during the pause, so it goes now rather than waiting again.
    expect(await get(retrying!.id)).toMatchObject({ state: 'sent', attemptCount: 2 });
    expect(connector.calls.every((c, i) => i === 0 || c.at === resumedAt)).toBe(true);
  });

  it('emits batched dispatch:changed events as dispatches move', async () => {
    const events = recordEvents(core);
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    const states = events
      .filter((e) => e.event === 'dispatch:changed')
      .flatMap((e) => (e.payload as { changes: DispatchChange[] }).changes)
      .filter((c) => c.id === d!.id)
      .map((c) => c.state);
    expect(states).toEqual(['pending', 'sending', 'sent']);
  });

  it('lists by lead and integration and answers not_found for unknown ids', async () => {
    const lead = seedLead(core, client);
    core.forTests.engine.enqueueLead(lead);
    await time.flush();
    const byLead = await call<DispatchView[]>(core, 'dispatch:list', { leadId: lead });
    expect(byLead.map((d) => [d.integrationId, d.state])).toEqual([[integ, 'sent']]);
    expect(await core.dispatch('dispatch:list', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('dispatch:get', { id: crypto.randomUUID() })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await core.dispatch('dispatch:pauseIntegration', { integrationId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('enqueueing a lead twice creates nothing new; an explicit test send goes past filters and a draft', async () => {
    const lead = seedLead(core, client, { score: 10 });
    expect(core.forTests.engine.enqueueLead(lead)).toHaveLength(1);
    expect(core.forTests.engine.enqueueLead(lead)).toHaveLength(0);
    const draft = seedIntegration(core, client, {
      status: 'draft',
      filters: { conditions: [{ op: 'score_gte', value: 90 }] },
    });
    const test = core.forTests.engine.enqueue(seedLead(core, client, { score: 10, isTest: true }), draft, {
      isTest: true,
    });
    expect(test).toMatchObject({ state: 'pending', isTest: true });
    await time.flush();
    expect(core.forTests.engine.get(test.id).dispatch.state).toBe('sent');
    expect(() => core.forTests.engine.enqueue(lead, draft)).toThrow(/Activate the integration/);
  });
});
