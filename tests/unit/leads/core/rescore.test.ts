import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DispatchView, LeadDetail, RescorePreview, RescoreView, ScoringProfileView } from '#contract';
import type { Core } from '../../../../electron/core';
import { call, tempDir } from '../../support/core-harness';
import { openDispatchCore, recordEvents, seedClient, seedIntegration, seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { scriptedConnector } from '../../dispatch/fixtures/connectors';
import { openLeadsCore, type LeadsCore } from './support';

/** Scores with the recommended profile (threshold 40): 80, 45, 40 and 25. */
const ANA = {
  fullName: 'Ana Ribeiro',
  email: 'ana@acme.com.br',
  phone: '+55 11 91234-5678',
  company: 'Acme Ltda',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretora Comercial',
};
const CARLA = { fullName: 'Carla Souza', email: 'carla@souza.com.br', phone: '+55 31 99876-5432', company: 'Souza ME' };
const DIEGO = {
  fullName: 'Diego Alves',
  email: 'diego.alves@hotmail.com',
  phone: '+55 41 99123-4567',
  company: 'Alves Comércio',
  jobTitle: 'Gerente de vendas',
};
const BRUNO = { fullName: 'Bruno Lima', email: 'bruno.lima@gmail.com', phone: '+55 21 98765-4321', company: 'Lima' };
/** 60 points, but an invalid CNPJ keeps it from qualifying while that gate is on. */
const CAIO = {
  fullName: 'Caio Prado',
  email: 'caio@prado.com.br',
  phone: '(11) 98765-4321',
  company: 'Prado Ltda',
  jobTitle: 'Diretor',
  cnpj: '11.222.333/0001-82',
};

const draftOf = ({ name, rules, ranges, qualifyAt, disqualify }: ScoringProfileView) => ({
  name,
  rules,
  ranges,
  qualifyAt,
  disqualify,
});

describe('re-scoring existing leads after the profile changes', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
  });
  afterEach(async () => {
    await core.forTests.stop();
    env.close();
  });

  async function create(lead: object): Promise<string> {
    const created = await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead });
    return created.lead.id;
  }

  async function editProfile(change: (p: ReturnType<typeof draftOf>) => ReturnType<typeof draftOf>): Promise<void> {
    const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
    await call(core, 'scoring:save', { clientId: client, id: active.id, profile: change(draftOf(active)) });
  }

  const threshold = (qualifyAt: number) => editProfile((p) => ({ ...p, qualifyAt }));

  async function rescore(scope: 'unsent' | 'all', queued: 'cancel' | 'keep'): Promise<RescoreView> {
    const started = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId: client, scope, queued });
    expect(started.state).toBe('running');
    await core.forTests.rescore.settled(started.id);
    return call<RescoreView>(core, 'scoring:rescoreGet', { id: started.id });
  }

  async function qualifiedCount(): Promise<number> {
    const page = await call<{ total: number }>(core, 'leads:list', { clientId: client, qualified: true, limit: 1 });
    return page.total;
  }

  const lead = (id: string) => call<LeadDetail>(core, 'leads:get', { id });
  const dispatchesOf = (leadId: string) => call<DispatchView[]>(core, 'dispatch:list', { leadId });
  const states = async (leadId: string) => (await dispatchesOf(leadId)).map((d) => d.state);

  it('raising the threshold un-qualifies leads and cancels their queued dispatches', async () => {
    // Paused: qualified leads wait as held dispatches, still to be sent.
    seedIntegration(core, client, { status: 'paused' });
    const [ana, carla, diego, bruno] = [
      await create(ANA),
      await create(CARLA),
      await create(DIEGO),
      await create(BRUNO),
    ];
    expect(await qualifiedCount()).toBe(3);

    await threshold(65);
    // Saving alone changes nothing stored: the list still says what intake decided.
    expect(await qualifiedCount()).toBe(3);
    const preview = await call<RescorePreview>(core, 'scoring:rescorePreview', { clientId: client });
    expect(preview.unsent).toEqual({
      leads: 4,
      changed: 2,
      newlyQualified: 0,
      noLongerQualified: 2,
      queuedOfNoLonger: 2,
    });
    expect(preview.all).toEqual(preview.unsent);

    const events = recordEvents(core);
    const done = await rescore('unsent', 'cancel');
    expect(done).toMatchObject({
      state: 'done',
      profileName: 'Default',
      total: 4,
      rescored: 4,
      changed: 2,
      newlyQualified: 0,
      noLongerQualified: 2,
      dispatchesCancelled: 2,
      dispatchesKept: 0,
      dispatchesQueued: 0,
    });
    expect(await qualifiedCount()).toBe(1);
    expect(await lead(carla)).toMatchObject({ score: 45, qualified: false });
    expect(await states(carla)).toEqual(['cancelled']);
    expect(await states(diego)).toEqual(['cancelled']);
    expect(await states(ana)).toEqual(['held']);
    expect(await states(bruno)).toEqual([]);
    // The Leads list follows, and the renderer hears how the run went.
    expect(events.some((e) => e.event === 'leads:changed')).toBe(true);
    const progress = events.filter((e) => e.event === 'scoring:rescoreProgress').map((e) => e.payload as RescoreView);
    expect(progress.at(-1)).toMatchObject({ id: done.id, state: 'done', rescored: 4 });
    expect(await call(core, 'scoring:rescoreLatest', { clientId: client })).toEqual(done);

    // Back to 40: the two are qualified again and exactly their cancelled dispatches are queued again.
    await threshold(40);
    const again = await rescore('unsent', 'cancel');
    expect(again).toMatchObject({ newlyQualified: 2, noLongerQualified: 0, dispatchesQueued: 2 });
    const carlaNow = await dispatchesOf(carla);
    expect(carlaNow.map((d) => d.state)).toEqual(['held', 'cancelled']);
    expect(carlaNow[0]?.resendOf).toBe(carlaNow[1]?.id);
    expect(await qualifiedCount()).toBe(3);
    // The Logs' search finds the dispatches queued again, as it finds an import's.
    const found = await call<{ rows: Array<{ id: string }> }>(core, 'logs:list', { search: 'carla@souza' });
    expect(found.rows.map((r) => r.id).sort()).toEqual(carlaNow.map((d) => d.id).sort());
  });

  it('keeps the queued dispatches of leads that no longer qualify when asked to', async () => {
    seedIntegration(core, client, { status: 'paused' });
    const carla = await create(CARLA);
    await create(DIEGO);
    await threshold(65);
    const done = await rescore('unsent', 'keep');
    expect(done).toMatchObject({ noLongerQualified: 2, dispatchesCancelled: 0, dispatchesKept: 2 });
    expect(await lead(carla)).toMatchObject({ qualified: false });
    // Still queued: they go out when the integration resumes, as the user chose.
    expect(await states(carla)).toEqual(['held']);
  });

  it('a dispatch the user cancelled by hand is never queued again', async () => {
    seedIntegration(core, client, { status: 'paused' });
    const carla = await create(CARLA);
    const [queued] = await dispatchesOf(carla);
    await call(core, 'dispatch:cancel', { id: queued?.id });
    await threshold(65);
    expect(await rescore('unsent', 'cancel')).toMatchObject({ noLongerQualified: 1, dispatchesCancelled: 0 });
    await threshold(40);
    expect(await rescore('unsent', 'cancel')).toMatchObject({ newlyQualified: 1, dispatchesQueued: 0 });
    expect(await states(carla)).toEqual(['cancelled']);
  });

  it('lowering the threshold qualifies leads and queues them, through each integration’s filter', async () => {
    const plain = seedIntegration(core, client, { status: 'paused', name: 'All leads' });
    const picky = seedIntegration(core, client, {
      status: 'paused',
      name: 'Warm only',
      filters: { match: 'all', conditions: [{ op: 'score_gte', value: 30 }] },
    });
    const bruno = await create(BRUNO);
    expect(await states(bruno)).toEqual([]);
    await threshold(20);
    const preview = await call<RescorePreview>(core, 'scoring:rescorePreview', { clientId: client });
    expect(preview.unsent).toMatchObject({ leads: 1, changed: 1, newlyQualified: 1 });

    const done = await rescore('unsent', 'cancel');
    expect(done).toMatchObject({ newlyQualified: 1, dispatchesQueued: 1, dispatchesSkipped: 1 });
    expect(await lead(bruno)).toMatchObject({ score: 25, qualified: true });
    const byIntegration = new Map((await dispatchesOf(bruno)).map((d) => [d.integrationId, d]));
    expect(byIntegration.get(plain)).toMatchObject({ state: 'held' });
    expect(byIntegration.get(picky)).toMatchObject({ state: 'skipped' });
  });

  it('leaves leads already sent as they are, and never sends a lead twice', async () => {
    const integration = seedIntegration(core, client, { status: 'active' });
    const carla = await create(CARLA);
    await core.forTests.engine.settled();
    expect(await states(carla)).toEqual(['sent']);
    await call(core, 'dispatch:pauseIntegration', { integrationId: integration });
    // Sent again by hand from the Logs: that one waits while the integration is paused.
    const [sent] = await dispatchesOf(carla);
    await call(core, 'dispatch:resend', { id: sent?.id });
    expect(await states(carla)).toEqual(['held', 'sent']);
    const diego = await create(DIEGO);
    expect(await states(diego)).toEqual(['held']);

    await threshold(65);
    const preview = await call<RescorePreview>(core, 'scoring:rescorePreview', { clientId: client });
    expect(preview.unsent).toMatchObject({ leads: 1, noLongerQualified: 1, queuedOfNoLonger: 1 });
    expect(preview.all).toMatchObject({ leads: 2, noLongerQualified: 2, queuedOfNoLonger: 2 });

    const unsent = await rescore('unsent', 'cancel');
    expect(unsent).toMatchObject({ total: 1, rescored: 1, noLongerQualified: 1, dispatchesCancelled: 1 });
    expect(await lead(carla)).toMatchObject({ score: 45, qualified: true });
    expect(await states(carla)).toEqual(['held', 'sent']);

    // "All leads" re-scores the sent one too: its sent dispatch is history, its queued one is cancelled.
    const all = await rescore('all', 'cancel');
    expect(all).toMatchObject({ total: 2, rescored: 2, noLongerQualified: 1, dispatchesCancelled: 1 });
    expect(await lead(carla)).toMatchObject({ qualified: false });
    expect(await states(carla)).toEqual(['cancelled', 'sent']);
    // Qualified again, Diego's cancelled dispatch is queued again; Carla, already sent, is not sent again.
    await threshold(40);
    const back = await rescore('all', 'cancel');
    expect(back).toMatchObject({ newlyQualified: 2, dispatchesQueued: 1 });
    expect(await states(carla)).toEqual(['cancelled', 'sent']);
    expect(await states(diego)).toEqual(['held', 'cancelled']);
  });

  it('qualifies leads a gate blocked once the agency turns that gate off', async () => {
    seedIntegration(core, client, { status: 'paused' });
    const caio = await create(CAIO);
    expect(await lead(caio)).toMatchObject({ score: 60, qualified: false, blockedBy: ['invalidCnpj'] });
    await editProfile((p) => ({ ...p, disqualify: { ...p.disqualify, invalidCnpj: false } }));
    const done = await rescore('unsent', 'cancel');
    expect(done).toMatchObject({ changed: 1, newlyQualified: 1, dispatchesQueued: 1 });
    expect(await lead(caio)).toMatchObject({ score: 60, qualified: true, blockedBy: [] });
    expect(await states(caio)).toEqual(['held']);
  });

  it('scores from the validation stored with the lead, as intake made it, without validating again', async () => {
    const carla = await create(CARLA);
    // Were the lead validated again, this address would count as a free e-mail (5 points, not 25).
    core.forTests.sqlite.prepare("UPDATE leads SET email = 'carla@gmail.com' WHERE id = ?").run(carla);
    await editProfile((p) => ({
      ...p,
      rules: p.rules.map((r) => (r.kind === 'validPhone' ? { ...r, points: 11 } : r)),
    }));
    const done = await rescore('all', 'cancel');
    expect(done).toMatchObject({ rescored: 1, changed: 1 });
    expect(await lead(carla)).toMatchObject({ score: 46, emailKind: 'corporate' });
  });

  it('validates a lead stored without its validation, instead of skipping it', async () => {
    const id = seedLead(core, client, {
      fullName: 'Eva Castro',
      email: 'eva@castro.com.br',
      phone: '+55 11 99876-1234',
      company: 'Castro Ltda',
      score: 0,
      qualified: false,
    });
    const done = await rescore('all', 'cancel');
    expect(done).toMatchObject({ rescored: 1, changed: 1, newlyQualified: 1 });
    const stored = core.forTests.sqlite
      .prepare<[string], { email_kind: string; validation: string | null }>(
        'SELECT email_kind, validation FROM leads WHERE id = ?',
      )
      .get(id);
    expect(stored?.email_kind).toBe('corporate');
    expect(stored?.validation).not.toBeNull();
    expect(await lead(id)).toMatchObject({ score: 45, qualified: true });
  });

  it('runs one re-score per client at a time', async () => {
    await create(CARLA);
    const first = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId: client });
    expect(first).toMatchObject({ scope: 'unsent', queued: 'cancel' });
    const second = await core.dispatch('scoring:rescoreStart', { clientId: client });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'rescore_running' } } });
    await core.forTests.rescore.settled(first.id);
  });
});

