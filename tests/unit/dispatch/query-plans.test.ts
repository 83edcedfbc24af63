import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { Sqlite } from '../../../electron/core/db/connection';
import { createBatchStore } from '../../../electron/core/dispatch/bulk/store';
import { createSqliteOutbox } from '../../../electron/core/dispatch/sqlite-outbox';
import { createOutboxQueries } from '../../../electron/core/dispatch/sqlite-queries';
import { openTestCore, tempDir } from '../support/core-harness';
import { queryPlan } from '../support/query-plan';
import { seedLogs } from '../logs/seed';

/** Every statement the outbox, its queries and the bulk store prepare, by SQL text. */
function preparedSql(sqlite: Sqlite): string[] {
  const seen: string[] = [];
  const recording = new Proxy(sqlite, {
    get(target, key, receiver) {
      if (key !== 'prepare') return Reflect.get(target, key, receiver) as unknown;
      return (sql: string) => {
        seen.push(sql);
        return target.prepare(sql);
      };
    },
  });
  const outbox = createSqliteOutbox(recording);
  createOutboxQueries(recording);
  createBatchStore(recording, outbox);
  return seen;
}

/** A statement that picks dispatches from a list of ids it is given. */
const BY_ID_LIST = /\bd?\.?id IN \(SELECT value FROM json_each/;

// With and without statistics: the app never runs ANALYZE itself, but a user's database might have them.
describe.each([false, true])('dispatches picked from a list of ids (ANALYZE: %s)', (analyze) => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;

  beforeAll(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    seedLogs(core, 2000);
    if (analyze) core.forTests.sqlite.exec('ANALYZE');
  });
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  it('are found by id, never by walking every dispatch in a state (a backlog, every cancelled one)', () => {
    const sqlite = core.forTests.sqlite;
    const statements = preparedSql(sqlite).filter((sql) => BY_ID_LIST.test(sql));
    // The leases (one by one and in bulk imports), re-queueing after a re-score, the superseded check…
    expect(statements.length).toBeGreaterThanOrEqual(5);
    for (const sql of statements) {
      const plan = queryPlan(sqlite, sql);
      expect(plan, sql).toMatch(/USING (?:COVERING )?INDEX sqlite_autoindex_dispatches_1 \(id=\?\)/);
      expect(plan, sql).not.toMatch(/dispatches_due_idx|dispatches_integration_state_idx/);
    }
  });
});
