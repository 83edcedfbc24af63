import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchFilterSchema, filterConditionSchema, type DispatchFilter, type FilterCondition } from '#contract';
import type { Core } from '../../../electron/core';
import { evaluateFilter } from '../../../electron/core/dispatch/filters/evaluate';
import type { DispatchLead } from '../../../electron/core/integrations/connector';
import { call, tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from './fixtures/connectors';

const lead: DispatchLead = {
  id: 'l1',
  clientId: 'c1',
  fullName: 'João Souza',
  email: 'joao@construtora-alfa.com.br',
  phone: '(11) 98765-4321',
  phoneE164: '+5511987654321',
  company: 'Construtora Alfa Ltda',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretor de Marketing',
  city: 'São Paulo',
  state: 'São Paulo',
  source: 'Landing page',
  utm: { source: 'google', campaign: 'black-friday' },
  custom: { segmento: 'Construção' },
  score: 72,
  scoreRange: 'high',
  qualified: true,
  receivedAt: 1,
  isTest: false,
};

const subject = (l: Partial<DispatchLead> = {}, validation: unknown = null) => ({
  lead: { ...lead, ...l },
  validation,
});
const one = (c: FilterCondition, l: Partial<DispatchLead> = {}) =>
  evaluateFilter({ match: 'all', conditions: [c] }, subject(l)).passed;

describe('dispatch filters', () => {
  it.each<[string, FilterCondition, boolean, Partial<DispatchLead>?]>([
    ['score ≥ (pass)', { op: 'score_gte', value: 72 }, true],
    ['score ≥ (fail)', { op: 'score_gte', value: 73 }, false],
    ['score ≥ with no score', { op: 'score_gte', value: 0 }, false, { score: null }],
    ['score ≤ (pass)', { op: 'score_lte', value: 72 }, true],
    ['score ≤ (fail)', { op: 'score_lte', value: 71 }, false],
    ['score between (pass)', { op: 'score_between', min: 70, max: 80 }, true],
    ['score between (fail)', { op: 'score_between', min: 73, max: 80 }, false],
    ['score range in (pass, any case)', { op: 'score_range_in', values: ['medium', 'HIGH'] }, true],
    ['score range in (fail)', { op: 'score_range_in', values: ['low'] }, false],
    ['qualified (pass)', { op: 'qualified', value: true }, true],
    ['qualified (fail)', { op: 'qualified', value: true }, false, { qualified: false }],
    ['not qualified', { op: 'qualified', value: false }, true, { qualified: false }],
    ['equals ignores case and accents', { op: 'field_equals', field: 'city', value: ' sao paulo ' }, true],
    ['equals (fail)', { op: 'field_equals', field: 'city', value: 'Campinas' }, false],
    ['equals on a UTM field', { op: 'field_equals', field: 'utm.source', value: 'Google' }, true],
    ['contains', { op: 'field_contains', field: 'jobTitle', value: 'marketing' }, true],
    ['contains (fail)', { op: 'field_contains', field: 'jobTitle', value: 'vendas' }, false],
    ['contains on a missing field', { op: 'field_contains', field: 'custom.none', value: 'x' }, false],
    ['in', { op: 'field_in', field: 'custom.segmento', values: ['Varejo', 'construcao'] }, true],
    ['in (fail)', { op: 'field_in', field: 'custom.segmento', values: ['Varejo'] }, false],
    ['exists', { op: 'field_exists', field: 'company' }, true],
    ['exists (blank is missing)', { op: 'field_exists', field: 'company' }, false, { company: '  ' }],
    ['missing', { op: 'field_missing', field: 'utm.term' }, true],
    ['missing (fail)', { op: 'field_missing', field: 'phone' }, false],
    ['corporate e-mail', { op: 'email_kind', kinds: ['corporate'] }, true],
    ['free e-mail', { op: 'email_kind', kinds: ['free'] }, true, { email: 'joao@gmail.com' }],
    ['disposable e-mail', { op: 'email_kind', kinds: ['disposable'] }, true, { email: 'x@mailinator.com' }],
    ['corporate refuses free', { op: 'email_kind', kinds: ['corporate'] }, false, { email: 'joao@hotmail.com' }],
    ['valid CNPJ', { op: 'cnpj_valid', value: true }, true],
    ['invalid CNPJ', { op: 'cnpj_valid', value: true }, false, { cnpj: '11.222.333/0001-82' }],
    ['no CNPJ is not valid', { op: 'cnpj_valid', value: true }, false, { cnpj: null }],
    ['alphanumeric CNPJ', { op: 'cnpj_valid', value: true }, true, { cnpj: '12.ABC.345/01DE-35' }],
    ['state by name', { op: 'state_in', values: ['SP', 'RJ'] }, true],
    ['state by code', { op: 'state_in', values: ['RJ'] }, true, { state: 'rj' }],
    ['state (fail)', { op: 'state_in', values: ['RJ'] }, false],
  ])('%s', (_name, condition, expected, overrides) => {
    expect(one(filterConditionSchema.parse(condition), overrides)).toBe(expected);
  });

  it('combines with all / any and names every failing condition', () => {
    const conditions: FilterCondition[] = [
      { op: 'score_gte', value: 90 },
      { op: 'state_in', values: ['SP'] },
      { op: 'email_kind', kinds: ['free'] },
    ];
    const all = evaluateFilter({ match: 'all', conditions }, subject());
    expect(all.passed).toBe(false);
    expect(all.reason).toBe('Filter: #1 score ≥ 90 (lead: 72); #3 e-mail is free (lead: corporate)');
    expect(evaluateFilter({ match: 'any', conditions }, subject()).passed).toBe(true);
    const none = evaluateFilter({ match: 'any', conditions: [conditions[0]!, conditions[2]!] }, subject());
    expect(none.passed).toBe(false);
    expect(none.reason).toMatch(/^Filter \(none matched\): #1 score ≥ 90 .*; #2 e-mail is free/);
    expect(evaluateFilter({ match: 'all', conditions: [] }, subject()).passed).toBe(true);
    expect(evaluateFilter(null, subject()).passed).toBe(true);
  });

  it('refuses a malformed filter at the schema', () => {
    expect(dispatchFilterSchema.safeParse({ conditions: [{ op: 'score_gte' }] }).success).toBe(false);
    expect(
      dispatchFilterSchema.safeParse({ conditions: [{ op: 'field_equals', field: 'password', value: 'x' }] }).success,
    ).toBe(false);
    expect(dispatchFilterSchema.safeParse({ conditions: [{ op: 'state_in', values: ['XX'] }] }).success).toBe(false);
    expect(dispatchFilterSchema.parse({ conditions: [{ op: 'qualified' }] })).toEqual({
      match: 'all',
      conditions: [{ op: 'qualified', value: true }],
    });
  });

  it('prefers what validation stored when the lead came in (e.g. a client allowlist)', () => {
    const stored = {
      email: { valid: true, kind: 'corporate', allowlisted: true },
      cnpj: { valid: false },
      state: { status: 'valid', uf: 'RJ' },
    };
    const check = (c: FilterCondition) =>
      evaluateFilter({ match: 'all', conditions: [c] }, subject({ email: 'joao@gmail.com', state: null }, stored));
    expect(check({ op: 'email_kind', kinds: ['corporate'] }).passed).toBe(true);
    expect(check({ op: 'cnpj_valid', value: true }).passed).toBe(false);
    expect(check({ op: 'state_in', values: ['RJ'] }).passed).toBe(true);
    expect(
      evaluateFilter(
        { match: 'all', conditions: [{ op: 'email_kind', kinds: ['free'] }] },
        subject({ email: 'joao@gmail.com' }),
      ).passed,
    ).toBe(true);
  });
});

describe('filters in the engine', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [scriptedConnector(time, () => ({}))] });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('records a skipped dispatch naming the failing condition, and sends the leads that pass', async () => {
    const client = seedClient(core);
    const filter: DispatchFilter = { match: 'all', conditions: [{ op: 'score_gte', value: 70 }] };
    const integ = seedIntegration(core, client, { filters: filter });
    const [low] = core.forTests.engine.enqueueLead(seedLead(core, client, { score: 40 }));
    const [high] = core.forTests.engine.enqueueLead(seedLead(core, client, { score: 85 }));
    await time.flush();
    expect(low).toMatchObject({
      state: 'skipped',
      skipReason: 'Filter: #1 score ≥ 70 (lead: 40)',
      integrationId: integ,
    });
    expect(core.forTests.engine.get(high!.id).dispatch.state).toBe('sent');
    expect(core.forTests.engine.get(low!.id).attempts).toEqual([]);
  });

  it('queues leads just stored by their client, reading them only for an integration whose filter has conditions', () => {
    const client = seedClient(core);
    const open = seedIntegration(core, client);
    const filtered = seedIntegration(core, client, {
      filters: { match: 'all', conditions: [{ op: 'score_gte', value: 70 }] },
    });
    const low = seedLead(core, client, { score: 40 });
    const high = seedLead(core, client, { score: 85 });
    const views = core.forTests.engine.enqueueLeads([low, high], { clientId: client });
    const state = (leadId: string, integrationId: string) =>
      views.find((v) => v.leadId === leadId && v.integrationId === integrationId)?.state;
    expect([state(low, open), state(low, filtered), state(high, open), state(high, filtered)]).toEqual([
      'pending',
      'skipped',
      'pending',
      'pending',
    ]);
    // A lead that is not there is refused, not queued.
    expect(() => core.forTests.engine.enqueueLeads(['missing'], { clientId: client })).toThrow();
    expect(
      core.forTests.sqlite.prepare("SELECT count(*) AS n FROM dispatches WHERE lead_id = 'missing'").get(),
    ).toEqual({
      n: 0,
    });
  });

  it('reads the e-mail kind validation stored with the lead', () => {
    const client = seedClient(core);
    seedIntegration(core, client, { filters: { conditions: [{ op: 'email_kind', kinds: ['corporate'] }] } });
    const allowlisted = seedLead(core, client, {
      email: 'compras@gmail.com',
      validation: { email: { valid: true, kind: 'corporate', allowlisted: true } },
    });
    const plain = seedLead(core, client, { email: 'compras@gmail.com' });
    expect(core.forTests.engine.enqueueLead(allowlisted)[0]).toMatchObject({ state: 'pending' });
    expect(core.forTests.engine.enqueueLead(plain)[0]).toMatchObject({
      state: 'skipped',
      skipReason: 'Filter: #1 e-mail is corporate (lead: free)',
    });
  });

  it('counts how many of the client’s last 100 leads would pass', async () => {
    const client = seedClient(core);
    for (let i = 0; i < 120; i++) seedLead(core, client, { score: i, receivedAt: i, state: i % 2 ? 'SP' : 'RJ' });
    seedLead(core, client, { score: 100, receivedAt: 1000, isTest: true });
    const preview = await call(core, 'dispatch:previewFilter', {
      clientId: client,
      filter: {
        match: 'all',
        conditions: [
          { op: 'score_gte', value: 100 },
          { op: 'state_in', values: ['SP'] },
        ],
      },
    });
    // The last 100 real leads have scores 20..119: 20 reach 100, half of those are from SP.
    expect(preview).toEqual({
      total: 100,
      passed: 10,
      failedBy: [
        { index: 0, count: 80 },
        { index: 1, count: 50 },
      ],
    });
  });
});