describe('re-scoring a lead while it is being sent', () => {
  it('stops the attempt when the lead no longer qualifies and the user chose to cancel', async () => {
    const tmp = tempDir();
    const time = new FakeTime();
    // The CRM never answers: the attempt runs until it is aborted.
    const hanging = scriptedConnector(
      time,
      (ctx) =>
        new Promise((_resolve, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [hanging] });
    try {
      const client = seedClient(core);
      seedIntegration(core, client, { status: 'active' });
      const created = await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead: CARLA });
      await time.flush();
      const [sending] = await call<DispatchView[]>(core, 'dispatch:list', { leadId: created.lead.id });
      expect(sending?.state).toBe('sending');

      const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
      await call(core, 'scoring:save', {
        clientId: client,
        id: active.id,
        profile: { ...draftOf(active), qualifyAt: 65 },
      });
      const started = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId: client });
      await core.forTests.rescore.settled(started.id);
      expect(await call(core, 'scoring:rescoreGet', { id: started.id })).toMatchObject({ dispatchesCancelled: 1 });
      await time.flush();
      const [after] = await call<DispatchView[]>(core, 'dispatch:list', { leadId: created.lead.id });
      expect(after).toMatchObject({ id: sending?.id, state: 'cancelled' });
      expect(hanging.calls).toHaveLength(1);
    } finally {
      await core.forTests.stop();
      core.close();
      tmp.cleanup();
    }
  });
});

