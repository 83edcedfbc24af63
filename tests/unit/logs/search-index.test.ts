import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogRow } from '#contract';
import type { Core } from '../../../electron/core';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';

describe('logs text search through the trigram index', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: string;
  beforeEach(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    client = seedClient(core);
    seedIntegration(core, client, { status: 'paused' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const search = async (text: string) =>
    (await call<{ rows: LogRow[] }>(core, 'logs:list', { search: text })).rows.map((r) => r.leadEmail);
  const indexed = () =>
    (core.forTests.sqlite.prepare('SELECT count(*) AS n FROM dispatch_search').get() as { n: number }).n;

  it('follows dispatches and leads: new rows, renamed leads, new messages, deletions', async () => {
    const ana = seedLead(core, client, { fullName: 'Ana Conceição', email: 'ana@acme.com.br' });
    const bia = seedLead(core, client, { fullName: 'Bia Lima', email: 'bia@beta.com.br' });
    core.forTests.engine.enqueueLeads([ana, bia]);
    expect(indexed()).toBe(2);
    // Case and accents do not matter; the search is a substring anywhere.
    expect(await search('CONCEICAO')).toEqual(['ana@acme.com.br']);
    expect(await search('beta.com')).toEqual(['bia@beta.com.br']);

    core.forTests.sqlite.prepare("UPDATE leads SET email = 'ana@nova.com.br' WHERE id = ?").run(ana);
    expect(await search('nova.com')).toEqual(['ana@nova.com.br']);
    expect(await search('acme.com')).toEqual([]);

    core.forTests.sqlite
      .prepare("UPDATE dispatches SET last_error = 'Lista Clientes VIP não encontrada' WHERE lead_id = ?")
      .run(bia);
    expect(await search('clientes vip')).toEqual(['bia@beta.com.br']);

    await call(core, 'leads:delete', { id: bia });
    expect(indexed()).toBe(1);
    expect(await search('beta.com')).toEqual([]);
  });

  it('answers a common term as the ordered walk does, newest first, a page at a time', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 2_100; i++) ids.push(seedLead(core, client, { fullName: `Pessoa Silva ${i}`, receivedAt: i }));
    core.forTests.engine.enqueueLeads(ids);
    const page = await call<{ rows: LogRow[]; nextCursor: string | null }>(core, 'logs:list', {
      search: 'silva',
      limit: 50,
    });
    expect(page.rows).toHaveLength(50);
    expect(page.nextCursor).not.toBeNull();
    const times = page.rows.map((r) => r.createdAt);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
