import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { logsListInputSchema, type LogsListInput } from '#contract/logs';
import { encodeCursor } from '../../../electron/core/lib/cursor';
import { maxAttemptsFor } from '../../../electron/core/logs/handlers';
import { createLogQueries } from '../../../electron/core/logs/queries';
import { openTestCore, tempDir } from '../support/core-harness';
import { seedLogs, type Seeded } from './seed';

// With and without statistics: the app never runs ANALYZE itself, but a user's database might have them.
describe.each([false, true])('logs:list query plans (ANALYZE: %s)', (analyze) => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let data: Seeded;

  beforeAll(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    data = seedLogs(core, 2000);
    if (analyze) core.forTests.sqlite.exec('ANALYZE');
  });
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  function plan(input: LogsListInput): string {
    const queries = createLogQueries(core.forTests.sqlite, maxAttemptsFor);
    const { sql, params } = queries.listSql(logsListInputSchema.parse(input));
    return core.forTests.sqlite
      .prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(params)
      .map((r) => r.detail)
      .join('\n');
  }

  const cursor = () => encodeCursor({ t: data.dispatches[0]!.createdAt, id: data.dispatches[0]!.id });
  const cases: Array<[string, () => LogsListInput, string]> = [
    ['all clients', () => ({}), 'dispatches_log_idx'],
    ['all clients, next page', () => ({ cursor: cursor() }), 'dispatches_log_idx'],
    ['one client', () => ({ clientId: data.clients[0] }), 'dispatches_client_log_idx'],
    ['one client, next page', () => ({ clientId: data.clients[0], cursor: cursor() }), 'dispatches_client_log_idx'],
    ['one client + state', () => ({ clientId: data.clients[0], states: ['error'] }), 'dispatches_client_log_idx'],
    [
      // Two characters are below what a trigram indexes: the search filters the ordered walk.
      'one client + states + short search + dates',
      () => ({ clientId: data.clients[1], states: ['error', 'held'], search: 'si', from: 1, to: 2 ** 45 }),
      'dispatches_client_log_idx',
    ],
    ['one integration', () => ({ integrationId: data.integrations[0]!.id }), 'dispatches_integration_log_idx'],
    [
      'one integration, next page',
      () => ({ integrationId: data.integrations[0]!.id, cursor: cursor() }),
      'dispatches_integration_log_idx',
    ],
  ];

  it.each(cases)('%s walks an index in order, without sorting', (_label, input, index) => {
    const text = plan(input());
    expect(text).toMatch(new RegExp(`SCAN d USING INDEX ${index}|SEARCH d USING INDEX ${index}`));
    expect(text).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    // The joined tables are looked up by primary key for each row, never scanned.
    expect(text).not.toMatch(/SCAN (l|i|c)\b/);
  });

  it('seeks a later page with a time range from the cursor, not from the end of the range', () => {
    // SQLite starts the walk at one of the two upper bounds on created_at; from the range's, every
    // page of an export (which always has a range) read all the rows above it again.
    const queries = createLogQueries(core.forTests.sqlite, maxAttemptsFor);
    const at = data.dispatches[1_000]!;
    const input = logsListInputSchema.parse({ to: 2 ** 45, cursor: encodeCursor({ t: at.createdAt, id: at.id }) });
    expect(queries.listSql(input).params).toMatchObject({ to: at.createdAt, cursorT: at.createdAt });
    const later = queries.list(input).rows;
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((r) => r.createdAt < at.createdAt || (r.createdAt === at.createdAt && r.id < at.id))).toBe(true);
  });

  it("reads one lead's dispatches through the lead index, not by walking the outbox", () => {
    const text = plan({ leadId: data.dispatches[5]!.leadId });
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_lead_idx/);
    expect(text).not.toMatch(/SCAN d\b/);
  });

  it('finds a rare term through the trigram index, not by reading every dispatch', () => {
    const text = plan({ search: 'silva' });
    expect(text).toMatch(/VIRTUAL TABLE INDEX/);
    expect(text).not.toMatch(/SCAN d\b/);
  });
});
