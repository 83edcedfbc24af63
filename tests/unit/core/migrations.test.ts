import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, StartupError, type Sqlite } from '../../../electron/core/db/connection';
import { lockDataDir } from '../../../electron/core/db/data-dir';
import { loadMigrations, migrate, type Migration } from '../../../electron/core/db/migrate';
import { DB_FILE } from '../../../electron/core';
import { MIGRATIONS_DIR, openTestCore, tempDir } from '../support/core-harness';

const migrations = loadMigrations(MIGRATIONS_DIR);
const now = (): number => 1_780_000_000_000;

/**
 * Rows written in the shape of the schema *before* a migration, and a check that they survive it.
 * Every migration after the first adds an entry here.
 */
/**
 * A client with one lead, one webhook integration and dispatches in the given states, as the
 * schema stood from 0001 on: ids are `c<n>`, `l<n>`, `i<n>` and the dispatch ids given.
 */
function seedOutbox(db: Sqlite, n: number, dispatches: Array<[id: string, state: string, lastError?: string]>): void {
  db.prepare('INSERT INTO clients VALUES (?, ?, ?, ?, ?, NULL)').run(`c${n}`, 'Gama', `gama ${n}`, 1, 1);
  db.prepare(
    `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, created_at, updated_at)
     VALUES (?, ?, 'Ana Souza', 'ana@gama.com.br', 'ana@gama.com.br', 1, 1, 1)`,
  ).run(`l${n}`, `c${n}`);
  db.prepare(
    "INSERT INTO integrations (id, client_id, type, name, config, created_at, updated_at) VALUES (?, ?, 'webhook', 'W', '{}', 1, 1)",
  ).run(`i${n}`, `c${n}`);
  const insert = db.prepare(
    `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, last_error, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, 1)`,
  );
  for (const [id, state, lastError] of dispatches) insert.run(id, `c${n}`, `l${n}`, `i${n}`, state, lastError ?? null);
}

