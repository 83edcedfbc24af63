import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HubspotPropertyView, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { propertyNameFor } from '../../../../electron/core/integrations/hubspot/handlers';
import { sharedHubspotRateState } from '../../../../electron/core/integrations/hubspot/rate-state';
import type { HubspotEmulator } from '../../../emulators/hubspot';
import { systemClock } from '../../../../electron/core/ports';
import { call, openTestCore, tempDir } from '../../support/core-harness';
import { MAPPING, newClient, saveHubspot, startHub } from './support';

describe('HubSpot wizard lookups, save and preview', () => {
  // Real time: the engine's limiter spaces these lookups with real timers.
  const clock = systemClock;
  let emu: HubspotEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let clientId: string;
  beforeAll(async () => {
    emu = await startHub(clock);
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedHubspotRateState.clear();
    tmp = tempDir();
    core = openTestCore(tmp.dir, clock);
    clientId = (await newClient(core)).id;
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const conn = () => ({ token: emu.privateToken, apiUrl: emu.url });

  it('checks a private app token and explains a refused one on the token field', async () => {
    const ok = await call<OutputOf<'hubspot:checkConnection'>>(core, 'hubspot:checkConnection', conn());
    expect(ok).toEqual({
      auth: 'token',
      apiUrl: emu.url,
      portalId: emu.state.portalId,
      uiDomain: 'app.hubspot.com',
      timeZone: 'America/Sao_Paulo',
    });
    const refused = await core.dispatch('hubspot:checkConnection', {
      token: 'pat-na1-not-a-real-token',
      apiUrl: emu.url,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'auth_failed' } });
    // A pasted address with spaces and a trailing slash is answered as it is used.
    const pasted = await call<OutputOf<'hubspot:checkConnection'>>(core, 'hubspot:checkConnection', {
      ...conn(),
      apiUrl: ` ${emu.url}/ `,
    });
    expect(pasted.apiUrl).toBe(emu.url);
    const spaced = await core.dispatch('hubspot:checkConnection', { token: 'pat na1 x', apiUrl: emu.url });
    expect(spaced).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['token'], reason: 'inner_space' }] } },
    });
  });

  it('lists properties (read-only ones marked) and creates one, answering an existing one as is', async () => {
    const props = await call<HubspotPropertyView[]>(core, 'hubspot:properties', conn());
    expect(props.find((p) => p.name === 'createdate')).toMatchObject({ readOnly: true });
    expect(props.find((p) => p.name === 'firstname')).toMatchObject({ readOnly: false, label: 'First Name' });
    const created = await call<OutputOf<'hubspot:createProperty'>>(core, 'hubspot:createProperty', {
      ...conn(),
      label: 'Pontuação do lead',
      type: 'number',
    });
    expect(created).toMatchObject({
      created: true,
      property: { name: 'pontuacao_do_lead', type: 'number', fieldType: 'number' },
    });
    const again = await call<OutputOf<'hubspot:createProperty'>>(core, 'hubspot:createProperty', {
      ...conn(),
      label: 'Pontuação do lead',
      type: 'number',
    });
    expect(again.created).toBe(false);
    expect(emu.state.snapshot().customProperties).toEqual(['pontuacao_do_lead']);
    expect(propertyNameFor('  CNPJ / Empresa ')).toBe('cnpj_empresa');
    expect(propertyNameFor('1º contato')).toBe('zbl_1_contato');
  });

  it('keeps a stored token for its own API address only, and replaces it when a new one is typed', async () => {
    const saved = await saveHubspot(core, { clientId, apiUrl: emu.url, token: emu.privateToken });
    const first = saved.credential;
    expect(first.set).toBe(true);
    const moved = await core.dispatch('hubspot:save', {
      id: saved.id,
      clientId,
      config: { name: 'HubSpot Vendas', apiUrl: 'https://api-eu1.hubapi.com', auth: 'token', mapping: MAPPING },
    });
    expect(moved).toMatchObject({ ok: false, error: { details: { issues: [{ reason: 'required_for_new_url' }] } } });
    const renamed = await saveHubspot(core, { id: saved.id, clientId, apiUrl: emu.url }, { name: 'HubSpot Marketing' });
    expect(renamed).toMatchObject({
      name: 'HubSpot Marketing',
      credential: first,
      config: { portalId: emu.state.portalId },
    });
  });

  it('previews the exact calls: lookups are live, writes are simulated, the token is masked', async () => {
    emu.state.createCompany({ name: 'Zero Bad Leads (test)' });
    const preview = await call<OutputOf<'hubspot:preview'>>(core, 'hubspot:preview', {
      token: emu.privateToken,
      config: { apiUrl: emu.url, auth: 'token', mapping: MAPPING },
    });
    expect(preview.live).toBe(true);
    expect(preview.error).toBeNull();
    expect(preview.requests.map((r) => [r.method, r.label, r.simulated])).toEqual([
      ['POST', 'upsert contact', true],
      ['POST', 'find company "Zero Bad Leads (test)"', false],
      ['PUT', 'associate contact with company "Zero Bad Leads (test)"', true],
    ]);
    expect(preview.requests[0]!.body).toMatchObject({
      inputs: [
        {
          id: 'zbl-test-xxxxxxxx@example.com',
          idProperty: 'email',
          properties: { firstname: 'Ana Paula', lead_score: expect.stringMatching(/^\d+$/) as unknown },
        },
      ],
    });
    expect(JSON.stringify(preview)).not.toContain(emu.privateToken);
    expect(preview.requests[0]!.headers.Authorization).toBe('Bearer …5555');
    expect(emu.state.contacts.size).toBe(0);

    const offline = await call<OutputOf<'hubspot:preview'>>(core, 'hubspot:preview', {
      config: { apiUrl: emu.url, auth: 'oauth', mapping: MAPPING },
    });
    expect(offline.live).toBe(false);
    expect(offline.requests.every((r) => r.simulated)).toBe(true);
    expect(offline.requests.map((r) => r.label)).toContain('create company "Zero Bad Leads (test)"');
  });
});
