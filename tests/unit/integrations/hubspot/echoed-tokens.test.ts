import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { HubspotEmulator } from '../../../emulators/hubspot';
import { call } from '../../support/core-harness';
import { seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { echoBody, secretsShown } from '../support/leaks';
import {
  connectOAuth,
  createMappedProperties,
  hubspotPerTest,
  pump,
  saveHubspot,
  saveOAuthApp,
  until,
} from './support';

/** A HubSpot that answers with the caller's tokens in its body must not put them in front of the user. */
describe('HubSpot tokens echoed in an answer', () => {
  const time = new FakeTime();
  let emu: HubspotEmulator;
  let dir: string;
  let core: Core;
  let clientId: string;

  hubspotPerTest(time, (env) => {
    ({ emu, core, clientId, dir } = env);
  });

  async function failOnce(integrationId: string, secrets: string[]): Promise<void> {
    await pump(time, call(core, 'integrations:activate', { id: integrationId }));
    emu.faults.status(500, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert', body: echoBody(secrets) });
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, clientId, { email: 'eco@acme.com.br', company: null }));
    await until(time, () => core.forTests.engine.get(d!.id).dispatch.state === 'retrying');
    const [attempt] = core.forTests.engine.get(d!.id).attempts;
    // The echo did reach the attempt, masked: the check below is not passing on an empty record.
    expect(attempt!.responseExcerpt).toContain('[redacted]');
    expect(attempt!.calls.at(-1)!.responseExcerpt).toContain('[redacted]');
  }

  it('masks the OAuth access and refresh tokens', async () => {
    await saveOAuthApp(core, emu);
    const { connectionId } = (await connectOAuth(core, clientId)).connection;
    await pump(time, createMappedProperties(core, { connectionId, apiUrl: emu.url }));
    const saved = await saveHubspot(core, { clientId, apiUrl: emu.url, connectionId });
    const tokens = emu.oauth.issuedTokens();
    expect(tokens.length).toBe(2);
    await failOnce(saved.id, tokens);
    expect(await secretsShown(core, dir, [...tokens, emu.app.clientSecret])).toEqual([]);
  });

  it('masks a private app token', async () => {
    await pump(time, createMappedProperties(core, { token: emu.privateToken, apiUrl: emu.url }));
    const saved = await pump(time, saveHubspot(core, { clientId, apiUrl: emu.url, token: emu.privateToken }));
    await failOnce(saved.id, [emu.privateToken]);
    expect(await secretsShown(core, dir, [emu.privateToken])).toEqual([]);
  });
});
