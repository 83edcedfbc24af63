import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf, ScoringProfileView } from '#contract';
import type { Core } from '../../../electron/core';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { acConfig, AC_KEY, createClient, history } from './support';

describe('history of changes: one row per change, with its summary', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;
  const clock = new ManualClock();

  beforeEach(async () => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, clock);
    client = await createClient(core);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const summaries = async () => (await history(core, client.id)).map((e) => e.summary);
  const tick = () => clock.advance(1000);

  it('records a client created, renamed, archived and restored', async () => {
    tick();
    await call(core, 'clients:rename', { id: client.id, name: 'Acme Brasil' });
    tick();
    await call(core, 'clients:archive', { id: client.id });
    tick();
    await call(core, 'clients:restore', { id: client.id });
    // Restoring what is not archived changes nothing, and records nothing.
    await call(core, 'clients:restore', { id: client.id });
    expect(await summaries()).toEqual([
      'Client “Acme” created',
      'Client renamed: name: Acme → Acme Brasil',
      'Client “Acme Brasil” archived',
      'Client “Acme Brasil” restored',
    ]);
    const rows = await history(core, client.id);
    expect(rows.map((r) => r.kind)).toEqual(['client.created', 'client.renamed', 'client.archived', 'client.restored']);
    expect(rows[1]?.at).toBe(rows[0]!.at + 1000);
  });

  it('records an integration created, edited (what changed), its key replaced, filters, deleted', async () => {
    const created = await call<IntegrationDetail>(core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: AC_KEY,
      config: acConfig(),
    });
    tick();
    await call(core, 'activecampaign:save', {
      id: created.id,
      clientId: client.id,
      config: acConfig({ fixedTags: ['lead', 'vip'], lists: [{ id: '2', name: 'Clientes' }] }),
    });
    tick();
    await call(core, 'activecampaign:save', {
      id: created.id,
      clientId: client.id,
      apiKey: 'ac-key-new-9876543210fedcba9876543210fe',
      config: acConfig({ fixedTags: ['lead', 'vip'], lists: [{ id: '2', name: 'Clientes' }] }),
    });
    tick();
    await call(core, 'integrations:setFilters', {
      id: created.id,
      filter: { match: 'all', conditions: [{ op: 'score_gte', value: 60 }] },
    });
    tick();
    await call(core, 'integrations:setFilters', {
      id: created.id,
      filter: { match: 'all', conditions: [{ op: 'score_gte', value: 70 }] },
    });
    tick();
    await call(core, 'integrations:delete', { id: created.id });
    const rows = (await history(core, client.id)).filter((r) => r.kind.startsWith('integration.'));
    expect(rows.map((r) => r.summary)).toEqual([
      'Integration “AC main” created',
      'Integration “AC main” edited: tags: +vip −old; lists: +Clientes −Newsletter',
      'Integration “AC main”: key replaced: API key replaced',
      'Integration “AC main” edited: filter minimum score: (empty) → 60',
      'Integration “AC main” edited: filter minimum score: 60 → 70',
      'Integration “AC main” deleted',
    ]);
    expect(rows.every((r) => r.subjectId === created.id && r.details.integrationType === 'activecampaign')).toBe(true);
    expect(rows[1]?.details.changes).toEqual([
      { type: 'list', field: 'fixedTags', added: ['vip'], removed: ['old'] },
      { type: 'list', field: 'lists', added: ['Clientes'], removed: ['Newsletter'] },
    ]);
  });

  it('records a webhook activated, paused and resumed, deactivated, and its signing secret replaced', async () => {
    await call(core, 'scoring:list', { clientId: client.id });
    const saved = await call<OutputOf<'webhook:save'>>(core, 'webhook:save', {
      clientId: client.id,
      config: { name: 'CRM interno', url: 'https://crm.example.com/hook' },
    });
    tick();
    await call(core, 'integrations:activate', { id: saved.id });
    tick();
    await call(core, 'dispatch:pauseIntegration', { integrationId: saved.id });
    tick();
    await call(core, 'dispatch:resumeIntegration', { integrationId: saved.id });
    tick();
    await call(core, 'integrations:deactivate', { id: saved.id });
    // Resuming what is deactivated is refused, and records nothing.
    expect(await core.dispatch('dispatch:resumeIntegration', { integrationId: saved.id })).toMatchObject({ ok: false });
    tick();
    await call(core, 'webhook:rotateSecret', { id: saved.id });
    tick();
    await call(core, 'webhook:save', {
      id: saved.id,
      clientId: client.id,
      config: { name: 'CRM interno', url: 'https://crm.example.com/hook2', timeoutMs: 20_000 },
    });
    const rows = (await history(core, client.id)).filter((r) => r.kind.startsWith('integration.'));
    expect(rows.map((r) => r.summary)).toEqual([
      'Integration “CRM interno” created',
      'Integration “CRM interno” activated',
      'Integration “CRM interno” paused',
      'Integration “CRM interno” resumed',
      'Integration “CRM interno” paused',
      'Integration “CRM interno”: key replaced: signing secret replaced',
      'Integration “CRM interno” edited: URL: https://crm.example.com/hook → https://crm.example.com/hook2; timeout (ms): 10000 → 20000',
    ]);
  });

  it('records scoring profiles created, edited (rules and threshold), activated and deleted', async () => {
    const [first] = await call<Array<{ id: string }>>(core, 'scoring:list', { clientId: client.id });
    const base = await call<ScoringProfileView>(core, 'scoring:get', { id: first!.id });
    const { id: _id, clientId: _c, active: _a, createdAt: _cr, updatedAt: _u, ...profile } = base;
    tick();
    const second = await call<ScoringProfileView>(core, 'scoring:save', {
      clientId: client.id,
      profile: { ...profile, name: 'Strict' },
    });
    tick();
    const rule = profile.rules[0]!;
    await call(core, 'scoring:save', {
      clientId: client.id,
      id: second.id,
      profile: {
        ...profile,
        name: 'Strict',
        qualifyAt: profile.qualifyAt + 10,
        rules: [{ ...rule, points: rule.points + 5 }, ...profile.rules.slice(1)],
      },
    });
    tick();
    await call(core, 'scoring:activate', { id: second.id });
    tick();
    await call(core, 'scoring:delete', { id: first!.id });
    const rows = (await history(core, client.id)).filter((r) => r.kind.startsWith('scoring.'));
    const label = rule.label ?? rule.id;
    expect(rows.map((r) => r.summary)).toEqual([
      'Scoring profile “Strict” created',
      `Scoring profile “Strict” edited: qualifies at: ${profile.qualifyAt} → ${profile.qualifyAt + 10}; rule “${label}” points: ${rule.points} → ${rule.points + 5}`,
      'Scoring profile “Strict” activated',
      `Scoring profile “${base.name}” deleted`,
    ]);
  });

  it('records lead settings and the intake token replaced, never the token', async () => {
    await call(core, 'leads:saveSettings', { clientId: client.id, emailAllowlist: ['acme.com'], mxCheck: true });
    // Saving the same settings again changes nothing.
    await call(core, 'leads:saveSettings', { clientId: client.id, emailAllowlist: ['acme.com'], mxCheck: true });
    tick();
    const enabled = await call<OutputOf<'intake:enable'>>(core, 'intake:enable', { clientId: client.id });
    tick();
    const rotated = await call<OutputOf<'intake:rotateToken'>>(core, 'intake:rotateToken', { clientId: client.id });
    tick();
    await call(core, 'intake:disable', { clientId: client.id });
    const rows = (await history(core, client.id)).filter((r) => r.kind === 'leadSettings.changed');
    expect(rows.map((r) => r.summary)).toEqual([
      'Lead settings changed: e-mail allowlist: +acme.com; MX check: off → on',
      'Lead settings changed: intake API: off → on',
      'Lead settings changed: intake API token replaced',
      'Lead settings changed: intake API: on → off',
    ]);
    const table = JSON.stringify(core.forTests.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(enabled.token).toBeTruthy();
    expect(table).not.toContain(enabled.token!);
    expect(table).not.toContain(rotated.token);
  });

  it('lists newest first, by page, filtered by kind and period', async () => {
    for (let i = 0; i < 5; i++) {
      tick();
      await call(core, 'clients:rename', { id: client.id, name: `Acme ${i}` });
    }
    const all = await history(core, client.id);
    expect(all).toHaveLength(6);
    const page1 = await call<OutputOf<'audit:list'>>(core, 'audit:list', { clientId: client.id, limit: 4 });
    expect(page1.rows.map((r) => r.subjectName)).toEqual(['Acme 4', 'Acme 3', 'Acme 2', 'Acme 1']);
    const page2 = await call<OutputOf<'audit:list'>>(core, 'audit:list', {
      clientId: client.id,
      limit: 4,
      cursor: page1.nextCursor,
    });
    expect(page2.rows.map((r) => r.subjectName)).toEqual(['Acme 0', 'Acme']);
    expect(page2.nextCursor).toBeNull();
    const created = await history(core, client.id, ['client.created']);
    expect(created.map((r) => r.kind)).toEqual(['client.created']);
    const period = await call<OutputOf<'audit:list'>>(core, 'audit:list', {
      clientId: client.id,
      from: all[2]!.at,
      to: all[4]!.at,
    });
    expect(period.rows.map((r) => r.subjectName)).toEqual(['Acme 2', 'Acme 1']);
    const reversed = await core.dispatch('audit:list', { clientId: client.id, from: 10, to: 5 });
    expect(reversed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
