import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from './fixtures/connectors';

describe('dispatch ids', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(() => {
    tmp = tempDir();
    const time = new FakeTime();
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [scriptedConnector(time, () => ({}))] });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('are time-ordered UUIDs (version 7) that sort in the order the dispatches were queued', () => {
    const client = seedClient(core);
    seedIntegration(core, client);
    const leads = Array.from({ length: 50 }, () => seedLead(core, client));
    const ids = core.forTests.engine.enqueueLeads(leads, { clientId: client }).map((d) => d.id);
    expect(ids).toHaveLength(50);
    expect(ids.every((id) => id.charAt(14) === '7')).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});
