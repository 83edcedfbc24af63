import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { HOME_SQL } from '../../../electron/core/home/queries';
import { openTestCore, tempDir } from '../support/core-harness';
import { queryPlan } from '../support/query-plan';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { insertDispatch } from '../report/support';

const PARAMS: Record<string, unknown> = {
  todayFrom: 5_000,
  weekFrom: 1_000,
  to: 9_000,
  since: 1_000,
  clientId: 'c',
  integrationId: 'i',
};

// With and without statistics: the app never runs ANALYZE itself, but a user's database might have them.
describe.each([false, true])('home:overview query plans (ANALYZE: %s)', (analyze) => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;

  beforeAll(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    core.forTests.engine.stop();
    // A few clients with leads and dispatches in every state, so the statistics have something to say.
    for (let c = 0; c < 4; c++) {
      const client = seedClient(core);
      const integration = seedIntegration(core, client);
      for (let i = 0; i < 400; i++) {
        const lead = seedLead(core, client, { receivedAt: i * 25, qualified: i % 2 === 0 });
        if (i % 2 === 0) {
          const state = (['sent', 'error', 'held', 'sent', 'pending'] as const)[i % 5]!;
          insertDispatch(core, { leadId: lead, integrationId: integration, state, createdAt: i * 25 });
        }
      }
    }
    if (analyze) core.forTests.sqlite.exec('ANALYZE');
  });
  afterAll(() => {
    core.close();
    tmp.cleanup();
  });

  const plan = (sql: string): string => queryPlan(core.forTests.sqlite, sql, PARAMS);

  it('counts the week’s leads from the covering report index, one range per client', () => {
    const text = plan(HOME_SQL.counts);
    expect(text).toMatch(
      /SEARCH l USING COVERING INDEX leads_report_idx \(client_id=\? AND received_at>\? AND received_at<\?\)/,
    );
    // Whether a qualified lead was sent: its own dispatches, by lead.
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_lead_idx \(lead_id=\?\)/);
    expect(text).not.toMatch(/SCAN (l|d)\b/);
  });

  it('reads the last day’s errors from the partial errors index, one range per client', () => {
    const text = plan(HOME_SQL.errors);
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_errors_idx \(client_id=\? AND updated_at>\?\)/);
    // Whether it was sent again since: the same lead's few dispatches.
    expect(text).toMatch(/SEARCH n USING INDEX dispatches_lead_idx \(lead_id=\?/);
    expect(text).toMatch(/SEARCH i USING INDEX sqlite_autoindex_integrations_1 \(id=\?\)/);
    expect(text).not.toMatch(/SCAN (d|n|i)\b/);
  });

  it('finds an integration’s last error in the same index', () => {
    const text = plan(HOME_SQL.lastError);
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_errors_idx \(client_id=\? AND updated_at>\?\)/);
    expect(text).not.toContain('USE TEMP B-TREE');
  });

  it('lists stopped integrations, counting their held leads by integration', () => {
    const text = plan(HOME_SQL.stopped);
    // Integrations are a few per client: with statistics SQLite may read them all rather than by status.
    expect(text).toMatch(/(SEARCH i USING INDEX integrations_status_idx \(status=\?\)|SCAN i\b)/);
    expect(text).toMatch(
      /SEARCH d USING COVERING INDEX dispatches_integration_due_idx \(integration_id=\? AND state=\?\)/,
    );
    expect(text).not.toMatch(/SCAN d\b/);
  });

  it('looks for a refused key among the integration’s held leads only', () => {
    const text = plan(HOME_SQL.refusedKey);
    expect(text).toMatch(/SEARCH d USING INDEX dispatches_integration_due_idx \(integration_id=\? AND state=\?\)/);
  });
});
