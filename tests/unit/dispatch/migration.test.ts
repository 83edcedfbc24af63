import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { loadMigrations, migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS_DIR, tempDir } from '../support/core-harness';

const migrations = loadMigrations(MIGRATIONS_DIR);
const at = migrations.findIndex((m) => m.tag === '0002_dispatch_engine');

describe('migration 0002_dispatch_engine', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('keeps the outbox written by the previous version and adds the engine’s columns and index', () => {
    expect(at).toBeGreaterThan(0);
    const { sqlite } = openDatabase(join(tmp.dir, 'db.sqlite'));
    try {
      migrate(sqlite, migrations.slice(0, at), () => 1);
      sqlite.exec(`
        INSERT INTO clients VALUES ('c1', 'Acme', 'acme', 1, 1, NULL);
        INSERT INTO leads (id, client_id, received_at, created_at, updated_at) VALUES ('l1', 'c1', 1, 1, 1);
        INSERT INTO integrations (id, client_id, type, name, config, created_at, updated_at)
          VALUES ('i1', 'c1', 'activecampaign', 'AC', '{}', 1, 1);
        INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, next_attempt_at,
          created_at, updated_at) VALUES ('d1', 'c1', 'l1', 'i1', 'retrying', 2, 500, 1, 1);
        INSERT INTO dispatch_attempts (dispatch_id, client_id, number, started_at, outcome)
          VALUES ('d1', 'c1', 2, 10, 'failed');
      `);
      expect(migrate(sqlite, migrations.slice(0, at + 1), () => 2)).toEqual(['0002_dispatch_engine']);
      expect(
        sqlite
          .prepare(
            'SELECT state, attempt_count, next_attempt_at, remote_id, resend_of, attempt_started_at FROM dispatches',
          )
          .get(),
      ).toEqual({
        state: 'retrying',
        attempt_count: 2,
        next_attempt_at: 500,
        remote_id: null,
        resend_of: null,
        attempt_started_at: null,
      });
      expect(sqlite.prepare('SELECT count(*) AS n FROM dispatch_attempts').get()).toEqual({ n: 1 });
      const indexes = sqlite
        .prepare<[], { name: string }>(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dispatches'",
        )
        .all()
        .map((r) => r.name);
      expect(indexes).toContain('dispatches_integration_due_idx');
      expect(indexes).not.toContain('dispatches_integration_state_idx');
      const plan = sqlite
        .prepare<[], { detail: string }>(
          `EXPLAIN QUERY PLAN SELECT id FROM dispatches
           WHERE integration_id = 'i1' AND state = 'retrying' AND next_attempt_at <= 1000 ORDER BY next_attempt_at`,
        )
        .all()
        .map((r) => r.detail)
        .join(' ');
      expect(plan).toContain('dispatches_integration_due_idx');
      expect(plan).not.toContain('TEMP B-TREE');
    } finally {
      sqlite.close();
    }
  });
});
