import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { Connector } from '../../../../electron/core/integrations/connector';
import { createActivecampaignConnector } from '../../../../electron/core/integrations/activecampaign/connector';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { tempDir } from '../../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { echoBody, secretsShown } from '../support/leaks';

const API_KEY = 'ac-key-0123456789abcdef0123456789abcdef';

/** An ActiveCampaign that answers with the caller's API key in its body must not leak it. */
describe('ActiveCampaign API key echoed in an answer', () => {
  let ac: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;

  beforeAll(async () => {
    ac = await startAcEmulator({ accounts: [{ name: 'main', apiToken: API_KEY }] });
  });
  afterAll(() => ac.close());
  beforeEach(() => {
    ac.reset();
    tmp = tempDir();
    time = new FakeTime();
    const connectors = [createActivecampaignConnector() as Connector<unknown>];
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('masks the API key in the attempt, the logs and the export', async () => {
    const client = seedClient(core, 'Acme Ltda');
    const credentialId = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: API_KEY });
    const config = { apiUrl: ac.account('main').apiUrl };
    seedIntegration(core, client, { type: 'activecampaign', config, credentialId });
    ac.faults.status(500, { method: 'POST', path: '/contacts', body: echoBody([API_KEY]) });
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client, { email: 'eco@acme.com.br' }));
    for (let i = 0; i < 200 && core.forTests.engine.get(d!.id).dispatch.state !== 'retrying'; i++)
      await time.advance(50);
    const { dispatch, attempts } = core.forTests.engine.get(d!.id);
    expect(dispatch.state).toBe('retrying');
    expect(attempts[0]!.responseExcerpt).toContain('[redacted]');
    expect(await secretsShown(core, tmp.dir, [API_KEY])).toEqual([]);
  });
});
