import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { TEST_LEAD_DOMAIN } from '../../../../electron/core/leads/test-lead';
import { systemClock } from '../../../../electron/core/ports';
import { startWebhookReceiver, type WebhookReceiver } from '../../../emulators/webhook';
import { call, openTestCore, tempDir } from '../../support/core-harness';
import { saveWebhook } from './support';

/** "Send test lead" through the contract, the real engine (real clock, real HTTP) and the receiver. */
describe('webhook: test lead end to end', () => {
  let rx: WebhookReceiver;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;

  beforeAll(async () => {
    rx = await startWebhookReceiver();
  });
  afterAll(() => rx.close());
  beforeEach(async () => {
    rx.reset();
    tmp = tempDir();
    core = openTestCore(tmp.dir, systemClock);
    client = await call<Client>(core, 'clients:create', { name: 'Acme' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  async function sendTest(id: string) {
    const sent = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', { id });
    await core.engine.settled();
    return { sent, view: await call<OutputOf<'dispatch:get'>>(core, 'dispatch:get', { id: sent.dispatchId }) };
  }

  it('delivers a signed, clearly marked test lead the receiver verifies, then activates', async () => {
    const saved = await saveWebhook(core, client.id, rx.url, {
      headers: [{ name: 'X-Api-Key', value: 'receiver-key-0123456789', secret: true }],
    });
    rx.setSecrets([saved.signingSecret!]);
    const { sent, view } = await sendTest(saved.id);

    expect(view.dispatch).toMatchObject({ state: 'sent', isTest: true, attemptCount: 1 });
    const [delivery] = rx.deliveries;
    expect(delivery?.verification).toMatchObject({ ok: true, matchedSecrets: [0] });
    expect(delivery?.headers['webhook-id']).toBe(sent.dispatchId);
    expect(delivery?.headers['x-api-key']).toBe('receiver-key-0123456789');
    // Receivers can drop or route a test lead on this header, whatever their body template keeps.
    expect(delivery?.headers['x-zbl-test']).toBe('true');
    expect(delivery?.json).toMatchObject({
      type: 'lead.qualified',
      data: {
        dispatchId: sent.dispatchId,
        integrationId: saved.id,
        client: { id: client.id, name: 'Acme' },
        test: true,
        qualified: true,
        lead: { id: sent.leadId, email: sent.email },
      },
    });
    expect(sent.email.endsWith(`@${TEST_LEAD_DOMAIN}`)).toBe(true);
    expect(view.attempts[0]?.calls.map((c) => [c.label, c.method, c.status])).toEqual([['deliver lead', 'POST', 200]]);
    expect(JSON.stringify(view)).not.toContain('receiver-key-0123456789');
    expect(JSON.stringify(view)).not.toContain(saved.signingSecret!.slice(6));

    const activated = await core.dispatch('integrations:activate', { id: saved.id });
    if (activated.ok) expect((activated.value as IntegrationDetail).status).toBe('active');
    else expect(activated.error.details).toMatchObject({ issues: [{ reason: 'no_scoring_profile' }] });
  });

  it('a test lead answered with 410 fails at once with the reason, without pausing the integration', async () => {
    const saved = await saveWebhook(core, client.id, rx.url);
    rx.script.add({ kind: 'status', status: 410 });
    const { view } = await sendTest(saved.id);
    expect(view.dispatch).toMatchObject({ state: 'error', lastStatus: 410 });
    expect(view.dispatch.lastError).toContain('410 Gone');
    expect((await call<IntegrationDetail>(core, 'integrations:get', { id: saved.id })).status).toBe('draft');
  });
});
