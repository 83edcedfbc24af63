import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { DB_FILE } from '../../../electron/core';
import { openTestCore, tempDir } from '../support/core-harness';

async function until(what: string, ok: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** About `mb` megabytes written through the main connection, in transactions of 256 KB. */
function write(core: Core, mb: number): void {
  const { sqlite } = core.forTests;
  sqlite.exec('CREATE TABLE IF NOT EXISTS pad (x BLOB)');
  const insert = sqlite.prepare('INSERT INTO pad (x) VALUES (randomblob(4096))');
  for (let t = 0; t < mb * 4; t++) sqlite.transaction(() => Array.from({ length: 64 }, () => insert.run()))();
}

const autocheckpoint = (core: Core): unknown => core.forTests.sqlite.pragma('wal_autocheckpoint', { simple: true });

describe('WAL checkpoints off the main thread', () => {
  const tmp = tempDir();
  let core: Core | null = null;
  afterEach(() => {
    core?.close();
    core = null;
  });

  it('a worker folds the log into the file while the main connection never checkpoints in a commit', async () => {
    const dir = join(tmp.dir, 'worker');
    core = openTestCore(dir, undefined, undefined, { checkpoints: { intervalMs: 20 } });
    const c = core;
    await until('the worker', () => c.forTests.checkpoints().mode === 'worker');
    expect(autocheckpoint(c)).toBe(0);
    const before = statSync(join(dir, DB_FILE)).size;

    write(c, 8);
    await until('a checkpoint', () => c.forTests.checkpoints().frames >= 2000);
    // The pages reached the database file, copied by the worker: the main connection's threshold is 0.
    expect(statSync(join(dir, DB_FILE)).size).toBeGreaterThan(before + 7 * 1024 * 1024);
    expect(c.forTests.checkpoints().count).toBeGreaterThan(0);

    // Closing stops the worker's connection first, so the main one is the last: it folds the rest and removes the log.
    c.close();
    core = null;
    expect(existsSync(join(dir, `${DB_FILE}-wal`))).toBe(false);
  });

  it('with no worker script the main connection keeps SQLite’s own checkpoints, and says why', () => {
    const dir = join(tmp.dir, 'missing');
    core = openTestCore(dir, undefined, undefined, { checkpoints: { script: join(dir, 'nowhere.js') } });
    expect(core.forTests.checkpoints().mode).toBe('inline');
    expect(autocheckpoint(core)).toBe(1000);
    expect(readFileSync(join(dir, 'logs', 'app.log'), 'utf8')).toContain('no checkpoint worker script');
  });

  it('a worker that dies gives checkpoints back to the main connection', async () => {
    const dir = join(tmp.dir, 'dies');
    const script = join(tmp.dir, 'dying-worker.cjs');
    writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
       parentPort.postMessage({ type: 'ready' });
       setTimeout(() => { throw new Error('the disk went away'); }, 200);`,
    );
    core = openTestCore(dir, undefined, undefined, { checkpoints: { script } });
    const c = core;
    await until('the worker', () => c.forTests.checkpoints().mode === 'worker');
    expect(autocheckpoint(c)).toBe(0);
    await until('the fallback', () => c.forTests.checkpoints().mode === 'inline');
    expect(autocheckpoint(c)).toBe(1000);
    expect(readFileSync(join(dir, 'logs', 'app.log'), 'utf8')).toContain('the disk went away');
  });
});
