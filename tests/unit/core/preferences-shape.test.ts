import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, Preferences } from '#contract';
import { call, openTestCore, tempDir } from '../support/core-harness';

describe('preferences: one document, one shape, in both hosts', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('the headless host keeps the language, theme and current client the desktop app left, and its window bounds', async () => {
    // A data folder the desktop app used first (the client exists in its database).
    let core = openTestCore(tmp.dir);
    const client = await call<Client>(core, 'clients:create', { name: 'Acme' });
    core.close();
    const bounds = { width: 1400, height: 900, maximized: true };
    // The shape earlier desktop versions wrote: one level down, under `preferences`.
    writeFileSync(
      join(tmp.dir, 'preferences.json'),
      JSON.stringify({
        preferences: { language: 'pt-BR', theme: 'dark', currentClientId: client.id, desktop: { closeToTray: false } },
        windowBounds: bounds,
      }),
    );
    core = openTestCore(tmp.dir);
    try {
      expect(await call<Preferences>(core, 'settings:get', {})).toEqual({
        language: 'pt-BR',
        theme: 'dark',
        currentClientId: client.id,
      });
      expect(await call(core, 'desktop:getSettings', {})).toMatchObject({ closeToTray: false });
      await call(core, 'settings:update', { theme: 'light' });
      // Written flat from then on, nothing lost.
      expect(JSON.parse(readFileSync(join(tmp.dir, 'preferences.json'), 'utf8'))).toEqual({
        language: 'pt-BR',
        theme: 'light',
        currentClientId: client.id,
        desktop: { closeToTray: false },
        windowBounds: bounds,
      });
    } finally {
      core.close();
    }
  });

  it('reads the flat document both hosts write', async () => {
    const id = randomUUID();
    writeFileSync(
      join(tmp.dir, 'preferences.json'),
      JSON.stringify({ language: 'en', theme: 'dark', currentClientId: id, windowBounds: { width: 1, height: 1 } }),
    );
    const core = openTestCore(tmp.dir);
    try {
      expect(await call<Preferences>(core, 'settings:get', {})).toEqual({
        language: 'en',
        theme: 'dark',
        currentClientId: id,
      });
    } finally {
      core.close();
    }
  });
});
