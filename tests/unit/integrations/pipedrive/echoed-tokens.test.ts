import { describe, expect, it } from 'vitest';
import { seedLead } from '../../support/dispatch-core';
import { echoBody, secretsShown } from '../support/leaks';
import { activateDirectly, connectOAuth, saveOAuthApp, savePipedrive, settle, usePdCore } from './support';

/** A Pipedrive that answers with the caller's tokens in its body must not put them in front of the user. */
describe('Pipedrive tokens echoed in an answer', () => {
  const env = usePdCore();

  async function failOnce(integrationId: string, secrets: string[]): Promise<void> {
    activateDirectly(env.core, integrationId);
    env.emu.faults.status(500, { method: 'POST', path: '/api/v1/leads', body: echoBody(secrets) });
    const lead = seedLead(env.core, env.client, { email: 'eco@acme.com.br', fullName: 'Eco Lima', company: null });
    const id = env.core.forTests.engine.enqueueLead(lead)[0]!.id;
    await settle(env.time, () => env.core.forTests.engine.get(id).dispatch.state === 'retrying');
    const [attempt] = env.core.forTests.engine.get(id).attempts;
    // The echo did reach the attempt, masked: the scan below is not passing on an empty record.
    expect(attempt!.responseExcerpt).toContain('[redacted]');
  }

  it('masks the OAuth access and refresh tokens', async () => {
    await saveOAuthApp(env.core, env.emu);
    const { connection } = await connectOAuth(env.core, env.client, env.emu.url);
    const saved = await savePipedrive(env.core, env.emu, {
      clientId: env.client,
      connectionId: connection.connectionId,
    });
    const tokens = env.emu.oauth.issuedTokens();
    expect(tokens.length).toBe(2);
    await failOnce(saved.id, tokens);
    expect(await secretsShown(env.core, env.dir, [...tokens, env.emu.app.clientSecret])).toEqual([]);
  });

  it('masks a personal API token', async () => {
    const saved = await savePipedrive(env.core, env.emu, { clientId: env.client, token: env.emu.apiToken });
    await failOnce(saved.id, [env.emu.apiToken]);
    expect(await secretsShown(env.core, env.dir, [env.emu.apiToken])).toEqual([]);
  });
});
