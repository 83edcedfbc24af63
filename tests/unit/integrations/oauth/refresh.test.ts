import { describe, expect, it } from 'vitest';
import type { DispatchView, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { ConnectorError } from '../../../../electron/core/integrations/connector';
import { parseBundle } from '../../../../electron/core/integrations/oauth/bundle';
import { sharedOAuthTokens } from '../../../../electron/core/integrations/oauth/router';
import type { HubspotEmulator } from '../../../emulators/hubspot';
import { call } from '../../support/core-harness';
import { integrationStatus, seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import {
  connectOAuth,
  createMappedProperties,
  hubspotPerTest,
  pump,
  saveHubspot,
  saveOAuthApp,
  until,
} from '../hubspot/support';
import { leakedSecrets } from '../hubspot/scan';

const MIN = 60_000;

describe('OAuth tokens: renewal before expiry, once after a 401, coalesced', () => {
  const time = new FakeTime();
  let emu: HubspotEmulator;
  let dir: string;
  let core: Core;
  let clientId: string;
  let connectionId: string;

  hubspotPerTest(time, async (env) => {
    ({ emu, core, clientId, dir } = env);
    await saveOAuthApp(core, emu);
    connectionId = (await connectOAuth(core, clientId)).connection.connectionId;
  });

  const stored = () => parseBundle(core.forTests.vault.get(connectionId))!;
  const accessToken = () => sharedOAuthTokens.accessToken(connectionId);

  it('keeps the token until 5 minutes before it expires, then renews it and stores the new one', async () => {
    const first = stored();
    expect(first.expiresAt).toBe(time.now() + 1800_000);
    await time.advance(24 * MIN);
    expect(await accessToken()).toBe(first.accessToken);
    expect(emu.oauth.stats.refreshes).toBe(0);

    await time.advance(2 * MIN);
    const renewed = await accessToken();
    expect(renewed).not.toBe(first.accessToken);
    expect(emu.oauth.stats.refreshes).toBe(1);
    expect(stored()).toMatchObject({
      accessToken: renewed,
      refreshToken: first.refreshToken,
      expiresAt: time.now() + 1800_000,
    });
    const check = await call<OutputOf<'hubspot:checkConnection'>>(core, 'hubspot:checkConnection', {
      connectionId,
      apiUrl: emu.url,
    });
    expect(check).toMatchObject({ auth: 'oauth', portalId: emu.state.portalId });
    expect(emu.log.at(-1)).toMatchObject({ path: '/account-info/v3/details', auth: 'oauth', status: 200 });
  });

  it('coalesces concurrent renewals of one connection into one token request', async () => {
    await time.advance(31 * MIN);
    const tokens = await Promise.all([accessToken(), accessToken(), accessToken(), accessToken(), accessToken()]);
    expect(new Set(tokens).size).toBe(1);
    expect(emu.oauth.stats.refreshes).toBe(1);
  });

  it('a refused refresh is an auth failure that asks to connect again', async () => {
    emu.faults.status(400, {
      path: '/oauth/v1/token',
      body: { status: 'BAD_REFRESH_TOKEN', message: 'missing or unknown refresh token' },
    });
    await time.advance(31 * MIN);
    const err = await accessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ errorClass: 'auth', details: { reason: 'oauth_refused', code: 'BAD_REFRESH_TOKEN' } });
    expect((err as Error).message).toContain('Connect the account again');
  });

  describe('in a dispatch', () => {
    async function activeIntegration(): Promise<string> {
      await pump(time, createMappedProperties(core, { connectionId, apiUrl: emu.url }));
      const saved = await saveHubspot(core, { clientId, apiUrl: emu.url, connectionId });
      await pump(time, call(core, 'integrations:activate', { id: saved.id }));
      return saved.id;
    }

    async function dispatchLead(email: string): Promise<DispatchView> {
      const [d] = core.forTests.engine.enqueueLead(
        seedLead(core, clientId, { email, fullName: 'Ana Paula dos Santos', company: 'Acme Ltda' }),
      );
      const view = () => core.forTests.engine.get(d!.id).dispatch;
      await until(time, () => !['pending', 'sending'].includes(view().state));
      return view();
    }

    it('a 401 renews the token once and repeats the call', async () => {
      await activeIntegration();
      emu.faults.status(401, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert' });
      const sent = await dispatchLead('ana@acme.com.br');
      expect(sent).toMatchObject({ state: 'sent', attemptCount: 1 });
      expect(emu.oauth.stats.refreshes).toBe(1);
      const [attempt] = core.forTests.engine.get(sent.id).attempts;
      // The refused call, the renewal (at the token endpoint, its tokens kept out), then the repeat.
      expect(attempt!.calls.map((c) => [c.kind ?? 'request', c.label, c.status])).toEqual([
        ['request', 'upsert contact', 401],
        ['token_renewal', 'renew the access token', null],
        ['request', 'upsert contact', 200],
        ['request', 'find company "Acme Ltda"', 200],
        ['request', 'create company "Acme Ltda"', 201],
      ]);
      expect(attempt!.calls[1]).toMatchObject({ method: 'POST', url: emu.tokenUrl, error: null });
      expect(JSON.stringify(attempt!.calls[1])).not.toMatch(/refresh_token":"[^r]/);
      expect(attempt!.notes.join(' ')).toContain('renewed');
    });

    it('a renewal the token endpoint refuses is recorded, failed, after the 401', async () => {
      await activeIntegration();
      emu.faults.status(401, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert' });
      emu.faults.status(400, { method: 'POST', path: '/oauth/v1/token' });
      const held = await dispatchLead('ana@acme.com.br');
      const [attempt] = core.forTests.engine.get(held.id).attempts;
      expect(attempt!.calls.map((c) => [c.kind ?? 'request', c.status])).toEqual([
        ['request', 401],
        ['token_renewal', null],
      ]);
      expect(attempt!.calls[1]!.error).toMatchObject({ errorClass: 'auth' });
      expect(attempt!.calls[1]!.error!.message).toContain('refused the token request');
    });

    it('a second 401 after the renewal pauses the integration as needing attention', async () => {
      const id = await activeIntegration();
      emu.faults.status(401, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert', times: 2 });
      const held = await dispatchLead('ana@acme.com.br');
      expect(held).toMatchObject({ state: 'held', attemptCount: 0 });
      expect(emu.oauth.stats.refreshes).toBe(1);
      expect(integrationStatus(core, id).status).toBe('needs_attention');
      expect(integrationStatus(core, id).status_reason).toContain('HubSpot did not accept the credentials');
    });

    it('deleting the integration removes its tokens from the vault; a later request asks to connect again', async () => {
      const id = await activeIntegration();
      expect(core.forTests.vault.describe(connectionId).set).toBe(true);
      await call(core, 'integrations:delete', { id });
      expect(core.forTests.vault.describe(connectionId).set).toBe(false);
      await expect(accessToken()).rejects.toMatchObject({ errorClass: 'auth', details: { reason: 'oauth_reconnect' } });
    });

    it('no token, refresh token or client secret reaches the attempts, the logs or any file', async () => {
      await activeIntegration();
      emu.faults.status(401, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert' });
      await time.advance(31 * MIN);
      await dispatchLead('ana@acme.com.br');
      const secrets = [...emu.oauth.issuedTokens(), emu.app.clientSecret];
      expect(secrets.length).toBeGreaterThanOrEqual(4);
      expect(leakedSecrets(core, dir, secrets)).toEqual([]);
    });
  });
});
