import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { DAY_MS } from '../../../electron/core/logs/health';
import { logsPrefs } from '../../../electron/core/logs/prefs';
import { createRetention, PRUNE_SQL } from '../../../electron/core/logs/retention';
import { createPreferences } from '../../../electron/core/settings/preferences';
import { createJsonFileStore } from '../../../electron/core/settings/json-file-store';
import { createFileLog } from '../../../electron/core/logs/file-log';
import { join } from 'node:path';
import { call, tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { attemptTimes, insertAttempts, insertDispatch } from './outbox-rows';

describe('attempt retention', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  let client: string;
  let integration: string;

  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
    core = openDispatchCore(tmp.dir, { clock: time, timers: time });
    client = seedClient(core, 'Acme');
    integration = seedIntegration(core, client, { status: 'paused' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const daysAgo = (days: number, extraMs = 0) => time.now() - days * DAY_MS - extraMs;
  const dispatch = (state: 'sent' | 'error' | 'retrying' | 'held' | 'pending') =>
    insertDispatch(core, { clientId: client, integrationId: integration, state, createdAt: daysAgo(400) });

  it('prunes at start-up and then daily, keeping every attempt of an open dispatch', async () => {
    // Written before the start-up run fires (the fake timers have not moved yet).
    const sent = dispatch('sent');
    insertAttempts(core, sent, [daysAgo(181), daysAgo(180, 1), daysAgo(180), daysAgo(10)]);
    const open = { retrying: dispatch('retrying'), held: dispatch('held'), pending: dispatch('pending') };
    for (const id of Object.values(open)) insertAttempts(core, id, [daysAgo(300), daysAgo(200)]);
    const error = dispatch('error');
    insertAttempts(core, error, [daysAgo(200), daysAgo(190)]);

    await time.flush();
    // 180 days by default: older than that goes; exactly 180 days old stays.
    expect(attemptTimes(core, sent)).toEqual([daysAgo(180), daysAgo(10)]);
    expect(attemptTimes(core, error)).toEqual([]);
    for (const id of Object.values(open)) expect(attemptTimes(core, id)).toEqual([daysAgo(300), daysAgo(200)]);

    // The engine's own timers would make a fake day slow to play; pruning does not need them.
    core.forTests.engine.stop();
    // A day later the next run takes what has aged past the limit meanwhile.
    const before = time.now();
    await time.advance(DAY_MS);
    expect(attemptTimes(core, sent)).toEqual([before - 10 * DAY_MS]);

    // Once the dispatch is closed, its old attempts go at the next run.
    core.forTests.sqlite.prepare("UPDATE dispatches SET state = 'sent' WHERE id = ?").run(open.retrying);
    await time.advance(DAY_MS);
    expect(attemptTimes(core, open.retrying)).toEqual([]);
    expect(attemptTimes(core, open.held)).toHaveLength(2);
  });

  it('applies a shorter retention at once, and only within its bounds', async () => {
    const sent = dispatch('sent');
    insertAttempts(core, sent, [daysAgo(60), daysAgo(20)]);
    await time.flush();
    expect(attemptTimes(core, sent)).toHaveLength(2);
    expect(await call(core, 'logs:getRetention', {})).toEqual({ days: 180 });

    expect(await call(core, 'logs:setRetention', { days: 30 })).toEqual({ days: 30 });
    await time.flush();
    expect(attemptTimes(core, sent)).toEqual([daysAgo(20)]);
    expect(await call(core, 'logs:getRetention', {})).toEqual({ days: 30 });

    for (const days of [6, 3651, 30.5]) {
      const r = await core.dispatch('logs:setRetention', { days });
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
    }
    expect(await call(core, 'logs:getRetention', {})).toEqual({ days: 30 });
  });

  it('deletes in bounded batches and lets other work run between them', async () => {
    const ids = Array.from({ length: 7 }, () => dispatch('sent'));
    for (const id of ids)
      insertAttempts(core, id, [daysAgo(300), daysAgo(299), daysAgo(298), daysAgo(297), daysAgo(296)]);
    await time.flush(); // the core's own start-up run
    for (const id of ids)
      insertAttempts(core, id, [daysAgo(300), daysAgo(299), daysAgo(298), daysAgo(297), daysAgo(296)]);

    const prefs = logsPrefs(createPreferences(createJsonFileStore(join(tmp.dir, 'preferences.json')), log()));
    const retention = createRetention({
      sqlite: core.forTests.sqlite,
      clock: time,
      timers: time,
      prefs,
      log: log(),
      batchRows: 10,
    });
    const sizes: number[] = [];
    const counter = core.forTests.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM dispatch_attempts');
    let interleaved = 0;
    const pruning = retention.prune();
    // Work queued now runs between batches, not after the whole prune.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      interleaved++;
      sizes.push(counter.get()!.n);
    }
    expect(await pruning).toBe(35);
    expect(interleaved).toBe(3);
    expect(sizes[0]).toBeLessThan(35);
    expect(sizes[0]).toBeGreaterThan(0);
    expect(counter.get()!.n).toBe(0);

    function log() {
      return createFileLog({ dir: join(tmp.dir, 'logs'), clock: time });
    }
  });

  it('finds old attempts through the client and start time index', () => {
    const plan = core.forTests.sqlite
      .prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${PRUNE_SQL}`)
      .all({ clientId: client, cutoff: 1, limit: 10 })
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(
      /SEARCH a USING (COVERING )?INDEX attempts_client_started_idx \(client_id=\? AND started_at<\?\)/,
    );
    expect(plan).toMatch(/SEARCH d USING INDEX sqlite_autoindex_dispatches_1 \(id=\?\)/);
    expect(plan).not.toMatch(/SCAN (a|d)\b/);
  });
});
