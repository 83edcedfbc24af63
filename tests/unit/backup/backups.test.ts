import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupOverview, Client } from '#contract';
import { DB_FILE } from '../../../electron/core';
import { copyDatabase } from '../../../electron/core/backup/copy';
import { FIRST_CHECK_MS } from '../../../electron/core/backup/schedule';
import { openDatabase } from '../../../electron/core/db/connection';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate';
import { call, type ManualClock, MIGRATIONS_DIR, openTestCore, tempDir } from '../support/core-harness';
import { FakeTime } from '../support/fake-time';
import { RestartableCore } from './support';

const HOUR = 60 * 60 * 1000;

function files(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Exactly `count` backups in the folder, and none still being copied (no partial file beside them). */
function finished(dir: string, count: number): boolean {
  const names = files(dir);
  return names.length === count && names.every((f) => f.endsWith('.db'));
}

function clientNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare<[], { name: string }>('SELECT name FROM clients ORDER BY name')
      .all()
      .map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('backups of the database', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RestartableCore;
  beforeEach(() => {
    tmp = tempDir('zbl-backup-');
    host = new RestartableCore(tmp.dir);
  });
  afterEach(() => {
    host.close();
    tmp.cleanup();
  });

  it('backs up now into <dataDir>/backups as one self-contained file listed with its date, size and version', async () => {
    await call<Client>(host.core, 'clients:create', { name: 'Acme' });
    const backup = await call<BackupInfo>(host.core, 'backup:create', {});
    expect(backup).toMatchObject({ reason: 'manual', appVersion: '0.0.0-test' });
    expect(backup.id).toMatch(/^zbl-\d{8}-\d{6}-\d{3}-manual\.db$/);
    const file = join(tmp.dir, 'backups', backup.id);
    expect(statSync(file).size).toBe(backup.size);
    // No WAL or journal beside it: copying the one file is enough.
    expect(files(join(tmp.dir, 'backups'))).toEqual([backup.id]);
    expect(clientNames(file)).toEqual(['Acme']);

    const overview = await call<BackupOverview>(host.core, 'backup:overview', {});
    expect(overview).toMatchObject({
      backups: [backup],
      folder: join(tmp.dir, 'backups'),
      keep: 7,
      running: false,
      lastRestore: null,
    });
  });

  it('keeps the newest N backups (a setting, 7 by default)', async () => {
    await call<Client>(host.core, 'clients:create', { name: 'Acme' });
    const clock = host.o.clock as unknown as ManualClock;
    const taken: string[] = [];
    for (let i = 0; i < 9; i++) {
      clock.advance(1000);
      taken.push((await call<BackupInfo>(host.core, 'backup:create', {})).id);
    }
    expect(files(join(tmp.dir, 'backups'))).toEqual(taken.slice(2).sort());
    await call(host.core, 'backup:setKeep', { keep: 3 });
    expect(files(join(tmp.dir, 'backups'))).toEqual(taken.slice(6).sort());
    expect(await host.core.dispatch('backup:setKeep', { keep: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('refuses a damaged file with a reason and leaves the current data untouched', async () => {
    await call<Client>(host.core, 'clients:create', { name: 'Kept' });
    const good = await call<BackupInfo>(host.core, 'backup:create', {});
    const file = join(tmp.dir, 'backups', good.id);
    const bytes = readFileSync(file);
    // Garbage over the pages after the header: the schema page survives, the data does not.
    bytes.fill(0x5a, 4096 + 100, bytes.length - 10);
    writeFileSync(file, bytes);
    const before = files(join(tmp.dir, 'backups'));

    const refused = await host.core.dispatch('backup:restore', { source: { kind: 'backup', id: good.id } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason: 'corrupt' } } });
    expect((refused as { error: { message: string } }).error.message).toMatch(/damaged/);
    expect(host.restarts).toEqual([]);
    expect(files(join(tmp.dir, 'backups'))).toEqual(before);
    expect(existsSync(join(tmp.dir, 'restore', 'pending.json'))).toBe(false);
    expect((await call<Client[]>(host.core, 'clients:list', {})).map((c) => c.name)).toEqual(['Kept']);

    // Not SQLite at all.
    writeFileSync(file, Buffer.alloc(8192, 0x41));
    expect(await host.core.dispatch('backup:restore', { source: { kind: 'backup', id: good.id } })).toMatchObject({
      ok: false,
      error: { details: { reason: 'not_a_backup' } },
    });
    // A name outside the backups folder cannot even be asked for.
    expect(
      await host.core.dispatch('backup:restore', { source: { kind: 'backup', id: `../${DB_FILE}` } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a copy made by a newer version (a database update this version does not know)', async () => {
    await call<Client>(host.core, 'clients:create', { name: 'Acme' });
    const backup = await call<BackupInfo>(host.core, 'backup:create', {});
    const copy = new Database(join(tmp.dir, 'backups', backup.id));
    copy.prepare('INSERT INTO _migrations VALUES (?, ?, ?)').run('9999_future', 'h', 1);
    copy.prepare(`UPDATE zbl_backup SET value = '9.0.0' WHERE key = 'appVersion'`).run();
    copy.close();
    const refused = await host.core.dispatch('backup:restore', { source: { kind: 'backup', id: backup.id } });
    expect(refused).toMatchObject({
      ok: false,
      error: { details: { reason: 'newer_version', appVersion: '9.0.0' } },
    });
    expect(host.restarts).toEqual([]);
  });

  it('restores a backup: the current data is kept as a backup first, the core restarts on the copy', async () => {
    await call<Client>(host.core, 'clients:create', { name: 'Before' });
    const backup = await call<BackupInfo>(host.core, 'backup:create', {});
    await call<Client>(host.core, 'clients:create', { name: 'After' });

    expect(await call(host.core, 'backup:restore', { source: { kind: 'backup', id: backup.id } })).toEqual({
      outcome: 'restarting',
    });
    const core = await host.restarted();
    expect(host.restarts).toEqual(['restore']);
    expect((await call<Client[]>(core, 'clients:list', {})).map((c) => c.name)).toEqual(['Before']);

    const overview = await call<BackupOverview>(core, 'backup:overview', {});
    expect(overview.lastRestore).toMatchObject({
      kind: 'restore',
      outcome: 'restored',
      sourceCreatedAt: backup.createdAt,
      sourceVersion: '0.0.0-test',
      migrated: 0,
    });
    const kept = overview.backups.find((b) => b.reason === 'before_restore');
    expect(kept).toBeDefined();
    expect(clientNames(join(tmp.dir, 'backups', kept!.id))).toEqual(['After', 'Before']);
    // The restored database carries no trace of the copy's own bookkeeping.
    expect(
      core.forTests.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'zbl_backup'`).get(),
    ).toBeUndefined();
    expect(files(join(tmp.dir, 'restore'))).toEqual(['last.json']);
    expect(await call(core, 'backup:dismissRestore', {})).toEqual({ dismissed: true });
    expect((await call<BackupOverview>(core, 'backup:overview', {})).lastRestore).toBeNull();
  });

  it('restores a backup of an older version and brings it up to date', async () => {
    host.close();
    const migrations = loadMigrations(MIGRATIONS_DIR);
    const older = migrations.slice(0, migrations.length - 2);
    const { sqlite } = openDatabase(join(tmp.dir, 'old.db'));
    migrate(sqlite, older, () => 1);
    const clientId = randomUUID();
    sqlite
      .prepare('INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 1, 1)')
      .run(clientId, 'From 0.0.9', 'from 0.0.9');
    await copyDatabase(
      sqlite,
      join(tmp.dir, 'backups-old.db'),
      { kind: 'backup', createdAt: Date.UTC(2025, 0, 2), appVersion: '0.0.9', reason: 'daily' },
      undefined,
    );
    sqlite.close();

    const restarted = new RestartableCore(tmp.dir, {
      ...host.o,
      extra: { files: chooseFile(join(tmp.dir, 'backups-old.db')) },
    });
    host = restarted;
    expect(await call(host.core, 'backup:restore', { source: { kind: 'dialog' } })).toEqual({ outcome: 'restarting' });
    const core = await host.restarted();
    expect((await call<Client[]>(core, 'clients:list', {})).map((c) => c.name)).toEqual(['From 0.0.9']);
    const tags = core.forTests.sqlite.prepare<[], { tag: string }>('SELECT tag FROM _migrations ORDER BY tag').all();
    expect(tags.map((t) => t.tag)).toEqual(migrations.map((m) => m.tag));
    expect((await call<BackupOverview>(core, 'backup:overview', {})).lastRestore).toMatchObject({
      outcome: 'restored',
      sourceVersion: '0.0.9',
      migrated: 2,
    });
  });

  it('puts the previous data back when the restored copy cannot be brought up to date', async () => {
    await call<Client>(host.core, 'clients:create', { name: 'Current' });
    host.close();
    const migrations = loadMigrations(MIGRATIONS_DIR);
    const { sqlite } = openDatabase(join(tmp.dir, 'odd.db'));
    migrate(sqlite, migrations.slice(0, migrations.length - 1), () => 1);
    // Recording the last migration (whatever it is) fails on this copy, so bringing it up to date does.
    sqlite.exec(`CREATE TRIGGER refuse_migration BEFORE INSERT ON _migrations BEGIN SELECT RAISE(ABORT, 'no'); END`);
    sqlite
      .prepare('INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 1, 1)')
      .run(randomUUID(), 'Odd', 'odd');
    sqlite.close();

    host = new RestartableCore(tmp.dir, { ...host.o, extra: { files: chooseFile(join(tmp.dir, 'odd.db')) } });
    expect(await call(host.core, 'backup:restore', { source: { kind: 'dialog' } })).toEqual({ outcome: 'restarting' });
    const core = await host.restarted();
    expect((await call<Client[]>(core, 'clients:list', {})).map((c) => c.name)).toEqual(['Current']);
    const last = (await call<BackupOverview>(core, 'backup:overview', {})).lastRestore;
    expect(last).toMatchObject({
      kind: 'restore',
      outcome: 'failed',
      message: expect.stringMatching(/rolled back/) as unknown,
    });
    expect(files(join(tmp.dir, 'restore'))).toEqual(['last.json']);
  });

  it('a cancelled file dialog changes nothing', async () => {
    host.close();
    host = new RestartableCore(tmp.dir, { ...host.o, extra: { files: chooseFile(null) } });
    expect(await call(host.core, 'backup:restore', { source: { kind: 'dialog' } })).toEqual({ outcome: 'cancelled' });
    expect(host.restarts).toEqual([]);
  });
});

function chooseFile(path: string | null) {
  return {
    chooseOpen: () => Promise.resolve(path),
    chooseSave: () => Promise.resolve(null),
  };
}

describe('automatic backups', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir('zbl-backup-');
  });
  afterEach(() => tmp.cleanup());

  it('takes one a day once there is data, checking every hour', async () => {
    const time = new FakeTime();
    const core = openTestCore(tmp.dir, time, undefined, { timers: time });
    try {
      await time.advance(FIRST_CHECK_MS + HOUR);
      // No client yet: nothing worth a backup.
      expect(files(join(tmp.dir, 'backups'))).toEqual([]);
      await call<Client>(core, 'clients:create', { name: 'Acme' });
      await time.advance(HOUR);
      // The copy goes on in steps after the check that started it: wait until it is a finished file.
      await waitFor(() => finished(join(tmp.dir, 'backups'), 1));
      expect(files(join(tmp.dir, 'backups'))[0]).toMatch(/-daily\.db$/);
      await time.advance(12 * HOUR);
      await core.forTests.backup.create('manual');
      // A backup taken by hand counts: the next automatic one comes a day after it.
      await time.advance(13 * HOUR);
      expect(files(join(tmp.dir, 'backups'))).toHaveLength(2);
      await time.advance(11 * HOUR);
      await waitFor(() => finished(join(tmp.dir, 'backups'), 3));
      expect(files(join(tmp.dir, 'backups')).filter((f) => f.endsWith('-daily.db'))).toHaveLength(2);
    } finally {
      core.close();
    }
  });

  it('a core closed while its daily backup is copied stops the copy: no partial file, nothing reported as failed', async () => {
    const time = new FakeTime();
    const lines: Array<{ level: string; message: string }> = [];
    const copying = () => files(join(tmp.dir, 'backups')).some((f) => f.endsWith('.part'));
    let closedMidCopy = false;
    // The app closes between two steps of the copy: they yield with setImmediate, so looking as often
    // sees the partial file before the copy ends.
    const closeMidCopy = () => {
      if (!copying()) return void setImmediate(closeMidCopy);
      closedMidCopy = true;
      core.close();
    };
    const note = (level: string) => (message: string) => {
      lines.push({ level, message });
      if (message === 'backup: taking') setImmediate(closeMidCopy);
    };
    const log = {
      debug: note('debug'),
      info: note('info'),
      warn: note('warn'),
      error: note('error'),
      redactValue() {},
    };
    const core = openTestCore(tmp.dir, time, undefined, { timers: time, log });
    await call<Client>(core, 'clients:create', { name: 'Acme' });
    // Several steps of copying.
    core.forTests.sqlite.exec('CREATE TABLE bulk (body BLOB NOT NULL)');
    const insert = core.forTests.sqlite.prepare('INSERT INTO bulk (body) VALUES (?)');
    core.forTests.sqlite.transaction(() => {
      for (let i = 0; i < 6000; i++) insert.run(Buffer.alloc(4000, i % 251));
    })();
    await time.advance(FIRST_CHECK_MS);
    await waitFor(() => lines.some((l) => l.message.startsWith('backup: the daily backup stopped')));
    expect(closedMidCopy).toBe(true);
    expect(files(join(tmp.dir, 'backups'))).toEqual([]);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('takes one before migrating a database that has data, and none for a new one', () => {
    const migrations = loadMigrations(MIGRATIONS_DIR);
    const { sqlite } = openDatabase(join(tmp.dir, DB_FILE));
    migrate(sqlite, migrations.slice(0, migrations.length - 1), () => 1);
    sqlite
      .prepare('INSERT INTO clients (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, 1, 1)')
      .run(randomUUID(), 'Acme', 'acme');
    sqlite.close();

    const core = openTestCore(tmp.dir);
    core.close();
    const taken = files(join(tmp.dir, 'backups'));
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatch(/-before_migration\.db$/);
    const copy = new Database(join(tmp.dir, 'backups', taken[0]!), { readonly: true });
    // The copy is of the data as it was: one update behind.
    expect(copy.prepare('SELECT count(*) AS n FROM _migrations').get()).toEqual({ n: migrations.length - 1 });
    copy.close();
    expect(clientNames(join(tmp.dir, 'backups', taken[0]!))).toEqual(['Acme']);

    const fresh = tempDir('zbl-backup-');
    try {
      openTestCore(fresh.dir).close();
      expect(files(join(fresh.dir, 'backups'))).toEqual([]);
    } finally {
      fresh.cleanup();
    }
  });
});

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(done()).toBe(true);
}
