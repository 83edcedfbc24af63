import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LEADS_COUNT_CAP,
  LEADS_SCAN_COUNT_CAP,
  type LeadCheck,
  type LeadDetail,
  type ScoringProfileView,
} from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { seedIntegration } from '../../support/dispatch-core';
import type { FakeTime } from '../../support/fake-time';
import { openLeadsCore, type LeadsCore } from './support';

const GOOD = {
  fullName: 'MARIA DA SILVA',
  email: 'maria@acme.com.br',
  phone: '(11) 98765-4321',
  company: 'Acme',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretora Comercial',
  state: 'sp',
};
const WEAK = { fullName: 'asdfgh', email: 'someone@mailinator.com' };

describe('leads: validated, scored once, stored, and the qualified ones queued', () => {
  let env: LeadsCore;
  let time: FakeTime;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client, time } = env);
  });
  afterEach(() => env.close());

  it('gives a client the recommended profile, active, the first time it is needed', async () => {
    const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
    // Named in the user's language: the test machine's, English, under the default "system" preference.
    expect(active).toMatchObject({ name: 'Default', active: true, qualifyAt: 40 });
    expect(active.ranges.map((r) => r.name)).toEqual(['high', 'medium', 'low']);
    const list = await call<unknown[]>(core, 'scoring:list', { clientId: client });
    expect(list).toHaveLength(1);
  });

  it('stores a manual lead normalised, with validation, score, range and reasons', async () => {
    const { lead, dispatches } = await call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:create', {
      clientId: client,
      lead: GOOD,
    });
    expect(dispatches).toBe(0);
    expect(lead).toMatchObject({
      fullName: 'Maria da Silva',
      email: 'maria@acme.com.br',
      phoneE164: '+5511987654321',
      cnpj: '11222333000181',
      cnpjFormatted: '11.222.333/0001-81',
      state: 'SP',
      origin: 'manual',
      emailKind: 'corporate',
      qualified: true,
      scoreRange: 'high',
    });
    expect(lead.score).toBeGreaterThanOrEqual(70);
    expect(lead.reasons.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['corporate_email', 'valid_mobile', 'valid_cnpj', 'decision_maker']),
    );
    expect(lead.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(lead.score);
    expect(lead.validation?.phone).toMatchObject({ status: 'valid', type: 'mobile' });
  });

  it('queues a qualified lead for every active integration and nothing for an unqualified one', async () => {
    const integ = seedIntegration(core, client, { status: 'active' });
    const good = await call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:create', {
      clientId: client,
      lead: GOOD,
    });
    expect(good.dispatches).toBe(1);
    const weak = await call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:create', {
      clientId: client,
      lead: WEAK,
    });
    expect(weak.lead).toMatchObject({ qualified: false, emailKind: 'disposable', scoreRange: 'low' });
    expect(weak.dispatches).toBe(0);
    const detail = await call<LeadDetail>(core, 'leads:get', { id: good.lead.id });
    expect(detail.dispatches).toEqual([expect.objectContaining({ integrationId: integ })]);
  });

  it('checks a lead without storing it, and spots a repeated e-mail', async () => {
    const before = await call<LeadCheck>(core, 'leads:check', { clientId: client, lead: GOOD });
    expect(before.duplicateOf).toBeNull();
    expect(before.score).toMatchObject({ range: 'high', qualified: true });
    expect((await call<{ total: number }>(core, 'leads:list', { clientId: client })).total).toBe(0);
    const { lead } = await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead: GOOD });
    const after = await call<LeadCheck>(core, 'leads:check', {
      clientId: client,
      lead: { ...GOOD, email: 'MARIA@acme.com.br' },
    });
    expect(after).toMatchObject({ duplicateOf: lead.id, duplicateBy: 'email' });
  });

  it('spots a repeated WhatsApp lead by its phone, however it is written, and keeps a typed one', async () => {
    const whatsapp = { fullName: 'Rita Moura', phone: '+55 (21) 99876-5432' };
    const { lead } = await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead: whatsapp });
    const same = await call<LeadCheck>(core, 'leads:check', {
      clientId: client,
      lead: { fullName: 'Rita', phone: '021 99876 5432' },
    });
    expect(same).toMatchObject({ duplicateOf: lead.id, duplicateBy: 'phone' });
    // A lead with an e-mail is another identity, even with the same phone.
    const withEmail = await call<LeadCheck>(core, 'leads:check', {
      clientId: client,
      lead: { email: 'rita@acme.com.br', phone: '21998765432' },
    });
    expect(withEmail).toMatchObject({ duplicateOf: null, duplicateBy: null });
    // The form warned; a person who adds it anyway gets a second lead.
    await call(core, 'leads:create', { clientId: client, lead: { fullName: 'Rita', phone: '021 99876 5432' } });
    expect((await call<{ total: number }>(core, 'leads:list', { clientId: client })).total).toBe(2);
  });

  it('refuses a lead with neither e-mail nor phone, and stores nothing', async () => {
    const result = await core.dispatch('leads:create', { clientId: client, lead: { fullName: 'Só Nome' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await call<{ total: number }>(core, 'leads:list', { clientId: client })).total).toBe(0);
  });

  it('counts an allowlisted domain as corporate', async () => {
    await call(core, 'leads:saveSettings', { clientId: client, emailAllowlist: ['@Mailinator.com'], mxCheck: false });
    expect(await call(core, 'leads:getSettings', { clientId: client })).toMatchObject({
      emailAllowlist: ['mailinator.com'],
    });
    const check = await call<LeadCheck>(core, 'leads:check', { clientId: client, lead: WEAK });
    expect(check.validation.email).toMatchObject({ kind: 'corporate', allowlisted: true });
    const bad = await core.dispatch('leads:saveSettings', {
      clientId: client,
      emailAllowlist: ['not a domain'],
      mxCheck: false,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('pages the list by keyset with no lead missed or repeated, and filters', async () => {
    for (let i = 0; i < 25; i++) {
      // Equal received times exercise the id tie-break.
      await time.advance(i % 3 === 0 ? 0 : 1_000);
      await call(core, 'leads:create', {
        clientId: client,
        lead: i % 2 === 0 ? { ...GOOD, email: `p${i}@acme.com.br` } : { ...WEAK, email: `w${i}@mailinator.com` },
      });
    }
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await call<{ rows: Array<{ id: string }>; nextCursor: string | null; total: number | null }>(
        core,
        'leads:list',
        { clientId: client, limit: 7, ...(cursor ? { cursor } : {}) },
      );
      // Counted once, with the first page: the following pages do not pay for it again.
      expect(page.total).toBe(cursor ? null : 25);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);

    const qualified = await call<{ total: number }>(core, 'leads:list', { clientId: client, qualified: true });
    expect(qualified.total).toBe(13);
    const disposable = await call<{ total: number }>(core, 'leads:list', {
      clientId: client,
      emailKinds: ['disposable'],
    });
    expect(disposable.total).toBe(12);
    const search = await call<{ rows: Array<{ email: string }> }>(core, 'leads:list', {
      clientId: client,
      search: 'p12@',
    });
    expect(search.rows.map((r) => r.email)).toEqual(['p12@acme.com.br']);
    // A term of three characters or more goes through the trigram index, which also ignores
    // accents; a shorter one is looked for row by row along the list.
    const byName = await call<{ rows: Array<{ email: string }>; total: number }>(core, 'leads:list', {
      clientId: client,
      search: 'MARIA DA SÍLVA',
    });
    expect(byName.total).toBe(13);
    const short = await call<{ rows: Array<{ email: string }> }>(core, 'leads:list', {
      clientId: client,
      search: 'p1',
    });
    expect(short.rows.map((r) => r.email).sort()).toEqual(
      ['p10', 'p12', 'p14', 'p16', 'p18'].map((p) => `${p}@acme.com.br`),
    );
    // `%` and `_` are text, not wildcards.
    expect((await call<{ total: number }>(core, 'leads:list', { clientId: client, search: '%' })).total).toBe(0);
    const ranges = await call<Array<{ name: string; count: number }>>(core, 'leads:ranges', { clientId: client });
    expect(ranges).toEqual(
      expect.arrayContaining([
        { name: 'high', count: 13 },
        { name: 'low', count: 12 },
      ]),
    );
    const bad = await core.dispatch('leads:list', { clientId: client, cursor: 'bm9wZQ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('counts a large list only so far with its first page, and an export exactly', async () => {
    const insert = core.forTests.sqlite.prepare(
      `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, qualified, is_test, created_at,
         updated_at) VALUES (?, ?, 'Lead', ?, ?, ?, ?, 0, 1, 1)`,
    );
    core.forTests.sqlite.transaction(() => {
      for (let i = 0; i < LEADS_COUNT_CAP + 7; i++) {
        const email = `l${i}@acme.com.br`;
        insert.run(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, client, email, email, i, i < 12 ? 1 : 0);
      }
    })();
    type Page = { total: number | null; totalCapped: boolean; nextCursor: string | null };
    const first = await call<Page>(core, 'leads:list', { clientId: client, limit: 50 });
    expect(first).toMatchObject({ total: LEADS_COUNT_CAP, totalCapped: true });
    const next = await call<Page>(core, 'leads:list', { clientId: client, limit: 50, cursor: first.nextCursor });
    expect(next).toMatchObject({ total: null, totalCapped: false });
    // A term matched row by row (two characters, below a trigram) stops counting sooner.
    const short = await call<Page>(core, 'leads:list', { clientId: client, search: 'l1' });
    expect(short).toMatchObject({ total: LEADS_SCAN_COUNT_CAP, totalCapped: true });
    // Below the cap the count is exact.
    const qualified = await call<Page>(core, 'leads:list', { clientId: client, qualified: true });
    expect(qualified).toMatchObject({ total: 12, totalCapped: false });
    const started = await call<{ total: number }>(core, 'leads:export', { clientId: client, timeZone: 'UTC' });
    expect(started.total).toBe(LEADS_COUNT_CAP + 7);
  });

  it('deletes a lead with its dispatches, and not a test lead', async () => {
    seedIntegration(core, client, { status: 'active' });
    const { lead } = await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead: GOOD });
    await call(core, 'leads:delete', { id: lead.id });
    expect(await core.dispatch('leads:get', { id: lead.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const left = core.forTests.sqlite.prepare('SELECT count(*) AS n FROM dispatches WHERE lead_id = ?').get(lead.id);
    expect(left).toEqual({ n: 0 });
  });
});
