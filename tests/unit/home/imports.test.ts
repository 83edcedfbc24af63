import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HomeOverview, ImportView } from '#contract';
import type { Core } from '../../../electron/core';
import { buildOverview } from '../../../electron/core/home/overview';
import { createHomeQueries } from '../../../electron/core/home/queries';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration } from '../support/dispatch-core';

const NOW = Date.UTC(2026, 2, 10, 15, 0);

function importView(o: Pick<ImportView, 'id' | 'clientId'>): ImportView {
  return {
    ...o,
    fileName: 'leads.csv',
    state: 'running',
    duplicatePolicy: 'keep',
    rows: 120,
    created: 100,
    updated: 0,
    duplicates: 0,
    repeated: 0,
    invalid: 0,
    withProblems: 0,
    qualified: 80,
    issues: 0,
    message: null,
    startedAt: NOW,
    finishedAt: null,
    bytesRead: 1000,
    totalBytes: 4000,
  };
}

describe('home:overview lists the imports running', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;

  beforeEach(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('as the runner reports them, with their client’s name, archived clients left out', () => {
    const beta = seedClient(core, 'Beta Foods');
    const gone = seedClient(core, 'Archived');
    core.forTests.sqlite.prepare('UPDATE clients SET archived_at = 1 WHERE id = ?').run(gone);
    const queries = createHomeQueries(core.forTests.sqlite);
    const imports = [importView({ id: 'i1', clientId: beta }), importView({ id: 'i2', clientId: gone })];
    const home = buildOverview({ queries, imports: () => imports }, NOW, 'UTC');
    expect(home.imports).toEqual([{ ...importView({ id: 'i1', clientId: beta }), clientName: 'Beta Foods' }]);
  });

  it('none while the runner runs none', async () => {
    expect(core.forTests.imports.active()).toEqual([]);
    const home = await call<HomeOverview>(core, 'home:overview', { timeZone: 'UTC' });
    expect(home.imports).toEqual([]);
  });

  it('counts the integrations set up: drafts, deleted ones and archived clients’ aside', async () => {
    const acme = seedClient(core, 'Acme Dental');
    const gone = seedClient(core, 'Archived');
    seedIntegration(core, acme, { status: 'draft' });
    seedIntegration(core, gone);
    core.forTests.sqlite.prepare('UPDATE clients SET archived_at = 1 WHERE id = ?').run(gone);
    const deleted = seedIntegration(core, acme);
    core.forTests.sqlite.prepare('UPDATE integrations SET deleted_at = 1 WHERE id = ?').run(deleted);
    expect((await call<HomeOverview>(core, 'home:overview', { timeZone: 'UTC' })).integrations).toBe(0);
    seedIntegration(core, acme, { status: 'paused' });
    expect((await call<HomeOverview>(core, 'home:overview', { timeZone: 'UTC' })).integrations).toBe(1);
  });
});
