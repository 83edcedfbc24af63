import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { REPORT_SQL } from '../../../electron/core/report/queries';
import { openTestCore, tempDir } from '../support/core-harness';
import { queryPlan } from '../support/query-plan';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { insertDispatch } from './support';

const PARAMS: Record<string, unknown> = {
  clientId: 'c',
  from: 1,
  to: 2,
  days: '[[1,2]]',
  ids: '[]',
  limit: 20,
  afterT: null,
  afterRid: null,
};

// With and without statistics: the app never runs ANALYZE itself, but a user's database might have them.
describe.each([false, true])('report query plans (ANALYZE: %s)', (analyze) => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;

  beforeAll(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    // A few clients with leads and dispatches, so the statistics have something to say.
    for (let c = 0; c < 3; c++) {
      const client = seedClient(core);
      const integration = seedIntegration(core, client);
      for (let i = 0; i < 300; i++) {
        const lead = seedLead(core, client, { receivedAt: i * 1000, qualified: i % 2 === 0 });
        if (i % 2 === 0) {
          insertDispatch(core, {
            leadId: lead,
            integrationId: integration,
            state: i % 10 === 0 ? 'error' : 'sent',
            createdAt: i * 1000,
            finishedAt: i * 1000 + 5,
          });
        }
      }
    }
    if (analyze) core.forTests.sqlite.exec('ANALYZE');
  });
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  const plan = (sql: string): string => queryPlan(core.forTests.sqlite, sql, PARAMS, ['c']);

  // The lead counts never read a lead's row: the period is one range of the covering report index.
  it.each(['byOrigin', 'bySource', 'daily', 'notQualified', 'blockers', 'ranges'] as const)(
    '%s reads only leads_report_idx, in the period’s range',
    (name) => {
      expect(plan(REPORT_SQL[name])).toMatch(
        /SEARCH l USING COVERING INDEX leads_report_idx \(client_id=\? AND received_at>\? AND received_at<\?\)/,
      );
    },
  );

  it('detractors reads the rows of the period’s leads only, through the report index', () => {
    expect(plan(REPORT_SQL.detractors)).toMatch(/SEARCH l USING INDEX leads_report_idx \(client_id=\? AND received_at/);
  });

  it('delivery goes from the period’s leads to each one’s dispatches', () => {
    const text = plan(REPORT_SQL.delivery);
    expect(text).toMatch(/SEARCH l USING COVERING INDEX leads_report_idx \(client_id=\? AND received_at/);
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_lead_idx \(lead_id=\?\)/);
    expect(text).not.toMatch(/SCAN (d|l|dispatches|leads)\b/);
  });

  it('open errors walk the client’s errors newest first, without sorting', () => {
    const text = plan(REPORT_SQL.openErrors);
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_errors_idx \(client_id=\?/);
    expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(text).not.toMatch(/SCAN (d|l|dispatches|leads)\b/);
  });

  it('no statement scans a whole table', () => {
    for (const [name, sql] of Object.entries(REPORT_SQL)) {
      expect(`${name}: ${plan(sql)}`).not.toMatch(/SCAN (d|l|e|n|x|i|dispatches|leads|integrations)\b/);
    }
  });
});