describe('a long re-score', () => {
  const LEADS = 1_200;
  let env: LeadsCore;
  let core: Core;
  let client: string;

  beforeEach(async () => {
    env = openLeadsCore();
    ({ core, client } = env);
    const inputs = Array.from({ length: LEADS }, (_, i) => ({
      ...CARLA,
      email: `carla${i}@souza.com.br`,
      utm: {},
      custom: {},
    }));
    await core.forTests.ingest.ingest(client, inputs, { origin: 'manual', duplicates: 'keep' });
    const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
    await call(core, 'scoring:save', {
      clientId: client,
      id: active.id,
      profile: { ...draftOf(active), qualifyAt: 65 },
    });
  });
  afterEach(async () => {
    await core.forTests.stop();
    env.close();
  });

  const qualified = (c: Core) =>
    c.forTests.sqlite
      .prepare<[string], { n: number }>('SELECT count(*) AS n FROM leads WHERE client_id = ? AND qualified = 1')
      .get(client)?.n;

  /** Calls `then` once, on the run's first progress event, and answers how far it had got. */
  function onFirstProgress(then: () => void): () => number {
    let first = 0;
    core.events.subscribe((event, payload) => {
      if (event !== 'scoring:rescoreProgress' || first > 0) return;
      first = (payload as RescoreView).rescored;
      then();
    });
    return () => first;
  }

  it('reports its progress batch by batch, yielding between batches', async () => {
    const events = recordEvents(core);
    const started = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId: client, scope: 'all' });
    expect(started).toMatchObject({ total: LEADS, rescored: 0 });
    // Nothing is scored before the next turn of the event loop: the call answers at once.
    expect(qualified(core)).toBe(LEADS);
    await core.forTests.rescore.settled(started.id);
    const progress = events.filter((e) => e.event === 'scoring:rescoreProgress').map((e) => e.payload as RescoreView);
    const running = progress.filter((p) => p.state === 'running').map((p) => p.rescored);
    // Batches are sized to hold the event loop for a few milliseconds: never the whole client at once.
    expect(running.length).toBeGreaterThan(1);
    expect(running[0]).toBeLessThan(LEADS);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(running.at(-1)).toBe(LEADS);
    expect(progress.at(-1)).toMatchObject({ state: 'done', rescored: LEADS, noLongerQualified: LEADS });
    expect(progress.every((p) => p.total === LEADS)).toBe(true);
    expect(qualified(core)).toBe(0);
  });

  it('can be cancelled mid-way; what was done stays done', async () => {
    const started = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId: client, scope: 'all' });
    const reached = onFirstProgress(() => void core.dispatch('scoring:rescoreCancel', { id: started.id }));
    await core.forTests.rescore.settled(started.id);
    const view = await call<RescoreView>(core, 'scoring:rescoreGet', { id: started.id });
    expect(reached()).toBeGreaterThan(0);
    expect(reached()).toBeLessThan(LEADS);
    expect(view).toMatchObject({ state: 'cancelled', rescored: reached(), noLongerQualified: reached() });
    expect(qualified(core)).toBe(LEADS - reached());
  });

  it('is reported interrupted after the app stopped during it', async () => {
    const started = await call<RescoreView>(core, 'scoring:rescoreStart', { clientId: client, scope: 'all' });
    const reached = onFirstProgress(() => core.close());
    await core.forTests.rescore.settled(started.id);
    const done = reached();
    expect(done).toBeLessThan(LEADS);
    const reopened = openDispatchCore(env.dataDir, {
      clock: env.time,
      timers: env.time,
      connectors: [scriptedConnector(env.time, () => ({ remoteId: 'r' }))],
    });
    try {
      const view = await call<RescoreView>(reopened, 'scoring:rescoreGet', { id: started.id });
      expect(view).toMatchObject({ state: 'interrupted', rescored: done, noLongerQualified: done });
      expect(qualified(reopened)).toBe(LEADS - done);
      // The client can simply run it again; it finishes the rest.
      const rerun = await call<RescoreView>(reopened, 'scoring:rescoreStart', { clientId: client, scope: 'all' });
      await reopened.forTests.rescore.settled(rerun.id);
      expect(await call(reopened, 'scoring:rescoreGet', { id: rerun.id })).toMatchObject({
        state: 'done',
        rescored: LEADS,
        changed: LEADS - done,
      });
    } finally {
      await reopened.forTests.stop();
      reopened.close();
    }
  });
});
