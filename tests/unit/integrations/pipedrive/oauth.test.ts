import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/core-harness';
import { seedLead } from '../../support/dispatch-core';
import { activateDirectly, connectOAuth, openPdCore, saveOAuthApp, savePipedrive, settle, usePdCore } from './support';

const HOUR = 3600_000;

/** OAuth connections through the real sign-in, the vault and the engine, with time moved by hand. */
describe('Pipedrive over OAuth (fake time)', () => {
  const env = usePdCore(async ({ core, emu }) => {
    await saveOAuthApp(core, emu);
  });

  async function connectAndSave() {
    const { started, connection } = await connectOAuth(env.core, env.client, env.emu.url);
    const saved = await savePipedrive(env.core, env.emu, {
      clientId: env.client,
      connectionId: connection.connectionId,
    });
    activateDirectly(env.core, saved.id);
    return { started, connection, saved };
  }

  function send(email: string): string {
    const lead = seedLead(env.core, env.client, {
      email,
      fullName: 'João Souza',
      company: null,
      score: 90,
      scoreRange: 'high',
    });
    return env.core.forTests.engine.enqueueLead(lead)[0]!.id;
  }
  const state = (id: string) => env.core.forTests.engine.get(id).dispatch;

  it('signs in with PKCE and Basic client auth, reads users/me, and keeps the company in the config', async () => {
    const { started, connection, saved } = await connectAndSave();
    const url = new URL(started.authorizeUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    // Pipedrive takes scopes from the app's settings: none in the request.
    expect(url.searchParams.has('scope')).toBe(false);
    expect(connection).toMatchObject({
      companyId: '7001',
      companyDomain: 'agencia-exemplo',
      user: 'ana@agencia.example',
    });
    expect(connection.scopes).toEqual(['base', 'contacts:full', 'leads:full']);
    // A loopback test server keeps its address; only api.pipedrive.com moves to the company domain.
    expect(connection.apiUrl).toBe(env.emu.url);
    expect(saved.config).toMatchObject({ auth: 'oauth', companyId: '7001', companyDomain: 'agencia-exemplo' });
    // The card names the signed-in user, not a tail of the sealed token bundle.
    expect(saved.credential).toEqual({ set: true, hint: 'ana@agencia.example', signedIn: true, unreadable: false });
    expect(env.emu.oauth.stats).toMatchObject({ authorizations: 1, codeExchanges: 1, refusals: 0 });
  });

  it('renews the access token ahead of its expiry, then sends with Bearer', async () => {
    await connectAndSave();
    await env.time.advance(HOUR);
    const id = send('joao@acme.com.br');
    await settle(env.time, () => state(id).state === 'sent');
    expect(env.emu.oauth.stats.refreshes).toBe(1);
    const [item] = await call<Array<{ credential: unknown }>>(env.core, 'integrations:list', { clientId: env.client });
    expect(item?.credential).toEqual({ set: true, hint: 'ana@agencia.example', signedIn: true, unreadable: false });
    const api = env.emu.log.filter((e) => e.path.startsWith('/api/'));
    expect(api.every((e) => e.status < 400 && e.auth === 'oauth')).toBe(true);
    const calls = env.core.forTests.engine.get(id).attempts.flatMap((a) => a.calls);
    expect(calls.every((c) => c.requestHeaders.Authorization === '[redacted]')).toBe(true);
  });

  it('a 401 renews the token once and repeats the call; the timeline says so', async () => {
    await connectAndSave();
    // Revoked early on Pipedrive's side: the app still thinks the token is good.
    env.emu.oauth.expireAll();
    const id = send('joao@acme.com.br');
    await settle(env.time, () => state(id).state === 'sent');
    expect(env.emu.oauth.stats.refreshes).toBe(1);
    expect(env.emu.log.filter((e) => e.status === 401)).toHaveLength(1);
    const notes = env.core.forTests.engine.get(id).attempts.flatMap((a) => a.notes ?? []);
    expect(notes.join(' ')).toContain('renewed and the call repeated');
  });

  it('a refused refresh pauses the integration as needing attention', async () => {
    const { saved } = await connectAndSave();
    env.emu.oauth.reset();
    const id = send('joao@acme.com.br');
    await settle(env.time, () => state(id).state === 'held');
    const row = await call<{ status: string; statusReason: string }>(env.core, 'integrations:get', { id: saved.id });
    expect(row.status).toBe('needs_attention');
    expect(row.statusReason).toMatch(/Connect/);
  });

  it('one sign-in serving two integrations outlives deleting or re-connecting one of them', async () => {
    const { connection, saved } = await connectAndSave();
    const second = await savePipedrive(
      env.core,
      env.emu,
      { clientId: env.client, connectionId: connection.connectionId },
      { name: 'Pipedrive (second pipeline)' },
    );
    activateDirectly(env.core, second.id);
    const stored = () =>
      env.core.forTests.sqlite
        .prepare('SELECT count(*) AS n FROM credentials WHERE id = ?')
        .get(connection.connectionId) as {
        n: number;
      };
    await call(env.core, 'integrations:delete', { id: saved.id });
    expect(stored().n).toBe(1);
    const id = send('joao@acme.com.br');
    await settle(env.time, () => state(id).state === 'sent');
    expect(env.core.forTests.engine.get(id).dispatch.integrationId).toBe(second.id);

    // Re-connected with a token: the sign-in is no longer used by anyone, so it goes.
    await savePipedrive(
      env.core,
      env.emu,
      { clientId: env.client, token: env.emu.apiToken, id: second.id },
      { name: 'Pipedrive (second pipeline)' },
    );
    expect(stored().n).toBe(0);
  });

  it('never writes a token (API or OAuth) to the database, its WAL, the logs or an attempt', async () => {
    const { saved: oauthSaved } = await connectAndSave();
    const tokenSaved = await savePipedrive(
      env.core,
      env.emu,
      { clientId: env.client, token: env.emu.apiToken },
      { name: 'Token' },
    );
    activateDirectly(env.core, tokenSaved.id);
    const only = (id: string) =>
      env.core.forTests.sqlite
        .prepare("UPDATE integrations SET status = CASE WHEN id = ? THEN 'active' ELSE 'draft' END")
        .run(id);
    // The token route first, with an answer that echoes the token back.
    only(tokenSaved.id);
    env.emu.faults.status(500, { method: 'POST', path: '/api/v1/leads', body: `echo ${env.emu.apiToken}` });
    const first = send('a@acme.com.br');
    await settle(env.time, () => state(first).state === 'retrying');
    await env.time.advance(60_000);
    await settle(env.time, () => state(first).state === 'sent');
    // Then OAuth, across a renewal and a failed attempt.
    only(oauthSaved.id);
    await env.time.advance(HOUR);
    env.emu.faults.status(500, { method: 'POST', path: '/api/v1/leads' });
    const second = send('b@acme.com.br');
    await settle(env.time, () => state(second).state === 'retrying');
    await env.time.advance(60_000);
    await settle(env.time, () => state(second).state === 'sent');
    expect(env.emu.oauth.stats.refreshes).toBe(1);
    const ids = [first, second];
    const secrets = [env.emu.apiToken, ...env.emu.oauth.issuedTokens(), env.emu.app.clientSecret];
    expect(secrets.length).toBeGreaterThan(3);
    const attempts = JSON.stringify(ids.map((id) => env.core.forTests.engine.get(id)));
    for (const s of secrets) expect(attempts.includes(s), s).toBe(false);
    expect(attempts).toContain('[redacted]');
    env.core.close();
    const files = [
      ...readdirSync(env.dir).map((f) => join(env.dir, f)),
      ...readdirSync(join(env.dir, 'logs')).map((f) => join(env.dir, 'logs', f)),
    ].filter((f) => statSync(f).isFile());
    expect(files.some((f) => f.endsWith('.db'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      for (const s of secrets) expect(bytes.includes(s), `${file} holds a secret`).toBe(false);
    }
    env.core = openPdCore(env.dir, env.time);
  });
});
