import { describe, expect, it } from 'vitest';
import type { AttemptView, DispatchView, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { TEST_CONTACT_PROPERTY } from '../../../../electron/core/integrations/hubspot/test-marker';
import type { HubspotEmulator } from '../../../emulators/hubspot';
import { call } from '../../support/core-harness';
import { seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import {
  connectOAuth,
  createMappedProperties,
  hubspotPerTest,
  pump,
  saveHubspot,
  saveOAuthApp,
  until,
} from './support';

type Started = OutputOf<'integrations:sendTestLead'>;

/** "Send test lead" to HubSpot: a marked contact, no company unless asked, and what a token renewal looks like. */
describe('HubSpot: the test lead', () => {
  const time = new FakeTime();
  let emu: HubspotEmulator;
  let core: Core;
  let clientId: string;

  hubspotPerTest(time, (env) => {
    ({ emu, core, clientId } = env);
  });

  async function withToken(): Promise<string> {
    await pump(time, createMappedProperties(core, { token: emu.privateToken, apiUrl: emu.url }));
    const saved = await pump(time, saveHubspot(core, { clientId, apiUrl: emu.url, token: emu.privateToken }));
    emu.log.length = 0;
    return saved.id;
  }

  async function sendTest(
    id: string,
    createCompany?: boolean,
  ): Promise<{ started: Started; dispatch: DispatchView; attempt: AttemptView }> {
    const started = await call<Started>(core, 'integrations:sendTestLead', {
      id,
      ...(createCompany !== undefined ? { createCompany } : {}),
    });
    const view = () => core.forTests.engine.get(started.dispatchId);
    await until(time, () => !['pending', 'sending'].includes(view().dispatch.state));
    return { started, dispatch: view().dispatch, attempt: view().attempts.at(-1)! };
  }

  const paths = () => emu.log.map((e) => `${e.method} ${e.path} ${e.status}`);

  it('marks the test contact with a checkbox property it creates, and leaves the company out', async () => {
    const id = await withToken();
    expect(emu.state.properties.has(TEST_CONTACT_PROPERTY.name)).toBe(false);
    const { started, dispatch, attempt } = await sendTest(id);
    expect(dispatch.state).toBe('sent');

    const property = emu.state.properties.get(TEST_CONTACT_PROPERTY.name)!;
    expect(property).toMatchObject({
      label: 'Zero Bad Leads test contact',
      type: 'bool',
      fieldType: 'booleancheckbox',
    });
    expect(property.options?.map((o) => o.value)).toEqual(['true', 'false']);
    const contact = emu.state.contactByEmail(started.email)!;
    expect(contact.properties[TEST_CONTACT_PROPERTY.name]).toBe('true');
    // The mapped company name stays a contact property; no company record is looked up or made.
    expect(contact.properties.company).toBe('Zero Bad Leads (test)');
    expect(emu.state.companies.size).toBe(0);
    expect(paths()).toEqual([
      'GET /crm/v3/properties/contacts 200',
      'POST /crm/v3/properties/contacts 201',
      'POST /crm/v3/objects/contacts/batch/upsert 200',
    ]);
    const notes = attempt.notes.join('\n');
    expect(notes).toContain('Contact property "Zero Bad Leads test contact" (zbl_test_contact) did not exist');
    expect(notes).toContain('the company "Zero Bad Leads (test)" was not looked up or created in HubSpot');
    expect(notes).toContain("filter HubSpot's contacts on that property");
  });

  it('uses the property once it exists, and creates and associates the company when asked', async () => {
    const id = await withToken();
    await sendTest(id);
    emu.log.length = 0;
    const { started, dispatch } = await sendTest(id, true);
    expect(dispatch.state).toBe('sent');
    expect(paths()).toEqual([
      'GET /crm/v3/properties/contacts 200',
      'POST /crm/v3/objects/contacts/batch/upsert 200',
      'POST /crm/v3/objects/companies/search 200',
      'POST /crm/v3/objects/companies 201',
    ]);
    const contact = emu.state.contactByEmail(started.email)!;
    expect(contact.properties[TEST_CONTACT_PROPERTY.name]).toBe('true');
    const [company] = [...emu.state.companies.values()];
    expect(company!.properties.name).toBe('Zero Bad Leads (test)');
    expect(emu.state.associations).toEqual([{ contactId: contact.id, companyId: company!.id, typeId: 280 }]);
  });

  it('a real lead of the same integration still gets its company, and no test marker', async () => {
    const id = await withToken();
    await call(core, 'integrations:activate', { id });
    emu.log.length = 0;
    const [d] = core.forTests.engine.enqueueLead(
      seedLead(core, clientId, { email: 'maria@acme.com.br', company: 'Acme Ltda' }),
    );
    await until(time, () => !['pending', 'sending'].includes(core.forTests.engine.get(d!.id).dispatch.state));
    expect(core.forTests.engine.get(d!.id).dispatch.state).toBe('sent');
    expect(paths()).toEqual([
      'POST /crm/v3/objects/contacts/batch/upsert 200',
      'POST /crm/v3/objects/companies/search 200',
      'POST /crm/v3/objects/companies 201',
    ]);
    expect(emu.state.contactByEmail('maria@acme.com.br')!.properties).not.toHaveProperty(TEST_CONTACT_PROPERTY.name);
  });

  it('a connection that may not create properties still delivers the contact, unmarked, and says why', async () => {
    const id = await withToken();
    emu.faults.status(403, { method: 'POST', path: '/crm/v3/properties/contacts' });
    const { started, dispatch, attempt } = await sendTest(id);
    expect(dispatch.state).toBe('sent');
    const contact = emu.state.contactByEmail(started.email)!;
    expect(contact.properties).not.toHaveProperty(TEST_CONTACT_PROPERTY.name);
    const notes = attempt.notes.join('\n');
    expect(notes).toContain('The test contact is not marked with the property "Zero Bad Leads test contact"');
    expect(notes).toContain('crm.schemas.contacts.write');
    // The integration is not paused for it: a 403 here is about the marker, not the credentials.
    const detail = await call<OutputOf<'integrations:get'>>(core, 'integrations:get', { id });
    expect(detail.status).toBe('draft');
  });

  it('a property of that name that cannot hold "true" is left alone', async () => {
    const id = await withToken();
    emu.state.properties.set(TEST_CONTACT_PROPERTY.name, {
      ...emu.state.properties.get('lifecyclestage')!,
      name: TEST_CONTACT_PROPERTY.name,
      hubspotDefined: false,
      options: [{ label: 'A', value: 'a', displayOrder: 0, hidden: false }],
    });
    const { started, dispatch, attempt } = await sendTest(id);
    expect(dispatch.state).toBe('sent');
    expect(emu.state.contactByEmail(started.email)!.properties).not.toHaveProperty(TEST_CONTACT_PROPERTY.name);
    expect(attempt.notes.join('\n')).toContain('already exists as a enumeration property');
  });

  describe('signed in with OAuth', () => {
    async function withOAuth(): Promise<string> {
      await saveOAuthApp(core, emu);
      const { connectionId } = (await connectOAuth(core, clientId)).connection;
      await pump(time, createMappedProperties(core, { connectionId, apiUrl: emu.url }));
      const saved = await pump(time, saveHubspot(core, { clientId, apiUrl: emu.url, connectionId }));
      emu.log.length = 0;
      return saved.id;
    }

    it('a 401 is recorded, then the renewal, then the repeated call', async () => {
      const id = await withOAuth();
      emu.faults.status(401, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert' });
      const { dispatch, attempt } = await sendTest(id);
      expect(dispatch.state).toBe('sent');
      expect(emu.oauth.stats.refreshes).toBe(1);
      expect(attempt.calls.map((c) => [c.kind ?? 'request', c.label, c.status])).toEqual([
        ['request', 'list contact properties', 200],
        ['request', 'create contact property "Zero Bad Leads test contact"', 201],
        ['request', 'upsert contact', 401],
        ['token_renewal', 'renew the access token', null],
        ['request', 'upsert contact', 200],
      ]);
      expect(attempt.calls[3]).toMatchObject({ method: 'POST', url: emu.tokenUrl, error: null });
      expect(attempt.notes.join(' ')).toContain(
        'HubSpot refused the access token; it was renewed and the call repeated.',
      );
    });
  });
});
