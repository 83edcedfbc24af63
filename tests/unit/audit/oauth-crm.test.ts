import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { HubspotEmulator } from '../../emulators/hubspot';
import { FakeTime } from '../support/fake-time';
import {
  connectOAuth,
  createMappedProperties,
  hubspotPerTest,
  pump,
  saveHubspot,
  saveOAuthApp,
} from '../integrations/hubspot/support';
import { history, wholeTable } from './support';

/** HubSpot stands for both OAuth CRMs: Pipedrive's save records through the same helper. */
describe('history of changes: a CRM token or sign-in replaced', () => {
  const time = new FakeTime();
  let emu: HubspotEmulator;
  let core: Core;
  let clientId: string;

  hubspotPerTest(time, (env) => {
    ({ emu, core, clientId } = env);
  });

  it('records a typed token and a new sign-in as replaced, keeping the stored one as an edit only', async () => {
    await pump(time, createMappedProperties(core, { token: emu.privateToken, apiUrl: emu.url }));
    const saved = await pump(time, saveHubspot(core, { clientId, apiUrl: emu.url, token: emu.privateToken }));
    // The stored token kept: an edit of the name only.
    await pump(time, saveHubspot(core, { clientId, id: saved.id, apiUrl: emu.url }, { name: 'HubSpot Comercial' }));
    // The token typed again: replaced.
    await pump(
      time,
      saveHubspot(
        core,
        { clientId, id: saved.id, apiUrl: emu.url, token: emu.privateToken },
        { name: 'HubSpot Comercial' },
      ),
    );
    // Switched to a browser sign-in: the connection replaced (and the way of signing in edited).
    await saveOAuthApp(core, emu);
    const { connection } = await pump(time, connectOAuth(core, clientId));
    await pump(
      time,
      saveHubspot(
        core,
        { clientId, id: saved.id, apiUrl: emu.url, connectionId: connection.connectionId },
        {
          name: 'HubSpot Comercial',
        },
      ),
    );
    const rows = (await history(core, clientId)).filter((r) => r.kind.startsWith('integration.'));
    expect(rows.map((r) => r.summary)).toEqual([
      'Integration “HubSpot Vendas” created',
      'Integration “HubSpot Comercial” edited: name: HubSpot Vendas → HubSpot Comercial',
      'Integration “HubSpot Comercial”: key replaced: token replaced',
      'Integration “HubSpot Comercial” edited: auth: token → oauth',
      'Integration “HubSpot Comercial”: key replaced: connection replaced',
    ]);
    const table = wholeTable(core);
    for (const secret of [emu.privateToken, ...emu.oauth.issuedTokens(), emu.app.clientSecret]) {
      expect(table).not.toContain(secret);
    }
  });
});
