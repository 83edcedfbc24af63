import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadDetail, ScoringPreview, ScoringProfileInput, ScoringProfileView } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { seedIntegration } from '../../support/dispatch-core';
import { openLeadsCore, type LeadsCore } from './support';

const STRICT: ScoringProfileInput = {
  name: 'Só corporativo',
  rules: [
    { id: 'corp', kind: 'corporateEmail', points: 60 },
    { id: 'cnpj', kind: 'validCnpj', points: 40 },
  ],
  ranges: [
    { name: 'quente', min: 80, max: 100, tag: 'quente' },
    { name: 'frio', min: 0, max: 79, tag: '' },
  ],
  qualifyAt: 80,
};

describe('scoring profiles per client', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
  });
  afterEach(() => env.close());

  const active = () => call<ScoringProfileView>(core, 'scoring:active', { clientId: client });

  it('keeps exactly one active profile per client when another is activated', async () => {
    const first = await active();
    const second = await call<ScoringProfileView>(core, 'scoring:save', { clientId: client, profile: STRICT });
    expect(second.active).toBe(false);
    await call(core, 'scoring:activate', { id: second.id });
    expect((await active()).id).toBe(second.id);
    const all = await call<Array<{ id: string; active: boolean }>>(core, 'scoring:list', { clientId: client });
    expect(all.filter((p) => p.active).map((p) => p.id)).toEqual([second.id]);
    expect(all.find((p) => p.id === first.id)?.active).toBe(false);
    // The database itself refuses a second active row.
    expect(() =>
      core.forTests.sqlite.prepare('UPDATE scoring_profiles SET active = 1 WHERE id = ?').run(first.id),
    ).toThrow(/UNIQUE/);
  });

  it('scores new leads with the active profile, and its ranges feed the score-tag map', async () => {
    const strict = await call<ScoringProfileView>(core, 'scoring:save', { clientId: client, profile: STRICT });
    await call(core, 'scoring:activate', { id: strict.id });
    const { lead } = await call<{ lead: LeadDetail }>(core, 'leads:create', {
      clientId: client,
      lead: { fullName: 'Ana Souza', email: 'ana@acme.com.br', cnpj: '11222333000181' },
    });
    expect(lead).toMatchObject({ score: 100, scoreRange: 'quente', qualified: true });
    const ranges = await call<{ ranges: Array<{ name: string }> }>(core, 'integrations:scoreRanges', {
      clientId: client,
    });
    expect(ranges.ranges.map((r) => r.name)).toEqual(['quente', 'frio']);
  });

  it('refuses a profile whose ranges leave a gap, a duplicate name, and deleting the active one', async () => {
    const gap = await core.dispatch('scoring:save', {
      clientId: client,
      profile: { ...STRICT, ranges: [STRICT.ranges[0], { name: 'frio', min: 0, max: 70, tag: '' }] },
    });
    expect(gap).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(gap)).toContain('ranges_gap');
    // The first profile's name ("Default" here), in other capitals, is taken.
    await active();
    const dup = await core.dispatch('scoring:save', { clientId: client, profile: { ...STRICT, name: 'DEFAULT' } });
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const current = await active();
    expect(await core.dispatch('scoring:delete', { id: current.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses to activate an integration while the client has no active profile', async () => {
    await active();
    core.forTests.sqlite.prepare('UPDATE scoring_profiles SET active = 0 WHERE client_id = ?').run(client);
    const integ = seedIntegration(core, client, { type: 'activecampaign', status: 'draft' });
    const result = await core.dispatch('integrations:activate', { id: integ });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toMatch(/scoring profile/i);
  });

  it('stores leads unscored while no profile is active, then scores and queues them on activation', async () => {
    const profile = await active();
    seedIntegration(core, client, { status: 'active' });
    core.forTests.sqlite.prepare('UPDATE scoring_profiles SET active = 0 WHERE client_id = ?').run(client);
    const { lead, dispatches } = await call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:create', {
      clientId: client,
      lead: { fullName: 'Ana Souza', email: 'ana@acme.com.br', phone: '11987654321', cnpj: '11222333000181' },
    });
    expect(lead).toMatchObject({ score: null, scoreRange: null, qualified: false });
    expect(dispatches).toBe(0);
    const activated = await call<{ scored: number }>(core, 'scoring:activate', { id: profile.id });
    expect(activated.scored).toBe(1);
    const after = await call<LeadDetail>(core, 'leads:get', { id: lead.id });
    expect(after).toMatchObject({ qualified: true, scoreRange: 'medium', score: 55 });
    expect(after.dispatches).toHaveLength(1);
  });

  it('previews a draft against the latest leads without changing them', async () => {
    for (const email of ['a@acme.com.br', 'b@gmail.com', 'c@mailinator.com']) {
      await call(core, 'leads:create', {
        clientId: client,
        lead: { fullName: 'Ana Souza', email, phone: '11987654321', company: 'Acme' },
      });
    }
    const preview = await call<ScoringPreview>(core, 'scoring:preview', { clientId: client, profile: STRICT });
    expect(preview.total).toBe(3);
    expect(preview.ranges.map((r) => r.name)).toEqual(['quente', 'frio']);
    const corp = preview.leads.find((l) => l.email === 'a@acme.com.br');
    expect(corp?.preview).toMatchObject({ score: 60, range: 'frio', qualified: false });
    expect(corp?.current.qualified).toBe(true);
    expect(preview.qualified).toEqual({ current: 1, preview: 0 });
    const stored = await call<{ rows: Array<{ score: number | null }> }>(core, 'leads:list', { clientId: client });
    expect(stored.rows.map((r) => r.score)).not.toContain(60);
  });
});
