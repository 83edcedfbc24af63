import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { acConfig, AC_KEY, createClient, history } from './support';

describe('history of changes: a change and its row land together', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;

  beforeEach(async () => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, new ManualClock());
    client = await createClient(core);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const count = () => core.forTests.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;

  it('records nothing for a change that is refused', async () => {
    const before = count();
    expect(await core.dispatch('clients:create', { name: 'acme' })).toMatchObject({ ok: false });
    expect(await core.dispatch('clients:rename', { id: client.id, name: '  ' })).toMatchObject({ ok: false });
    const saved = await call<IntegrationDetail>(core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: AC_KEY,
      config: acConfig(),
    });
    const bad = await core.dispatch('activecampaign:save', {
      id: saved.id,
      clientId: client.id,
      config: acConfig({ apiUrl: 'not a url', fixedTags: ['other'] }),
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const [active] = await call<Array<{ id: string }>>(core, 'scoring:list', { clientId: client.id });
    expect(await core.dispatch('scoring:delete', { id: active!.id })).toMatchObject({ ok: false });
    expect(count()).toBe(before + 1);
    expect((await history(core, client.id)).map((r) => r.kind)).toEqual(['client.created', 'integration.created']);
  });

  it('rolls its row back when the change fails after it was recorded', async () => {
    await call(core, 'scoring:list', { clientId: client.id });
    const hook = await call<OutputOf<'webhook:save'>>(core, 'webhook:save', {
      clientId: client.id,
      config: { name: 'Hook', url: 'https://crm.example.com/hook' },
    });
    await call(core, 'integrations:activate', { id: hook.id });
    const before = count();
    // The pause is recorded first, then the integration's status is written: that write fails here.
    core.forTests.sqlite.exec(
      "CREATE TRIGGER fail_status BEFORE UPDATE OF status ON integrations BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
    );
    expect(await core.dispatch('integrations:deactivate', { id: hook.id })).toMatchObject({ ok: false });
    expect(count()).toBe(before);
    core.forTests.sqlite.exec('DROP TRIGGER fail_status');
    await call(core, 'integrations:deactivate', { id: hook.id });
    expect(count()).toBe(before + 1);
  });

  it('leaves the change undone when its row cannot be written', async () => {
    core.forTests.sqlite.exec(
      "CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
    );
    expect(await core.dispatch('clients:rename', { id: client.id, name: 'Renamed' })).toMatchObject({ ok: false });
    expect((await call<Client[]>(core, 'clients:list', {}))[0]?.name).toBe('Acme');
    expect(
      await core.dispatch('activecampaign:save', { clientId: client.id, apiKey: AC_KEY, config: acConfig() }),
    ).toMatchObject({ ok: false });
    expect(await call<unknown[]>(core, 'integrations:list', { clientId: client.id })).toEqual([]);
  });

  it('takes rows from other domains through record(), for copies and templates', async () => {
    const entry = core.forTests.audit.record({
      clientId: client.id,
      kind: 'copy.fromClient',
      subjectName: 'AC main',
      details: { source: 'Beta Imóveis', changes: [{ type: 'list', field: 'fixedTags', added: ['vip'], removed: [] }] },
    });
    expect(entry.summary).toBe('“AC main” copied from client “Beta Imóveis”: tags: +vip');
    expect((await history(core, client.id)).at(-1)).toEqual(entry);
    expect(() =>
      core.forTests.audit.record({
        clientId: client.id,
        kind: 'template.imported',
        details: { changes: [{ type: 'nope', field: 'x' }] } as never,
      }),
    ).toThrow();
  });
});
