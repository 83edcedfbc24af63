import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { openLoopbackListener } from '../../../../electron/core/integrations/oauth/loopback';
import { s256 } from '../../../../electron/core/integrations/oauth/pkce';
import type { HubspotEmulator } from '../../../emulators/hubspot';
import { call, ManualClock, openTestCore, tempDir } from '../../support/core-harness';
import { FakeTime } from '../../support/fake-time';
import { connectOAuth, consentInBrowser, newClient, saveOAuthApp, startHub } from '../hubspot/support';

async function failure(core: Core, channel: string, input: unknown) {
  const result = await core.dispatch(channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

describe('OAuth for a desktop app (RFC 8252) against the HubSpot emulator', () => {
  const clock = new ManualClock();
  let emu: HubspotEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;

  beforeAll(async () => {
    emu = await startHub(clock);
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    tmp = tempDir();
    core = openTestCore(tmp.dir, clock);
    client = await newClient(core);
    await saveOAuthApp(core, emu);
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('round trip: state and an S256 challenge on the URL, a loopback redirect, the code exchanged, tokens in the vault', async () => {
    const { started, connection } = await connectOAuth(core, client.id);
    const url = new URL(started.authorizeUrl);
    expect(url.origin + url.pathname).toBe(emu.authorizeUrl);
    expect(url.searchParams.get('client_id')).toBe(emu.app.clientId);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('scope')).toContain('crm.objects.contacts.write');
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    expect(started.redirectUri).toBe(url.searchParams.get('redirect_uri'));
    expect(started.openedExternally).toBe(false);

    expect(connection).toMatchObject({ portalId: emu.state.portalId, hubDomain: 'zbl-emulator.hubspot.com' });
    expect(connection.scopes).toContain('crm.objects.contacts.write');
    expect(emu.oauth.stats).toMatchObject({ authorizations: 1, codeExchanges: 1, refusals: 0 });
    expect(core.forTests.vault.describe(connection.connectionId).set).toBe(true);
    // The listener took exactly one redirect and closed.
    await expect(fetch(started.redirectUri)).rejects.toThrow();
  });

  it('answers the browser with a small page in the reader’s language', async () => {
    const started = await call<OutputOf<'hubspot:startOAuth'>>(core, 'hubspot:startOAuth', { clientId: client.id });
    const waiting = call(core, 'hubspot:completeOAuth', { flowId: started.flowId });
    const back = await consentInBrowser(started.authorizeUrl);
    await waiting;
    expect(back.status).toBe(200);
    expect(back.page).toContain('Você pode fechar esta aba');
    expect(back.page).not.toMatch(/<script/i);
  });

  it('refuses a redirect with the wrong state and keeps waiting for the right one', async () => {
    const started = await call<OutputOf<'hubspot:startOAuth'>>(core, 'hubspot:startOAuth', { clientId: client.id });
    const forged = await fetch(`${started.redirectUri}?code=stolen&state=not-the-state`, {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('does not match the connection');
    const completing = call<OutputOf<'hubspot:completeOAuth'>>(core, 'hubspot:completeOAuth', {
      flowId: started.flowId,
    });
    await consentInBrowser(started.authorizeUrl);
    expect((await completing).portalId).toBe(emu.state.portalId);
    expect(emu.oauth.stats.codeExchanges).toBe(1);
  });

  it('the emulator refuses a code exchanged with the wrong PKCE verifier', async () => {
    const verifier = 'a'.repeat(43);
    const authorize = new URL(emu.authorizeUrl);
    authorize.search = new URLSearchParams({
      client_id: emu.app.clientId,
      redirect_uri: 'http://127.0.0.1:9/oauth/callback',
      state: 's',
      code_challenge: s256(verifier),
      code_challenge_method: 'S256',
    }).toString();
    const consent = await fetch(authorize, { redirect: 'manual' });
    const code = new URL(consent.headers.get('location')!).searchParams.get('code')!;
    const exchange = (codeVerifier: string) =>
      fetch(emu.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: emu.app.clientId,
          client_secret: emu.app.clientSecret,
          redirect_uri: 'http://127.0.0.1:9/oauth/callback',
          code,
          code_verifier: codeVerifier,
        }).toString(),
      });
    const wrong = await exchange('b'.repeat(43));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ status: 'BAD_CODE_VERIFIER' });
    // A code is single-use: even the right verifier cannot use it after the refusal.
    expect((await exchange(verifier)).status).toBe(400);
  });

  it('a refused consent fails the sign-in with auth_failed, and stores nothing', async () => {
    emu.oauth.config.consent = 'deny';
    const started = await call<OutputOf<'hubspot:startOAuth'>>(core, 'hubspot:startOAuth', { clientId: client.id });
    const completing = failure(core, 'hubspot:completeOAuth', { flowId: started.flowId });
    const back = await consentInBrowser(started.authorizeUrl);
    expect(back.page).toContain('não autorizada');
    const error = await completing;
    expect(error).toMatchObject({ code: 'auth_failed', details: { reason: 'oauth_denied', error: 'access_denied' } });
    expect(
      core.forTests.sqlite.prepare("SELECT count(*) AS n FROM credentials WHERE purpose = 'hubspot:oauth'").get(),
    ).toEqual({
      n: 0,
    });
  });

  it('a wrong client secret in Settings fails the code exchange as auth_failed', async () => {
    await saveOAuthApp(core, emu, 'not-the-secret-at-all');
    const started = await call<OutputOf<'hubspot:startOAuth'>>(core, 'hubspot:startOAuth', { clientId: client.id });
    const completing = failure(core, 'hubspot:completeOAuth', { flowId: started.flowId });
    await consentInBrowser(started.authorizeUrl);
    expect(await completing).toMatchObject({
      code: 'auth_failed',
      details: { reason: 'oauth_refused', code: 'BAD_CLIENT_SECRET' },
    });
  });

  it('without an app in Settings, starting explains what to do', async () => {
    await call(core, 'oauth:deleteApp', { provider: 'hubspot' });
    const error = await failure(core, 'hubspot:startOAuth', { clientId: client.id });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('Settings');
  });

  it('cancel closes the listener and ends the wait', async () => {
    const started = await call<OutputOf<'hubspot:startOAuth'>>(core, 'hubspot:startOAuth', { clientId: client.id });
    const completing = failure(core, 'hubspot:completeOAuth', { flowId: started.flowId });
    expect(await call(core, 'oauth:cancel', { flowId: started.flowId })).toEqual({ cancelled: true });
    expect(await completing).toMatchObject({ code: 'conflict', details: { reason: 'oauth_cancelled' } });
    await expect(fetch(started.redirectUri)).rejects.toThrow();
  });
});

describe('the loopback listener', () => {
  it('times out after a few minutes of fake time and closes', async () => {
    const time = new FakeTime();
    const listener = await openLoopbackListener({ state: 'expected-state', timeoutMs: 5 * 60_000, timers: time });
    let settled = false;
    void listener.outcome.then(() => (settled = true));
    await time.advance(4 * 60_000);
    expect(settled).toBe(false);
    const page = await fetch(listener.redirectUri);
    expect(page.status).toBe(400);
    await time.advance(60_000);
    expect(await listener.outcome).toEqual({ kind: 'timeout' });
    await expect(fetch(listener.redirectUri)).rejects.toThrow();
  });

  it('listens on 127.0.0.1 only and answers other paths with 404', async () => {
    const listener = await openLoopbackListener({ state: 's', timeoutMs: 60_000, timers: new FakeTime() });
    expect(listener.redirectUri.startsWith('http://127.0.0.1:')).toBe(true);
    expect((await fetch(`http://127.0.0.1:${listener.port}/other`)).status).toBe(404);
    listener.close();
    expect(await listener.outcome).toEqual({ kind: 'cancelled' });
  });
});
