import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '#contract';
import type { Core } from '../../../electron/core';
import { AppError } from '../../../electron/core/errors';
import type { Log } from '../../../electron/core/ports';
import { createDispatch } from '../../../electron/core/rpc/dispatch';
import { mergeHandlers, type Handlers } from '../../../electron/core/rpc/handlers';
import { openTestCore, tempDir } from '../support/core-harness';

describe('contract dispatch', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('serves every channel of the contract', () => {
    expect([...core.channels].sort()).toEqual(Object.keys(contract).sort());
  });

  it.each([
    ['clients:create', { name: 42 }],
    ['clients:create', null],
    ['clients:rename', { id: 'not-a-uuid', name: 'x' }],
    ['settings:update', { language: 'fr' }],
    ['settings:update', { theme: 'dark', extra: true }],
  ])('answers invalid_input to a malformed %s payload', async (channel, input) => {
    const result = await core.dispatch(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(Array.isArray((result.error.details as { issues: unknown[] }).issues)).toBe(true);
  });

  it('answers unknown_channel for a name outside the contract', async () => {
    expect(await core.dispatch('fs:readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('hides unexpected failures behind `internal`, never a stack trace, and logs them', async () => {
    const logged: string[] = [];
    const log: Log = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (m, f) => logged.push(`${m} ${JSON.stringify(f)}`),
      redactValue: () => undefined,
    };
    const boom = (): never => {
      throw new Error('disk on fire');
    };
    const handlers = Object.fromEntries(Object.keys(contract).map((c) => [c, boom])) as unknown as Handlers;
    handlers['clients:archive'] = () => {
      throw new AppError('not_found', 'No such client.');
    };
    const dispatch = createDispatch(handlers, log);
    const result = await dispatch('clients:list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong. The details are in the log.' },
    });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logged.join('\n')).toContain('disk on fire');
    expect(await dispatch('clients:archive', { id: crypto.randomUUID() })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such client.' },
    });
  });

  it('refuses an answer that breaks the output schema', async () => {
    const handlers = { 'clients:list': () => [{ id: 'x' }] } as unknown as Handlers;
    const quiet: Log = {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
      redactValue: () => undefined,
    };
    const result = await createDispatch(handlers, quiet)('clients:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('reports a channel served twice at start-up', () => {
    expect(() => mergeHandlers({ 'a:b': () => 1 }, { 'a:b': () => 2 })).toThrow(/two handlers/);
  });

  it('round-trips preferences through settings channels and emits settings:changed', async () => {
    const seen: unknown[] = [];
    core.events.subscribe((event, payload) => seen.push({ event, payload }));
    const next = await core.dispatch('settings:update', { language: 'pt-BR' });
    expect(next).toMatchObject({ ok: true, value: { language: 'pt-BR', theme: 'system' } });
    expect(await core.dispatch('settings:get', {})).toMatchObject({ ok: true, value: { language: 'pt-BR' } });
    expect(seen).toHaveLength(1);
    const info = await core.dispatch('app:info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'headless', dataDir: tmp.dir, vault: { available: true } } });
  });
});
