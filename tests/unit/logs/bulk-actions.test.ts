import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkSummary, LogsBulkPreview } from '#contract';
import type { Core } from '../../../electron/core';
import { createLogsBulk } from '../../../electron/core/logs/bulk';
import { maxAttemptsFor } from '../../../electron/core/logs/handlers';
import { createLogQueries } from '../../../electron/core/logs/queries';
import { call, tempDir } from '../support/core-harness';
import { openDispatchCore, recordEvents, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from '../dispatch/fixtures/connectors';

interface Progress {
  jobId: string;
  action?: string;
  done: number;
  total: number;
  finished: boolean;
  summary?: BulkSummary;
}

describe('Logs bulk actions: every dispatch the filters match', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  let connector: ReturnType<typeof scriptedConnector>;
  let events: ReturnType<typeof recordEvents>;
  let acme: string;
  let beta: string;
  let acmeHook: string;
  let acmeOther: string;
  let betaHook: string;

  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
    connector = scriptedConnector(time, () => ({ remoteId: 'r' }));
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
    events = recordEvents(core);
    acme = seedClient(core, 'Acme');
    beta = seedClient(core, 'Beta');
    acmeHook = seedIntegration(core, acme, { name: 'Acme hook' });
    acmeOther = seedIntegration(core, acme, { name: 'Acme other' });
    betaHook = seedIntegration(core, beta, { name: 'Beta hook' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  /** Dispatches written straight into the outbox in a given state (the engine would take long to fail thousands). */
  function insert(
    clientId: string,
    integrationId: string,
    state: string,
    o: { n?: number; heldReason?: string; name?: string; createdAt?: number; leadId?: string } = {},
  ): string[] {
    const ids: string[] = [];
    const stmt = core.forTests.sqlite.prepare(
      `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, next_attempt_at,
         held_reason, last_error, is_test, created_at, updated_at, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
    );
    core.forTests.sqlite.transaction(() => {
      for (let i = 0; i < (o.n ?? 1); i++) {
        const leadId = o.leadId ?? seedLead(core, clientId, { fullName: o.name ?? 'Maria Silva' });
        const id = randomUUID();
        const created = o.createdAt ?? time.now() - 60_000;
        const open = ['pending', 'retrying'].includes(state);
        const finished = ['sent', 'error', 'cancelled', 'skipped'].includes(state);
        stmt.run(
          id,
          clientId,
          leadId,
          integrationId,
          state,
          state === 'pending' ? 0 : 1,
          open ? time.now() + 3_600_000 : null,
          o.heldReason ?? null,
          state === 'error' ? 'HTTP 422' : null,
          created,
          created,
          finished ? created : null,
        );
        ids.push(id);
      }
    })();
    return ids;
  }

  const state = (id: string) =>
    core.forTests.sqlite.prepare<[string], { state: string }>('SELECT state FROM dispatches WHERE id = ?').get(id)!
      .state;
  const resendsOf = (ids: string[]) =>
    core.forTests.sqlite
      .prepare<[string], { resend_of: string; state: string }>(
        'SELECT resend_of, state FROM dispatches WHERE resend_of IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(ids));
  const progressOf = (jobId: string): Progress[] =>
    events
      .filter((e) => e.event === 'dispatch:bulkProgress')
      .map((e) => e.payload as Progress)
      .filter((p) => p.jobId === jobId);
  async function finish(jobId: string): Promise<Progress[]> {
    for (let i = 0; i < 500 && !progressOf(jobId).some((p) => p.finished); i++) await time.flush(1);
    return progressOf(jobId);
  }
  const summaryOf = async (jobId: string): Promise<BulkSummary> => (await finish(jobId)).at(-1)!.summary!;

  it('preview: counts what each action would do, honouring client, integration, state and search', async () => {
    insert(acme, acmeHook, 'error', { n: 5 });
    insert(acme, acmeHook, 'sent', { n: 3 });
    insert(acme, acmeHook, 'retrying', { n: 2 });
    insert(acme, acmeHook, 'held', { n: 1, heldReason: 'paused' });
    insert(acme, acmeOther, 'error', { n: 4 });
    insert(beta, betaHook, 'error', { n: 7 });
    insert(acme, acmeHook, 'error', { n: 2, name: 'Zeca Findme' });

    const all = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme, integrationId: acmeHook });
    expect(all.total).toBe(13);
    expect(all.asOf).toBe(time.now());
    expect(all.actions.resend).toEqual({
      eligible: 7,
      stopping: 0,
      skipped: [
        { reason: 'already_sent', count: 3 },
        { reason: 'still_open', count: 3 },
      ],
    });
    expect(all.actions.retryNow).toEqual({
      eligible: 2,
      stopping: 0,
      skipped: [
        { reason: 'already_sent', count: 3 },
        { reason: 'failed', count: 7 },
        { reason: 'paused', count: 1 },
      ],
    });
    expect(all.actions.cancel.eligible).toBe(3);

    const errors = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme, states: ['error'] });
    expect(errors.total).toBe(11);
    const searched = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme, search: 'findme' });
    expect(searched.total).toBe(2);
    // Too short for the search index: the names are read instead.
    const short = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme, search: 'Ze' });
    expect(short.total).toBe(2);
    expect((await call<LogsBulkPreview>(core, 'logs:bulkPreview', {})).total).toBe(24);
  });

  it('resend: only the dispatches the filter matches, failed ones resent and sent, the rest skipped with reasons', async () => {
    const failed = insert(acme, acmeHook, 'error', { n: 6 });
    const sent = insert(acme, acmeHook, 'sent', { n: 2 });
    const cancelled = insert(acme, acmeHook, 'cancelled', { n: 1 });
    const otherIntegration = insert(acme, acmeOther, 'error', { n: 3 });
    const otherClient = insert(beta, betaHook, 'error', { n: 3 });
    // A failed dispatch already resent (the newer one failed too): sending it again would send the lead twice.
    const [older] = insert(acme, acmeHook, 'error', { createdAt: time.now() - 120_000 });
    const leadOfOlder = core.forTests.engine.get(older!).dispatch.leadId;
    const [newer] = insert(acme, acmeHook, 'error', { leadId: leadOfOlder });

    const preview = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme, integrationId: acmeHook });
    expect(preview.actions.resend).toEqual({
      eligible: 7,
      stopping: 0,
      skipped: [
        { reason: 'already_sent', count: 2 },
        { reason: 'already_cancelled', count: 1 },
        { reason: 'already_resent', count: 1 },
      ],
    });
    const job = await call<{ jobId: string; total: number }>(core, 'logs:bulkAction', {
      clientId: acme,
      integrationId: acmeHook,
      action: 'resend',
      asOf: preview.asOf,
    });
    expect(job.total).toBe(11);
    const summary = await summaryOf(job.jobId);
    expect(summary).toEqual({
      action: 'resend',
      total: 11,
      applied: 7,
      stopping: 0,
      held: 0,
      skipped: [
        { reason: 'already_sent', count: 2 },
        { reason: 'already_cancelled', count: 1 },
        { reason: 'already_resent', count: 1 },
      ],
      unfinished: 0,
    });
    while (core.forTests.engine.openCount() > 0) await time.flush();
    const resent = resendsOf([...failed, newer!]);
    expect(resent).toHaveLength(7);
    expect(resent.every((r) => r.state === 'sent')).toBe(true);
    expect(resendsOf([...sent, ...cancelled, older!, ...otherIntegration, ...otherClient])).toEqual([]);
    expect(connector.calls).toHaveLength(7);
    // The originals stay as they were: their history is the record of what failed.
    expect(failed.map(state)).toEqual(failed.map(() => 'error'));
  });

  it('resend to a paused integration: queued again but held, and counted so', async () => {
    const failed = insert(acme, acmeHook, 'error', { n: 3 });
    await call(core, 'dispatch:pauseIntegration', { integrationId: acmeHook });
    const job = await call<{ jobId: string }>(core, 'logs:bulkAction', { clientId: acme, action: 'resend' });
    expect(await summaryOf(job.jobId)).toMatchObject({ applied: 3, held: 3, skipped: [] });
    expect(resendsOf(failed).map((r) => r.state)).toEqual(['held', 'held', 'held']);
  });

  it('cancel: what is still open is cancelled, one being sent is stopped, finished ones are skipped', async () => {
    connector = scriptedConnector(
      time,
      (ctx) => new Promise((_r, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    core.close();
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
    events = recordEvents(core);
    // One lead, sent to both of Acme's integrations.
    const sending = core.forTests.engine.enqueueLead(seedLead(core, acme)).map((d) => d.id);
    await time.flush();
    expect(sending.map(state)).toEqual(['sending', 'sending']);
    const waiting = insert(acme, acmeOther, 'retrying', { n: 4 });
    const held = insert(acme, acmeOther, 'held', { n: 2, heldReason: 'paused' });
    const done = insert(acme, acmeOther, 'sent', { n: 2 });
    const failed = insert(acme, acmeOther, 'error', { n: 1 });
    const elsewhere = insert(beta, betaHook, 'retrying', { n: 2 });

    const preview = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme });
    expect(preview.actions.cancel).toEqual({
      eligible: 6,
      stopping: 2,
      skipped: [
        { reason: 'already_sent', count: 2 },
        { reason: 'failed', count: 1 },
      ],
    });
    const job = await call<{ jobId: string; total: number }>(core, 'logs:bulkAction', {
      clientId: acme,
      action: 'cancel',
      asOf: preview.asOf,
    });
    expect(job.total).toBe(11);
    expect(await summaryOf(job.jobId)).toMatchObject({
      applied: 6,
      stopping: 2,
      skipped: [
        { reason: 'already_sent', count: 2 },
        { reason: 'failed', count: 1 },
      ],
    });
    await time.flush();
    expect([...waiting, ...held, ...sending].map(state)).toEqual(Array(8).fill('cancelled'));
    expect([...done, ...failed, ...elsewhere].map(state)).toEqual(['sent', 'sent', 'error', 'retrying', 'retrying']);
  });

  it('retry now: waiting retries become due and are sent; held by a pause are skipped', async () => {
    const waiting = insert(acme, acmeHook, 'retrying', { n: 3 });
    const paused = insert(acme, acmeOther, 'held', { n: 1, heldReason: 'paused' });
    const job = await call<{ jobId: string }>(core, 'logs:bulkAction', { clientId: acme, action: 'retryNow' });
    expect(await summaryOf(job.jobId)).toMatchObject({
      applied: 3,
      skipped: [{ reason: 'paused', count: 1 }],
    });
    await time.flush();
    expect(waiting.map(state)).toEqual(['sent', 'sent', 'sent']);
    expect(paused.map(state)).toEqual(['held']);
  });

  it('a dispatch created after the preview is not part of the selection', async () => {
    insert(acme, acmeHook, 'error', { n: 2 });
    const preview = await call<LogsBulkPreview>(core, 'logs:bulkPreview', { clientId: acme, states: ['error'] });
    await time.advance(1000);
    const late = insert(acme, acmeHook, 'error', { createdAt: time.now() });
    const job = await call<{ jobId: string; total: number }>(core, 'logs:bulkAction', {
      clientId: acme,
      states: ['error'],
      action: 'resend',
      asOf: preview.asOf,
    });
    expect(job.total).toBe(2);
    expect((await summaryOf(job.jobId)).applied).toBe(2);
    expect(resendsOf(late)).toEqual([]);
  });

  it('2,000 failed dispatches: resent in batches, with progress after each', async () => {
    const failed = insert(acme, acmeHook, 'error', { n: 2000 });
    const job = await call<{ jobId: string; total: number }>(core, 'logs:bulkAction', {
      clientId: acme,
      states: ['error'],
      action: 'resend',
    });
    expect(job.total).toBe(2000);
    const progress = await finish(job.jobId);
    expect(progress.length).toBeGreaterThan(1);
    const done = progress.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(2000);
    expect(progress.filter((p) => p.finished)).toHaveLength(1);
    expect(progress.every((p) => p.total === 2000 && p.action === 'resend')).toBe(true);
    expect(progress.at(-1)!.summary).toMatchObject({ total: 2000, applied: 2000, skipped: [] });
    expect(resendsOf(failed)).toHaveLength(2000);
  });

  it('batches stay within the most a batch may hold, and the selection is acted on oldest first', async () => {
    const failed = insert(acme, acmeHook, 'error', { n: 1 });
    for (let i = 0; i < 30; i++) failed.push(...insert(acme, acmeHook, 'error', { createdAt: time.now() - 1000 + i }));
    const batches: string[][] = [];
    const bulk = createLogsBulk({
      queries: createLogQueries(core.forTests.sqlite, maxAttemptsFor),
      dispatch: {
        applyBulk: (action, ids) => {
          batches.push([...ids]);
          return core.forTests.engine.applyBulk(action, ids);
        },
      },
      events: core.events,
      clock: time,
      log: { info: () => {}, warn: () => {}, error: () => {}, redactValue: (v: unknown) => v } as never,
      batchRows: 7,
    });
    const { jobId, total } = bulk.start({ clientId: acme, action: 'resend', includeTests: true });
    expect(total).toBe(31);
    await bulk.idle();
    expect(batches.length).toBeGreaterThanOrEqual(5);
    expect(batches.every((b) => b.length <= 7)).toBe(true);
    // The first inserted is the oldest (a minute ago); the rest follow in creation order.
    expect(batches.flat()).toEqual([failed[0], ...failed.slice(1)]);
    expect(progressOf(jobId).map((p) => p.done)).toEqual(batches.map((_, i) => batches.slice(0, i + 1).flat().length));
  });

  it('bad input is refused before anything changes', async () => {
    insert(acme, acmeHook, 'error', { n: 2 });
    const bad = [
      { clientId: acme, action: 'delete' },
      { clientId: 'not-a-uuid', action: 'resend' },
      { clientId: acme, action: 'resend', from: 10, to: 5 },
      { clientId: acme, action: 'resend', states: ['nope'] },
    ];
    for (const input of bad) {
      expect(await core.dispatch('logs:bulkAction', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    await time.flush();
    expect(events.some((e) => e.event === 'dispatch:bulkProgress')).toBe(false);
  });
});
