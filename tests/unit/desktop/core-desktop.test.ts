import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesktopSettings, SendingStatus } from '#contract';
import type { Core } from '../../../electron/core';
import { openDatabase, StartupError } from '../../../electron/core/db/connection';
import { STALL_MS } from '../../../electron/core/desktop/status';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';

describe('desktop settings and the state at a glance, over the contract', () => {
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let core: Core;
  beforeEach(() => {
    tmp = tempDir();
    clock = new ManualClock();
    // No connector: nothing is ever sent, so the counts stay as seeded.
    core = openTestCore(tmp.dir, clock, undefined, { dispatch: { connectors: [] } });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('keeps the desktop settings in the preferences, merged per notification kind, and announces them', async () => {
    const defaults = await call<DesktopSettings>(core, 'desktop:getSettings', {});
    expect(defaults).toEqual({
      closeToTray: true,
      closeNoticeShown: false,
      openAtLogin: false,
      openAtLoginProposed: false,
      notifications: { needsAttention: true, errors: true, stalled: true },
    });
    const seen: unknown[] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'desktop:settingsChanged') seen.push(payload);
    });
    const next = await call<DesktopSettings>(core, 'desktop:updateSettings', {
      openAtLogin: true,
      notifications: { stalled: false },
    });
    expect(next).toMatchObject({
      openAtLogin: true,
      notifications: { needsAttention: true, errors: true, stalled: false },
    });
    expect(seen).toEqual([next]);
    expect(await core.dispatch('desktop:updateSettings', { notifications: { sound: true } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    // The language and theme live beside them, untouched.
    await call(core, 'settings:update', { theme: 'dark' });
    core.close();
    core = openTestCore(tmp.dir, clock);
    expect(await call<DesktopSettings>(core, 'desktop:getSettings', {})).toEqual(next);
  });

  it('counts waiting, overdue, held and what needs attention', async () => {
    const client = seedClient(core, 'Acme');
    const active = seedIntegration(core, client);
    const refused = seedIntegration(core, client, { status: 'needs_attention' });
    core.forTests.engine.pause.pause();
    core.forTests.engine.enqueueLead(seedLead(core, client));
    core.forTests.sqlite
      .prepare("UPDATE dispatches SET state = 'held', held_reason = 'needs_attention' WHERE integration_id = ?")
      .run(refused);
    const errored = core.forTests.engine.enqueueLead(seedLead(core, client)).find((d) => d.integrationId === active)!;
    core.forTests.sqlite
      .prepare("UPDATE dispatches SET state = 'error', updated_at = ? WHERE id = ?")
      .run(clock.now(), errored.id);
    clock.advance(STALL_MS + 1);

    const paused = await call<SendingStatus>(core, 'sending:status', {});
    expect(paused).toMatchObject({ paused: true, waiting: 1, held: 2, sending: 0, overdue: 0, needsAttention: 2 });

    core.forTests.engine.pause.resume();
    core.forTests.engine.stop();
    expect(await call<SendingStatus>(core, 'sending:status', {})).toMatchObject({ paused: false, overdue: 1 });

    // Reviewing the client's errors takes them off the count, as on the Logs page.
    clock.advance(1);
    await call(core, 'logs:markSeen', { clientId: client });
    expect(await call<SendingStatus>(core, 'sending:status', {})).toMatchObject({ needsAttention: 1 });
  });
});

describe('the native SQLite module is chosen by the host', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  const nodeBuild = createRequire(__filename).resolve('better-sqlite3/build/Release/better_sqlite3.node');

  it('loads the build it is given instead of the package default', () => {
    const copy = join(tmp.dir, 'better_sqlite3.node');
    copyFileSync(nodeBuild, copy);
    const { sqlite } = openDatabase(join(tmp.dir, 'a.db'), 1000, { path: copy, remedy: 'Rebuild it.' });
    expect(sqlite.prepare('SELECT 1 AS one').get()).toEqual({ one: 1 });
    sqlite.close();
  });

  it('says what failed and what to do when the build is missing or not a module', () => {
    const missing = join(tmp.dir, 'electron', 'better_sqlite3.node');
    const remedy = 'Run "npm run rebuild:electron", then start the app again.';
    let err: unknown;
    try {
      openDatabase(join(tmp.dir, 'b.db'), 1000, { path: missing, remedy });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StartupError);
    expect(err).toMatchObject({ reason: 'native_module' });
    expect((err as Error).message).toContain(missing);
    expect((err as Error).message).toContain(remedy);

    const broken = join(tmp.dir, 'broken.node');
    writeFileSync(broken, 'not a shared library');
    expect(() => openDatabase(join(tmp.dir, 'c.forTests.db'), 1000, { path: broken, remedy })).toThrow(
      expect.objectContaining({ reason: 'native_module' }),
    );
  });
});
