import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf, ScoringProfileInput, ScoringProfileView } from '#contract';
import type { Core } from '../../../../electron/core';
import { sharedAcIdCaches } from '../../../../electron/core/integrations/activecampaign/id-cache';
import { systemClock } from '../../../../electron/core/ports';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { call, openTestCore, tempDir } from '../../support/core-harness';

type Preview = OutputOf<'activecampaign:preview'>;
type SyncBody = { contact: Record<string, unknown> };

/** A profile whose ranges differ from the recommended one, so the range shows whose profile scored. */
const ONLY_CNPJ: ScoringProfileInput = {
  name: 'Só CNPJ',
  rules: [{ id: 'cnpj', kind: 'validCnpj', points: 40 }],
  ranges: [
    { name: 'quente', min: 40, max: 100, tag: 'quente' },
    { name: 'frio', min: 0, max: 39, tag: '' },
  ],
  qualifyAt: 40,
};

/** The wizards' review shows the lead "Send test lead" sends, and says what activation would create. */
describe('preview: the sample is the test lead', () => {
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

  const config = () => ({
    apiUrl: emu.url,
    name: 'ActiveCampaign Marketing',
    fixedTags: ['qualified-lead'],
    lists: [{ id: '1', name: 'Newsletter' }],
    mapping: {
      companyToAccount: true,
      fields: [
        { source: 'score', field: { id: '1', title: 'Lead Score' } },
        { source: 'cnpj', field: { id: '2', title: 'CNPJ' } },
      ],
    },
  });
  const save = () =>
    call<IntegrationDetail>(core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: emu.apiToken,
      config: config(),
    });

  it('previews the contact a test lead then creates, apart from its own address', async () => {
    const { id } = await save();
    const preview = await call<Preview>(core, 'activecampaign:preview', { integrationId: id });
    // Asked to create its company, the test lead goes exactly as the preview's real lead would.
    const sent = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', {
      id,
      createCompany: true,
    });
    await core.forTests.engine.settled();

    const synced = emu.log.entries().find((e) => e.method === 'POST' && e.path === '/contacts')?.body as SyncBody;
    const shown = preview.requests[0]?.body as SyncBody;
    expect(shown.contact.email).toMatch(/^zbl-test-.+@example\.com$/);
    expect({ ...shown.contact, email: sent.email }).toEqual(synced.contact);
    const contact = emu.state.contact(sent.email);
    expect(preview.lead).toMatchObject({
      fullName: 'Ana Paula dos Santos',
      company: contact?.account?.name,
      jobTitle: 'Marketing Director',
      score: Number(contact?.fieldsByTitle['Lead Score']),
    });
    expect(contact?.tags).toContain(`${preview.lead.scoreRange}-score`);
  });

  it('previews a real lead’s send: the account steps are there, the test tag is not', async () => {
    const { id } = await save();
    const preview = await call<Preview>(core, 'activecampaign:preview', { integrationId: id });
    const labels = preview.requests.map((r) => r.label);
    expect(labels).toContain('find account');
    expect(labels).toContain('create account "Zero Bad Leads (test)"');
    expect(labels.filter((l) => l?.includes('zbl-test-lead'))).toEqual([]);
    // A test lead sent with the defaults skips exactly those account calls.
    const sent = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', { id });
    await core.forTests.engine.settled();
    const view = await call<OutputOf<'dispatch:get'>>(core, 'dispatch:get', { id: sent.dispatchId });
    const made = view.attempts[0]!.calls.map((c) => c.label);
    expect(made.filter((l) => l?.includes('account'))).toEqual([]);
    expect(made).toContain('add tag "zbl-test-lead"');
  });

  it('scores the sample with the client’s active profile, as its test leads are', async () => {
    const profile = await call<ScoringProfileView>(core, 'scoring:save', { clientId: client.id, profile: ONLY_CNPJ });
    await call(core, 'scoring:activate', { id: profile.id });
    const unsaved = await call<Preview>(core, 'activecampaign:preview', { clientId: client.id, config: config() });
    expect(unsaved.lead).toMatchObject({ score: 40, scoreRange: 'quente' });
    // Without a client (nothing to score with), the recommended profile decides.
    const recommended = await call<Preview>(core, 'activecampaign:preview', { config: config() });
    expect(['high', 'medium', 'low']).toContain(recommended.lead.scoreRange);
  });

  it('says what would be created: nothing is written by a preview', async () => {
    const { id } = await save();
    const preview = await call<Preview>(core, 'activecampaign:preview', { integrationId: id });
    const notes = preview.notes.join('\n');
    expect(notes).toContain('Tag "qualified-lead" did not exist in ActiveCampaign and would be created.');
    expect(notes).toContain('Account "Zero Bad Leads (test)" did not exist in ActiveCampaign and would be created.');
    expect(notes).not.toContain('was created');
    expect(emu.state.snapshot().contacts).toEqual([]);
  });
});
