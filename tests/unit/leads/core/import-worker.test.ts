import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePolicy, ImportView, LeadRow } from '#contract';
import { call } from '../../support/core-harness';
import { seedIntegration } from '../../support/dispatch-core';
import { messyExport } from '../support/messy-export';
import { importBytes, openLeadsCore, reportOf, startManyRows, type LeadsCore } from './support';

const messy = messyExport();

/** What an import did, without what differs from one run to another (ids, times). */
async function outcome(env: LeadsCore, run: ImportView) {
  const { core, client } = env;
  const { id: _id, clientId: _c, startedAt: _s, finishedAt: _f, ...summary } = run;
  const report = (await reportOf(core, run.id)).map((i) => JSON.stringify(i)).sort();
  const leads: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await call<{ rows: LeadRow[]; nextCursor: string | null }>(core, 'leads:list', {
      clientId: client,
      limit: 200,
      cursor,
    });
    for (const { id: _lead, clientId: _c, receivedAt: _r, ...row } of page.rows) leads.push(JSON.stringify(row));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const count = (sql: string) => (core.forTests.sqlite.prepare(sql).get() as { n: number }).n;
  const found = async (search: string) =>
    (await call<{ total: number }>(core, 'leads:list', { clientId: client, search, limit: 1 })).total;
  return {
    summary,
    report,
    leads: leads.sort(),
    dispatches: count('SELECT count(*) AS n FROM dispatches'),
    // Every lead and dispatch is in its search index, and a search finds them.
    indexed: [count('SELECT count(*) AS n FROM lead_search'), count('SELECT count(*) AS n FROM dispatch_search')],
    searches: [await found('Simões'), await found('grupo816'), await found('Cláudia'), await found('98916-0816')],
  };
}

describe('an import validated and scored in a worker thread', () => {
  let inMain: LeadsCore;
  let inWorker: LeadsCore;
  beforeAll(() => {
    inMain = openLeadsCore({ importWorker: false });
    inWorker = openLeadsCore({ importWorker: { minBytes: 0 } });
    for (const env of [inMain, inWorker]) seedIntegration(env.core, env.client, { status: 'paused' });
  });
  afterAll(() => {
    inMain.close();
    inWorker.close();
  });

  // "update" twice merges every row into a stored lead the second time; "skip" and "keep" after it.
  it.each<DuplicatePolicy>(['update', 'update', 'skip', 'keep'])(
    'stores, reports, queues and indexes what the main thread does (%s)',
    async (policy) => {
      const a = await importBytes(inMain.core, inMain.client, messy.bytes, policy);
      const b = await importBytes(inWorker.core, inWorker.client, messy.bytes, policy);
      expect(inMain.core.forTests.imports.timings(a.id)?.thread).toBe('main');
      expect(inWorker.core.forTests.imports.timings(b.id)?.thread).toBe('worker');
      expect(b.state).toBe('done');
      const [main, worker] = [await outcome(inMain, a), await outcome(inWorker, b)];
      expect(worker).toEqual(main);
      expect(main.indexed[0]).toBe(main.leads.length);
      expect(main.indexed[1]).toBe(main.dispatches);
      expect(main.searches.every((n) => n > 0)).toBe(true);
    },
  );

  it('stops at a cancel while lots wait for the main thread, keeps what it stored, and runs the next import', async () => {
    const { core, client } = inWorker;
    const started = await startManyRows(core, client, 5_000, 'cancel');
    // Cancelled once a first batch is stored: the worker has sent more lots meanwhile.
    const get = () => call<ImportView>(core, 'leads:importGet', { id: started.id });
    while ((await get()).created === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    await call(core, 'leads:importCancel', { id: started.id });
    await core.forTests.imports.settled(started.id);
    const done = await get();
    expect(done.state).toBe('cancelled');
    expect(core.forTests.imports.timings(started.id)?.thread).toBe('worker');
    expect(done.created).toBeGreaterThan(0);
    expect(done.created).toBeLessThan(5_000);
    const count = core.forTests.sqlite.prepare("SELECT count(*) AS n FROM leads WHERE email LIKE 'cancel%'");
    expect((count.get() as { n: number }).n).toBe(done.created);
    const next = await importBytes(core, client, messy.bytes, 'keep');
    expect(next.state).toBe('done');
    expect(core.forTests.imports.timings(next.id)?.thread).toBe('worker');
  });
});
