import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BacklogItem, ImportView } from '#contract';
import type { Core } from '../../../electron/core';
import { buildOverview } from '../../../electron/core/home/overview';
import { createHomeQueries } from '../../../electron/core/home/queries';
import { openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration } from '../support/dispatch-core';

const NOW = Date.UTC(2026, 2, 10, 15, 0);

function backlogItem(o: Partial<BacklogItem> & Pick<BacklogItem, 'integrationId' | 'clientId'>): BacklogItem {
  return {
    integrationName: 'CRM',
    type: 'webhook',
    waiting: 0,
    sending: 0,
    held: 0,
    mode: 'per_contact',
    batch: null,
    perContactReason: null,
    etaSeconds: null,
    leadsPerMinute: null,
    limitShare: null,
    accountLimit: null,
    ...o,
  };
}

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

describe('home:overview takes the queues from the engine and the imports from the runner', () => {
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

  it('keeps the queues with something in them, of clients not archived, stopped integrations aside', () => {
    const beta = seedClient(core, 'Beta Foods');
    const acme = seedClient(core, 'Acme Dental');
    const gone = seedClient(core, 'Archived');
    core.forTests.sqlite.prepare('UPDATE clients SET archived_at = 1 WHERE id = ?').run(gone);
    const paused = seedIntegration(core, acme, { name: 'Paused', status: 'paused' });
    const queries = createHomeQueries(core.forTests.sqlite);
    const items = [
      backlogItem({
        integrationId: 'b1',
        clientId: beta,
        integrationName: 'Hook',
        waiting: 40,
        sending: 2,
        etaSeconds: 60,
      }),
      backlogItem({ integrationId: 'a1', clientId: acme, integrationName: 'CRM', held: 3 }),
      backlogItem({ integrationId: 'a2', clientId: acme, integrationName: 'Idle' }),
      backlogItem({ integrationId: paused, clientId: acme, integrationName: 'Paused', held: 5 }),
      backlogItem({ integrationId: 'g1', clientId: gone, waiting: 9 }),
    ];
    const imports = [importView({ id: 'i1', clientId: beta }), importView({ id: 'i2', clientId: gone })];
    const home = buildOverview({ queries, backlog: () => items, imports: () => imports }, NOW, 'UTC');

    expect(home.backlogs.map((b) => [b.clientName, b.integrationName, b.waiting, b.sending, b.held])).toEqual([
      ['Acme Dental', 'CRM', 0, 0, 3],
      ['Beta Foods', 'Hook', 40, 2, 0],
    ]);
    expect(home.backlogs[1]?.etaSeconds).toBe(60);
    expect(home.stopped.map((s) => s.integrationName)).toEqual(['Paused']);
    expect(home.imports).toEqual([{ ...importView({ id: 'i1', clientId: beta }), clientName: 'Beta Foods' }]);
  });

  it('the running imports come from the runner itself', () => {
    expect(core.forTests.imports.active()).toEqual([]);
  });
});
