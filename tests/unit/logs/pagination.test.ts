import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { DispatchState, LogsListInput, OutputOf } from '#contract';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { BASE_TIME, newestFirst, seedLogs, type Seeded, type SeededDispatch } from './seed';

type Page = OutputOf<'logs:list'>;

describe('logs:list keyset pagination over generated data', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let data: Seeded;

  beforeAll(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    data = seedLogs(core, 3000);
  });
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  async function walk(query: LogsListInput): Promise<string[]> {
    const ids: string[] = [];
    let cursor = query.cursor;
    for (let guard = 0; guard < 10_000; guard++) {
      const page = await call<Page>(core, 'logs:list', { ...query, cursor });
      ids.push(...page.rows.map((r) => r.id));
      if (page.nextCursor === null) return ids;
      // A page that announces more must be full: no short page before the end.
      expect(page.rows).toHaveLength(query.limit ?? 100);
      cursor = page.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  function expected(query: LogsListInput): string[] {
    const term = query.search?.trim().toLowerCase();
    const has = (value: string | null) => value !== null && term !== undefined && value.toLowerCase().includes(term);
    return data.dispatches
      .filter((d: SeededDispatch) => query.clientId === undefined || d.clientId === query.clientId)
      .filter((d) => query.integrationId === undefined || d.integrationId === query.integrationId)
      .filter((d) => query.leadId === undefined || d.leadId === query.leadId)
      .filter((d) => query.states === undefined || query.states.includes(d.state))
      .filter((d) => query.from === undefined || d.createdAt >= query.from)
      .filter((d) => query.to === undefined || d.createdAt <= query.to)
      .filter((d) => query.includeTests !== false || !d.isTest)
      .filter((d) => !term || has(d.leadEmail) || has(d.leadName) || has(d.lastError))
      .sort(newestFirst)
      .map((d) => d.id);
  }

  it('shares creation times between many rows, so the id tie-breaker is exercised', () => {
    const times = new Set(data.dispatches.map((d) => d.createdAt));
    expect(times.size).toBeLessThan(data.dispatches.length / 5);
  });

  const statesOptions: Array<DispatchState[] | undefined> = [undefined, ['error'], ['retrying', 'held'], ['sent']];
  const ranges: Array<{ from?: number; to?: number }> = [
    {},
    { from: BASE_TIME + 60 * 60_000, to: BASE_TIME + 180 * 60_000 },
  ];

  it('walks every filter combination with no row missed, repeated or out of order', async () => {
    const scopes: Array<Pick<LogsListInput, 'clientId' | 'integrationId'>> = [
      {},
      { clientId: data.clients[0] },
      { clientId: data.clients[2] },
      { integrationId: data.integrations[1]!.id },
      { clientId: data.clients[1], integrationId: data.integrations[2]!.id },
    ];
    let combos = 0;
    for (const scope of scopes)
      for (const states of statesOptions)
        for (const range of ranges)
          for (const search of [undefined, 'SILVA', 'http 500'])
            for (const includeTests of [true, false]) {
              const query: LogsListInput = { ...scope, states, ...range, search, includeTests, limit: 97 };
              const ids = await walk(query);
              expect(new Set(ids).size, JSON.stringify(query)).toBe(ids.length);
              expect(ids, JSON.stringify(query)).toEqual(expected(query));
              combos++;
            }
    expect(combos).toBe(240);
  });

  it('gives the same answer at every page size, down to one row per page', async () => {
    const query = { clientId: data.clients[1], states: ['error', 'sent'] as DispatchState[] };
    const want = expected(query);
    expect(want.length).toBeGreaterThan(100);
    for (const limit of [1, 7, 200]) expect(await walk({ ...query, limit })).toEqual(want);
  });

  it('keeps its place while dispatches change state between pages', async () => {
    const query = { clientId: data.clients[0], limit: 50 };
    const want = expected(query);
    const first = await call<Page>(core, 'logs:list', query);
    // Every row of the client is touched "now": ordering by updated time would reshuffle them.
    core.forTests.sqlite
      .prepare(`UPDATE dispatches SET updated_at = ?, state = 'sent' WHERE client_id = ?`)
      .run(BASE_TIME + 10 ** 9, data.clients[0]);
    const rest = await walk({ ...query, cursor: first.nextCursor ?? undefined });
    const got = [...first.rows.map((r) => r.id), ...rest];
    expect(got).toEqual(want);
  });

  it("filters one lead's dispatches, resends included, and nothing of a lead of another client", async () => {
    const target = data.dispatches[42]!;
    // A second dispatch of the same lead, as a resend would add.
    const again = { ...target, id: 'ffffffff-0000-4000-8000-000000000042', createdAt: target.createdAt + 1 };
    core.forTests.sqlite
      .prepare(
        `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, is_test, created_at,
           updated_at) VALUES (?, ?, ?, ?, 'sent', 1, ?, ?, ?)`,
      )
      .run(
        again.id,
        again.clientId,
        again.leadId,
        again.integrationId,
        again.isTest ? 1 : 0,
        again.createdAt,
        again.createdAt,
      );
    data.dispatches.push({ ...again, state: 'sent', lastError: null });
    const ids = await walk({ leadId: target.leadId, limit: 1 });
    expect(ids).toEqual([again.id, target.id]);
    expect(ids).toEqual(expected({ leadId: target.leadId }));
    const elsewhere = data.clients.find((c) => c !== target.clientId);
    expect(await walk({ leadId: target.leadId, clientId: elsewhere })).toEqual([]);
  });

  it('returns joined names, the schedule’s attempt budget and null nextCursor on the last page', async () => {
    const page = await call<Page>(core, 'logs:list', { integrationId: data.integrations[0]!.id, limit: 200 });
    const row = page.rows[0]!;
    expect(row).toMatchObject({ clientName: 'Acme', integrationName: 'AC', integrationType: 'activecampaign' });
    expect(row.maxAttempts).toBe(5);
    const tail = await call<Page>(core, 'logs:list', { limit: 200, from: BASE_TIME + 299 * 60_000 });
    expect(tail.nextCursor).toBeNull();
  });
});