const dataBefore: Record<string, { seed(db: Sqlite): void; check(db: Sqlite): void }> = {
  '0001_outbox': {
    seed(db) {
      db.prepare('INSERT INTO clients VALUES (?, ?, ?, ?, ?, NULL)').run('c1', 'Acme', 'acme', 1, 1);
      db.prepare('INSERT INTO credentials VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        'cred_1',
        'c1',
        'p',
        'b',
        Buffer.from('x'),
        '…',
        1,
        1,
      );
    },
    check(db) {
      expect(db.prepare('SELECT name FROM clients').all()).toEqual([{ name: 'Acme' }]);
      expect(db.prepare('SELECT count(*) AS n FROM credentials').get()).toEqual({ n: 1 });
      // The new per-client tables accept rows tied to the existing client.
      db.prepare(
        "INSERT INTO integrations (id, client_id, type, name, config, created_at, updated_at) VALUES ('i1', 'c1', 'activecampaign', 'AC', '{}', 1, 1)",
      ).run();
    },
  },
  '0004_leads_intake_scoring': {
    seed(db) {
      db.prepare('INSERT INTO clients VALUES (?, ?, ?, ?, ?, NULL)').run('c4', 'Beta', 'beta', 1, 1);
      const validation = JSON.stringify({ email: { status: 'valid', kind: 'free' }, issues: [{ code: 'x' }] });
      const insert = db.prepare(
        `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, validation, is_test, created_at,
           updated_at) VALUES (?, 'c4', 'Ana', ?, ?, 1, ?, ?, 1, 1)`,
      );
      insert.run('l1', 'ana@gmail.com', 'ana@gmail.com', validation, 0);
      insert.run('l2', 'zbl-test@example.com', 'zbl-test@example.com', null, 1);
    },
    check(db) {
      // Stored leads get the filter columns from their validation; test leads are told apart.
      expect(db.prepare("SELECT origin, email_kind, issue_count FROM leads WHERE id = 'l1'").get()).toEqual({
        origin: 'manual',
        email_kind: 'free',
        issue_count: 1,
      });
      expect(db.prepare("SELECT origin FROM leads WHERE id = 'l2'").get()).toEqual({ origin: 'test' });
      db.prepare(
        `INSERT INTO scoring_profiles (id, client_id, name, name_key, rules, ranges, qualify_at, active, created_at,
           updated_at) VALUES ('p1', 'c4', 'P', 'p', '[]', '[]', 40, 1, 1, 1)`,
      ).run();
    },
  },
  '0005_log_search': {
    seed(db) {
      seedOutbox(db, 5, [['d5', 'error', 'Tempo esgotado']]);
    },
    check(db) {
      // Dispatches from before the index are searchable by lead and message.
      const found = (text: string) =>
        db.prepare('SELECT rowid FROM dispatch_search WHERE dispatch_search MATCH ?').all(`"${text}"`).length;
      expect([found('gama.com'), found('esgotado'), found('souza')]).toEqual([1, 1, 1]);
    },
  },
  '0006_health_errors': {
    seed(db) {
      seedOutbox(db, 5, [
        ['d5', 'error'],
        ['d6', 'sent'],
      ]);
    },
    check(db) {
      const plan = db
        .prepare<[], { detail: string }>(
          "EXPLAIN QUERY PLAN SELECT count(*) FROM dispatches WHERE client_id = 'c5' AND state = 'error' AND updated_at > 0",
        )
        .all()
        .map((r) => r.detail)
        .join(' ');
      expect(plan).toContain('dispatches_errors_idx');
      const n = db
        .prepare(
          "SELECT count(*) AS n FROM dispatches INDEXED BY dispatches_errors_idx WHERE client_id = 'c5' AND state = 'error'",
        )
        .get();
      expect(n).toEqual({ n: 1 });
    },
  },
  '0007_dispatch_cancel_request': {
    seed(db) {
      seedOutbox(db, 7, [['d7', 'sending']]);
    },
    check(db) {
      // A dispatch sending at the upgrade has no cancel pending: recovery retries it as before.
      expect(db.prepare("SELECT state, cancel_requested_at FROM dispatches WHERE id = 'd7'").get()).toEqual({
        state: 'sending',
        cancel_requested_at: null,
      });
    },
  },
  '0008_lead_search': {
    seed(db) {
      seedOutbox(db, 8, []);
    },
    check(db) {
      // Leads from before the index are found by name (accents aside), e-mail and company.
      const found = (text: string) =>
        db.prepare('SELECT rowid FROM lead_search WHERE lead_search MATCH ?').all(`"${text}"`).length;
      expect([found('souza'), found('gama.com'), found('xyz')]).toEqual([1, 1, 0]);
      db.prepare("UPDATE leads SET email = 'ana@outra.com.br' WHERE id = 'l8'").run();
      expect([found('gama.com'), found('outra.com')]).toEqual([0, 1]);
      db.prepare("DELETE FROM leads WHERE id = 'l8'").run();
      expect(found('souza')).toBe(0);
    },
  },
  '0009_qualification_gates': {
    seed(db) {
      seedOutbox(db, 9, []);
      db.prepare(
        `INSERT INTO scoring_profiles (id, client_id, name, name_key, rules, ranges, qualify_at, active, created_at,
           updated_at) VALUES ('p9', 'c9', 'Padrão', 'padrao', '[]', '[]', 40, 1, 1, 1)`,
      ).run();
    },
    check(db) {
      // Existing profiles refuse bad data from now on, without anyone editing them.
      const row = db
        .prepare<[], { disqualify: string }>("SELECT disqualify FROM scoring_profiles WHERE id = 'p9'")
        .get();
      expect(JSON.parse(row?.disqualify ?? '')).toEqual({
        invalidEmail: true,
        emailTypo: true,
        invalidPhone: true,
        invalidCnpj: true,
      });
      // Leads keep the scores they were given: nothing blocked them then.
      expect(db.prepare("SELECT blocked_by FROM leads WHERE id = 'l9'").get()).toEqual({ blocked_by: null });
    },
  },
  '0010_lead_search_phone_digits': {
    seed(db) {
      seedOutbox(db, 10, []);
      db.prepare("UPDATE leads SET phone = '(27)967255745', phone_e164 = '+5527967255745' WHERE id = 'l10'").run();
    },
    check(db) {
      // Leads from before are found by the phone's digits, and by name, e-mail and company as before.
      const found = (match: string) =>
        db.prepare('SELECT rowid FROM lead_search WHERE lead_search MATCH ?').all(match).length;
      const digits = (text: string) => found(`phone_digits : "${text}"`);
      expect([digits('27967255745'), digits('5527967255745'), found('"souza"'), found('"gama.com"')]).toEqual([
        1, 1, 1, 1,
      ]);
      db.prepare("UPDATE leads SET phone = '21 98765-4321', phone_e164 = '+5521987654321' WHERE id = 'l10'").run();
      expect([digits('27967255745'), digits('21987654321')]).toEqual([0, 1]);
      db.prepare("DELETE FROM leads WHERE id = 'l10'").run();
      expect(digits('21987654321')).toBe(0);
    },
  },
  '0011_lead_identity': {
    seed(db) {
      seedOutbox(db, 11, []);
      db.prepare(
        `INSERT INTO leads (id, client_id, full_name, email, email_key, phone, phone_e164, received_at, created_at,
           updated_at) VALUES ('w11', 'c11', 'Zap', '', '', '(27) 96725-5745', '+5527967255745', 2, 2, 2)`,
      ).run();
    },
    check(db) {
      // Leads from before have their identity at once: the e-mail, or without one the phone.
      const identities = db.prepare('SELECT id, identity_key FROM leads WHERE client_id = ? ORDER BY id').all('c11');
      expect(identities).toEqual([
        { id: 'l11', identity_key: 'e:ana@gama.com.br' },
        { id: 'w11', identity_key: 'p:+5527967255745' },
      ]);
    },
  },
  '0012_dispatch_unadvised_waits': {
    seed(db) {
      seedOutbox(db, 12, [['d12', 'retrying']]);
    },
    check(db) {
      // A dispatch waiting at the upgrade has had no unadvised wait yet.
      expect(db.prepare("SELECT state, unadvised_waits FROM dispatches WHERE id = 'd12'").get()).toEqual({
        state: 'retrying',
        unadvised_waits: 0,
      });
    },
  },
  '0013_rescore_jobs': {
    seed(db) {
      seedOutbox(db, 13, [['d13', 'pending']]);
    },
    check(db) {
      // Re-score runs belong to a client; a cancellation they record goes with its dispatch.
      db.prepare(
        `INSERT INTO rescore_jobs (id, client_id, profile_name, scope, queued, state, started_at)
         VALUES ('j13', 'c13', 'Padrão', 'unsent', 'cancel', 'running', 1)`,
      ).run();
      db.prepare("INSERT INTO rescore_cancellations (dispatch_id, job_id) VALUES ('d13', 'j13')").run();
      expect(db.prepare("SELECT total, rescored FROM rescore_jobs WHERE id = 'j13'").get()).toEqual({
        total: 0,
        rescored: 0,
      });
      db.prepare("DELETE FROM dispatches WHERE id = 'd13'").run();
      expect(db.prepare('SELECT count(*) AS n FROM rescore_cancellations').get()).toEqual({ n: 0 });
    },
  },
  '0014_report_index': {
    seed(db) {
      seedOutbox(db, 14, [['d14', 'sent']]);
      db.prepare(
        `INSERT INTO leads (id, client_id, full_name, email, email_key, is_test, received_at, created_at, updated_at)
         VALUES ('t14', 'c14', 'Test', 't@gama.com.br', 't@gama.com.br', 1, 1, 1, 1)`,
      ).run();
    },
    check(db) {
      // The leads from before are in the report's index at once; the test lead is not.
      const count = "SELECT count(*) AS n FROM leads WHERE client_id = 'c14' AND received_at >= 0 AND is_test = 0";
      expect(db.prepare(count).get()).toEqual({ n: 1 });
      const plan = db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${count}`).all();
      expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX leads_report_idx/);
    },
  },
  '0016_bulk_search_index': {
    seed(db) {
      seedOutbox(db, 14, [['d14', 'pending', 'timeout talking to the CRM']]);
    },
    check(db) {
      const leadHits = (text: string) =>
        db.prepare('SELECT rowid FROM lead_search WHERE lead_search MATCH ?').all(`"${text}"`).length;
      const dispatchHits = (text: string) =>
        db.prepare('SELECT rowid FROM dispatch_search WHERE dispatch_search MATCH ?').all(`"${text}"`).length;
      // What was indexed stays indexed, and a lead or dispatch written the usual way is indexed at once.
      expect([leadHits('gama.com'), dispatchHits('timeout talking')]).toEqual([1, 1]);
      db.prepare(
        `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, created_at, updated_at)
         VALUES ('m14', 'c14', 'Maria Quitéria', 'maria@quiteria.com.br', 'maria@quiteria.com.br', 2, 2, 2)`,
      ).run();
      db.prepare(
        `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, created_at, updated_at)
         VALUES ('e14', 'c14', 'm14', 'i14', 'pending', 2, 2)`,
      ).run();
      expect([leadHits('quiteria'), dispatchHits('quiteria')]).toEqual([1, 1]);
      // While a bulk writer holds the marker, its rows are left to it; the marker never outlives its transaction.
      db.transaction(() => {
        db.prepare('INSERT INTO search_index_deferred (id) VALUES (1)').run();
        db.prepare(
          `INSERT INTO leads (id, client_id, full_name, email, email_key, received_at, created_at, updated_at)
           VALUES ('b14', 'c14', 'Bárbara Heliodora', 'b@heliodora.com.br', 'b@heliodora.com.br', 3, 3, 3)`,
        ).run();
        expect(leadHits('heliodora')).toBe(0);
        db.prepare('DELETE FROM search_index_deferred').run();
      })();
      expect(db.prepare('SELECT count(*) AS n FROM search_index_deferred').get()).toEqual({ n: 0 });
    },
  },
  '0018_lead_search_contentless': {
    seed(db) {
      seedOutbox(db, 18, []);
      db.prepare("UPDATE leads SET phone = '011 96725-5745', phone_e164 = '+5511967255745' WHERE id = 'l18'").run();
    },
    check(db) {
      const found = (match: string) =>
        db.prepare('SELECT rowid FROM lead_search WHERE lead_search MATCH ?').all(match).length;
      const digits = (text: string) => found(`phone_digits : "${text}"`);
      // Leads from before are found as before: by name, e-mail, and the phone's E.164 or typed digits.
      expect([found('"souza"'), found('"gama.com"'), digits('11967255745'), digits('01196725')]).toEqual([1, 1, 1, 1]);
      // The index holds no text of its own: rowids only.
      const kept = db.prepare('SELECT full_name FROM lead_search WHERE lead_search MATCH \'"souza"\'').all();
      expect(kept.every((r) => (r as { full_name: unknown }).full_name === null)).toBe(true);
      db.prepare(
        "UPDATE leads SET full_name = 'Ana Lima', phone = '(21) 98765-4321', phone_e164 = '+5521987654321'",
      ).run();
      expect([found('"souza"'), found('"lima"'), digits('11967255745'), digits('21987654321')]).toEqual([0, 1, 0, 1]);
      db.prepare("DELETE FROM leads WHERE id = 'l18'").run();
      expect([found('"lima"'), digits('21987654321')]).toEqual([0, 0]);
      // Segments merge sixteen at a time in both indexes, a little with every write, never all at once first.
      const config = (table: string) =>
        db.prepare(`SELECT k, v FROM ${table}_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k`).all();
      const merges = [
        { k: 'automerge', v: 16 },
        { k: 'crisismerge', v: 64 },
      ];
      expect([config('lead_search'), config('dispatch_search')]).toEqual([merges, merges]);
    },
  },
};

function tables(db: Sqlite): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((r) => r.name);
}

describe('migrations', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('are read in journal order with their statements', () => {
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations[0]?.tag).toBe('0000_init');
    expect(migrations.every((m) => m.statements.length > 0 && /^[0-9a-f]{64}$/.test(m.hash))).toBe(true);
  });

  it.each(migrations.map((m, i) => [m.tag, i] as const))(
    '%s applies on a fresh database and on one holding data from the previous version',
    (tag, index) => {
      const { sqlite } = openDatabase(join(tmp.dir, 'm.db'));
      migrate(sqlite, migrations.slice(0, index), now);
      dataBefore[tag]?.seed(sqlite);
      expect(migrate(sqlite, migrations.slice(0, index + 1), now)).toEqual([tag]);
      dataBefore[tag]?.check(sqlite);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      sqlite.close();
    },
  );

  it('creates the schema with WAL, foreign keys and the per-client indexes', () => {
    const { sqlite } = openDatabase(join(tmp.dir, 'm.db'));
    migrate(sqlite, migrations, now);
    expect(tables(sqlite)).toEqual(expect.arrayContaining(['_migrations', 'clients', 'credentials']));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const indexes = sqlite.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type='index'").all();
    expect(indexes.map((i) => i.name)).toContain('credentials_client_idx');
    expect(() =>
      sqlite
        .prepare('INSERT INTO credentials VALUES (?,?,?,?,?,?,?,?)')
        .run('cred_x', 'no-such-client', 'p', 'b', Buffer.from('x'), '…', 1, 1),
    ).toThrow(/FOREIGN KEY/);
    sqlite.close();
  });

  it('is idempotent: a second run applies nothing', () => {
    const { sqlite } = openDatabase(join(tmp.dir, 'm.db'));
    expect(migrate(sqlite, migrations, now).length).toBe(migrations.length);
    expect(migrate(sqlite, migrations, now)).toEqual([]);
    sqlite.close();
  });

  it('rolls a failing migration back whole and says which one failed', () => {
    const { sqlite } = openDatabase(join(tmp.dir, 'm.db'));
    migrate(sqlite, migrations, now);
    const broken: Migration = {
      tag: '9999_broken',
      hash: 'h',
      statements: ['CREATE TABLE half_done (id INTEGER)', 'THIS IS NOT SQL'],
    };
    expect(() => migrate(sqlite, [...migrations, broken], now)).toThrow(/9999_broken failed and was rolled back/);
    expect(tables(sqlite)).not.toContain('half_done');
    sqlite.close();
  });

  it('refuses a database written by a newer version, changing nothing', () => {
    const { sqlite } = openDatabase(join(tmp.dir, 'm.db'));
    migrate(sqlite, migrations, now);
    sqlite.prepare('INSERT INTO _migrations VALUES (?, ?, ?)').run('9999_future', 'h', 1);
    expect(() => migrate(sqlite, migrations, now)).toThrow(/newer version/);
    sqlite.close();
  });

  it('reports a damaged database file clearly and leaves it untouched', () => {
    const file = join(tmp.dir, DB_FILE);
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(file, garbage);
    let caught: unknown;
    try {
      openTestCore(tmp.dir);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(StartupError);
    expect((caught as StartupError).reason).toBe('corrupt');
    expect((caught as Error).message).toContain('left untouched');
    expect(readFileSync(file).equals(garbage)).toBe(true);
    // The failed start released its lock: the folder can be opened once the file is fixed.
    expect(existsSync(join(tmp.dir, 'app.lock'))).toBe(false);
  });

  it('reports a database locked by another program', () => {
    const file = join(tmp.dir, 'm.db');
    const other = new Database(file);
    other.pragma('journal_mode = DELETE');
    other.exec('CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);');
    let caught: unknown;
    try {
      const { sqlite } = openDatabase(file, 200);
      migrate(sqlite, migrations, now);
    } catch (err) {
      caught = err;
    }
    other.exec('ROLLBACK');
    other.close();
    expect(caught).toBeInstanceOf(StartupError);
    expect((caught as StartupError).reason).toBe('locked');
  });

  it('lets only one running app use a data folder', () => {
    // PID 1 is always alive: it stands for another running copy.
    writeFileSync(join(tmp.dir, 'app.lock'), '1');
    expect(() => lockDataDir(tmp.dir)).toThrow(/already running/);
    // A lock left by a process that no longer exists is taken over.
    writeFileSync(join(tmp.dir, 'app.lock'), '999999999');
    const release = lockDataDir(tmp.dir);
    expect(readFileSync(join(tmp.dir, 'app.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(tmp.dir, 'app.lock'))).toBe(false);
  });
});
