import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, DispatchView, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { TEST_LEAD_TAG } from '../../../../electron/core/integrations/activecampaign/config';
import { sharedAcIdCaches } from '../../../../electron/core/integrations/activecampaign/id-cache';
import { TEST_LEAD_DOMAIN } from '../../../../electron/core/leads/test-lead';
import { systemClock } from '../../../../electron/core/ports';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { call, openTestCore, tempDir } from '../../support/core-harness';

/** "Send test lead", activation and deactivation, through the contract, the engine and the emulator. */
describe('integrations: test lead and life cycle', () => {
  let emu: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;

  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedAcIdCaches.clear();
    tmp = tempDir();
    core = openTestCore(tmp.dir, systemClock);
    client = await call<Client>(core, 'clients:create', { name: 'Acme' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const save = () =>
    call<IntegrationDetail>(core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: emu.apiToken,
      config: {
        apiUrl: emu.url,
        name: 'ActiveCampaign Marketing',
        fixedTags: ['qualified-lead', 'zero-bad-leads'],
        lists: [{ id: '1', name: 'Newsletter' }],
        mapping: {
          companyToAccount: true,
          fields: [
            { source: 'score', field: { id: '1', title: 'Lead Score' } },
            { source: 'cnpj', field: { id: '2', title: 'CNPJ' } },
          ],
        },
      },
    });

  async function sendTest(id: string, createCompany?: boolean) {
    const sent = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', {
      id,
      ...(createCompany !== undefined ? { createCompany } : {}),
    });
    await core.forTests.engine.settled();
    return { sent, view: await call<OutputOf<'dispatch:get'>>(core, 'dispatch:get', { id: sent.dispatchId }) };
  }

  it('sends a clearly marked test lead through the real dispatch path, even from a draft', async () => {
    const draft = await save();
    const { sent, view } = await sendTest(draft.id);
    expect(sent.email.endsWith(`@${TEST_LEAD_DOMAIN}`)).toBe(true);
    expect(view.dispatch).toMatchObject({ state: 'sent', isTest: true, attemptCount: 1 });
    expect(view.attempts[0]?.calls.map((c) => c.label)).toContain('create contact');
    const contact = emu.state.contact(sent.email);
    expect(contact?.tags).toEqual(expect.arrayContaining(['qualified-lead', 'zero-bad-leads', TEST_LEAD_TAG]));
    expect(contact?.lists).toEqual([expect.objectContaining({ id: '1', status: '1' })]);
    expect(contact?.fieldsByTitle).toMatchObject({ CNPJ: '11.222.333/0001-81', 'Lead Score': '80' });
    expect(contact?.tags).toContain('high-score');
    expect(contact).toMatchObject({ firstName: 'Ana Paula', lastName: 'dos Santos', phone: '+5511987654321' });
    // The company is neither looked up nor created unless asked: no "Zero Bad Leads (test)" account.
    expect(contact?.account).toBeNull();
    expect(emu.state.snapshot().accounts).toEqual([]);
    expect(emu.log.entries().filter((e) => e.path.startsWith('/account'))).toEqual([]);
    expect(view.attempts[0]?.notes.join('\n')).toContain(
      'the account "Zero Bad Leads (test)" was not looked up or created in ActiveCampaign',
    );
    // The attempt is in the log like any other, and the key is never in it.
    expect(JSON.stringify(view)).not.toContain(emu.apiToken);
  });

  it('creates and links the account when the test lead asks for it', async () => {
    const draft = await save();
    const { sent, view } = await sendTest(draft.id, true);
    expect(view.dispatch.state).toBe('sent');
    const contact = emu.state.contact(sent.email);
    expect(contact?.tags).toContain(TEST_LEAD_TAG);
    // In the user's language ("system" on an English test machine).
    expect(contact?.account).toMatchObject({ name: 'Zero Bad Leads (test)' });
    expect(view.attempts[0]?.calls.map((c) => c.label)).toContain('create account "Zero Bad Leads (test)"');
  });

  it('deactivating stops new leads and holds open ones; activating releases them', async () => {
    const { id } = await save();
    await call(core, 'integrations:activate', { id });
    await call(core, 'integrations:deactivate', { id });
    expect((await call<IntegrationDetail>(core, 'integrations:get', { id })).status).toBe('inactive');
    // Only activation (which re-checks the key) brings a deactivated integration back.
    for (const channel of ['dispatch:resumeIntegration', 'dispatch:pauseIntegration']) {
      expect(await core.dispatch(channel, { integrationId: id })).toMatchObject({
        ok: false,
        error: { code: 'conflict' },
      });
    }
    const list = await call<DispatchView[]>(core, 'dispatch:list', { clientId: client.id });
    expect(list).toEqual([]);
    // A real lead queued while inactive is not created at all for this integration.
    const { leadId } = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', { id });
    expect(core.forTests.engine.enqueueLead(leadId)).toEqual([]);
    await core.forTests.engine.settled();
    await call(core, 'integrations:activate', { id });
    expect((await call<IntegrationDetail>(core, 'integrations:get', { id })).status).toBe('active');
  });

  it('stores dispatch filters on the integration and shows them back', async () => {
    const { id } = await save();
    const filter = { match: 'any' as const, conditions: [{ op: 'score_gte' as const, value: 70 }] };
    const detail = await call<IntegrationDetail>(core, 'integrations:setFilters', { id, filter });
    expect(detail.filters).toEqual(filter);
    const bad = await core.dispatch('integrations:setFilters', { id, filter: { conditions: [{ op: 'nope' }] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await call<IntegrationDetail>(core, 'integrations:get', { id })).filters).toEqual(filter);
  });
});
