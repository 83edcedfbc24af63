import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '#contract';
import type { Core } from '../../../electron/core';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';

describe('client accounts', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  const clock = new ManualClock();

  beforeEach(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, clock);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('creates, lists in name order, and makes the first client current', async () => {
    const b = await call<Client>(core, 'clients:create', { name: '  Beta   Imóveis ' });
    clock.advance(1000);
    const a = await call<Client>(core, 'clients:create', { name: 'Acme' });
    expect(b.name).toBe('Beta Imóveis');
    const list = await call<Client[]>(core, 'clients:list', {});
    expect(list.map((c) => c.name)).toEqual(['Acme', 'Beta Imóveis']);
    expect((await call<Client>(core, 'clients:getCurrent', {})).id).toBe(b.id);
    expect(a.createdAt - b.createdAt).toBe(1000);
  });

  it('refuses empty, too long and duplicate names with field reasons', async () => {
    await call(core, 'clients:create', { name: 'Açaí Comércio' });
    const empty = await core.dispatch('clients:create', { name: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(empty)).toContain('"reason":"empty"');
    const long = await core.dispatch('clients:create', { name: 'x'.repeat(81) });
    expect(JSON.stringify(long)).toContain('"reason":"too_long"');
    const dup = await core.dispatch('clients:create', { name: 'acai  COMERCIO' });
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { issues: [{ path: ['name'], reason: 'duplicate' }] } },
    });
    expect((await call<Client[]>(core, 'clients:list', {})).length).toBe(1);
  });

  it('renames, keeping the name free for itself but not for others', async () => {
    const a = await call<Client>(core, 'clients:create', { name: 'Acme' });
    await call(core, 'clients:create', { name: 'Other' });
    const renamed = await call<Client>(core, 'clients:rename', { id: a.id, name: 'ACME' });
    expect(renamed.name).toBe('ACME');
    const clash = await core.dispatch('clients:rename', { id: a.id, name: 'other' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('archives and restores; an archived client is not current and cannot be made current', async () => {
    const a = await call<Client>(core, 'clients:create', { name: 'Acme' });
    const b = await call<Client>(core, 'clients:create', { name: 'Beta' });
    await call(core, 'clients:archive', { id: a.id });
    expect((await call<Client[]>(core, 'clients:list', {})).map((c) => c.id)).toEqual([b.id]);
    expect((await call<Client[]>(core, 'clients:list', { includeArchived: true })).length).toBe(2);
    expect((await call<Client>(core, 'clients:getCurrent', {})).id).toBe(b.id);
    expect(await core.dispatch('clients:setCurrent', { id: a.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const restored = await call<Client>(core, 'clients:restore', { id: a.id });
    expect(restored.archivedAt).toBeNull();
    await call(core, 'clients:setCurrent', { id: a.id });
    expect((await call<Client>(core, 'clients:getCurrent', {})).id).toBe(a.id);
  });

  it('answers not_found for an unknown id and emits events for changes', async () => {
    const seen: string[] = [];
    core.events.subscribe((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`));
    const missing = await core.dispatch('clients:rename', { id: crypto.randomUUID(), name: 'X' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const a = await call<Client>(core, 'clients:create', { name: 'Acme' });
    await call(core, 'clients:rename', { id: a.id, name: 'Acme 2' });
    expect(seen).toEqual([
      `clients:changed:{"reason":"created","clientId":"${a.id}"}`,
      `clients:changed:{"reason":"renamed","clientId":"${a.id}"}`,
    ]);
  });

  it('keeps clients and the current one across a restart on the same data folder', async () => {
    const a = await call<Client>(core, 'clients:create', { name: 'Acme' });
    const b = await call<Client>(core, 'clients:create', { name: 'Beta' });
    await call(core, 'clients:setCurrent', { id: b.id });
    core.close();
    core = openTestCore(tmp.dir, clock);
    const list = await call<Client[]>(core, 'clients:list', {});
    expect(list.map((c) => c.id)).toEqual([a.id, b.id]);
    expect((await call<Client>(core, 'clients:getCurrent', {})).id).toBe(b.id);
  });
});
