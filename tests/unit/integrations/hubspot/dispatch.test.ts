import { describe, expect, it } from 'vitest';
import type { DispatchView, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import type { HubspotEmulator } from '../../../emulators/hubspot';
import { call } from '../../support/core-harness';
import { seedLead, type LeadSeed } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { leakedSecrets } from './scan';
import { createMappedProperties, hubspotPerTest, pump, saveHubspot, until } from './support';

const MIN = 60_000;

/** The HubSpot connector through the real dispatch engine, with a private app token. */
describe('HubSpot connector (private app token, real dispatch path)', () => {
  const time = new FakeTime();
  let emu: HubspotEmulator;
  let dir: string;
  let core: Core;
  let clientId: string;
  let integrationId: string;

  hubspotPerTest(time, async (env) => {
    ({ emu, core, clientId, dir } = env);
    await pump(time, createMappedProperties(core, { token: emu.privateToken, apiUrl: emu.url }));
    const saved = await pump(time, saveHubspot(core, { clientId, apiUrl: emu.url, token: emu.privateToken }));
    integrationId = saved.id;
    await pump(time, call(core, 'integrations:activate', { id: integrationId }));
    emu.log.length = 0;
  });

  async function send(lead: LeadSeed = {}): Promise<DispatchView> {
    const [d] = core.forTests.engine.enqueueLead(
      seedLead(core, clientId, {
        email: 'maria.santos@acme.com.br',
        fullName: 'Maria da Silva Santos',
        phone: '+5511987654321',
        company: 'Acme Comércio Ltda',
        cnpj: '11222333000181',
        score: 82,
        scoreRange: 'high',
        ...lead,
      }),
    );
    const view = () => core.forTests.engine.get(d!.id).dispatch;
    await until(time, () => !['pending', 'sending'].includes(view().state));
    return view();
  }

  const paths = () => emu.log.map((e) => `${e.method} ${e.path} ${e.status}`);

  it('saves the portal id from HubSpot and keys the limiter on it', async () => {
    const detail = await call<OutputOf<'integrations:get'>>(core, 'integrations:get', { id: integrationId });
    expect(detail).toMatchObject({ type: 'hubspot', config: { auth: 'token', portalId: emu.state.portalId } });
    expect(detail.credential.set).toBe(true);
  });

  it('creates the contact by upsert with the mapped properties, then the company, associated', async () => {
    const sent = await send();
    expect(sent).toMatchObject({ state: 'sent', attemptCount: 1 });
    const contact = emu.state.contactByEmail('maria.santos@acme.com.br')!;
    expect(sent.remoteId).toBe(contact.id);
    expect(contact.properties).toMatchObject({
      firstname: 'Maria',
      lastname: 'da Silva Santos',
      phone: '+5511987654321',
      company: 'Acme Comércio Ltda',
      lead_score: '82',
      score_range: 'high',
      cnpj: '11.222.333/0001-81',
    });
    const upsert = emu.log.find((e) => e.path.endsWith('/batch/upsert'))!;
    expect(upsert.body).toMatchObject({ inputs: [{ id: 'maria.santos@acme.com.br', idProperty: 'email' }] });
    expect(upsert.auth).toBe('token');
    const [company] = [...emu.state.companies.values()];
    expect(company!.properties.name).toBe('Acme Comércio Ltda');
    expect(emu.state.associations).toEqual([{ contactId: contact.id, companyId: company!.id, typeId: 280 }]);
    expect(paths()).toEqual([
      'POST /crm/v3/objects/contacts/batch/upsert 200',
      'POST /crm/v3/objects/companies/search 200',
      'POST /crm/v3/objects/companies 201',
    ]);
  });

  it('updates the same contact on a second lead and associates the existing company', async () => {
    await send();
    emu.log.length = 0;
    const again = await send({ fullName: 'Maria Santos', score: 91 });
    expect(again.state).toBe('sent');
    expect(emu.state.contacts.size).toBe(1);
    expect(emu.state.companies.size).toBe(1);
    expect(emu.state.contactByEmail('maria.santos@acme.com.br')!.properties).toMatchObject({
      firstname: 'Maria',
      lastname: 'Santos',
      lead_score: '91',
    });
    expect(paths()).toEqual([
      'POST /crm/v3/objects/contacts/batch/upsert 200',
      'POST /crm/v3/objects/companies/search 200',
      expect.stringMatching(/^PUT \/crm\/v4\/objects\/contacts\/\d+\/associations\/default\/companies\/\d+ 200$/),
    ]);
  });

  it('a 409 names the existing contact: it is updated by id', async () => {
    const existing = emu.state.createContact({ email: 'other@acme.com.br', firstname: 'Old' });
    emu.faults.status(409, {
      method: 'POST',
      path: '/crm/v3/objects/contacts/batch/upsert',
      body: {
        status: 'error',
        message: `Contact already exists. Existing ID: ${existing.id}`,
        correlationId: '6f0e3a55-1c7a-4e8e-9c57-3c1f2f7d8a10',
        category: 'CONFLICT',
      },
    });
    const sent = await send({ email: 'other@acme.com.br' });
    expect(sent).toMatchObject({ state: 'sent', remoteId: existing.id });
    expect(existing.properties.firstname).toBe('Maria');
    expect(paths()[1]).toBe(`PATCH /crm/v3/objects/contacts/${existing.id} 200`);
    expect(core.forTests.engine.get(sent.id).attempts[0]!.notes.join(' ')).toContain(`id ${existing.id}`);
  });

  it('a 429 with Retry-After waits as told without spending an attempt, then resumes', async () => {
    emu.faults.status(429, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert', retryAfter: 30 });
    const t0 = time.now();
    const [d] = core.forTests.engine.enqueueLead(
      seedLead(core, clientId, { email: 'rate@acme.com.br', company: null }),
    );
    const view = () => core.forTests.engine.get(d!.id);
    await until(time, () => view().dispatch.state === 'retrying');
    expect(view().dispatch).toMatchObject({ attemptCount: 0 });
    expect(view().dispatch.nextAttemptAt! - t0).toBeGreaterThanOrEqual(30_000);
    expect(view().dispatch.nextAttemptAt! - t0).toBeLessThan(31_000);
    await until(time, () => view().dispatch.state === 'sent', 60_000);
    expect(time.now() - t0).toBeGreaterThanOrEqual(30_000);
    expect(view().attempts.map((a) => [a.outcome, a.errorClass, a.statusCode])).toEqual([
      ['rate_limited', 'rate_limited', 429],
      ['sent', null, 200],
    ]);
  });

  it('stops before a request HubSpot says the window has no room for, and resumes after the contact', async () => {
    emu.rate.reset();
    emu.rate.configure({ max: 1, intervalMs: 10_000 });
    const t0 = time.now();
    const [d] = core.forTests.engine.enqueueLead(
      seedLead(core, clientId, { email: 'window@acme.com.br', company: 'Beta SA' }),
    );
    const view = () => core.forTests.engine.get(d!.id);
    await until(time, () => view().dispatch.state === 'retrying');
    expect(view().attempts[0]).toMatchObject({ outcome: 'rate_limited', errorClass: 'rate_limited' });
    expect(view().dispatch.nextAttemptAt! - t0).toBeGreaterThanOrEqual(9_000);
    emu.rate.configure({ max: 150 });
    await until(time, () => view().dispatch.state === 'sent', 60_000);
    // The contact was written once; the retry went on with the company.
    expect(emu.log.filter((e) => e.path.endsWith('/batch/upsert')).length).toBe(1);
    expect(emu.log.filter((e) => e.status === 429)).toEqual([]);
  });

  it('a failure after the contact step resumes there: the contact is not written again', async () => {
    emu.faults.status(500, { method: 'POST', path: '/crm/v3/objects/companies/search' });
    const [d] = core.forTests.engine.enqueueLead(
      seedLead(core, clientId, { email: 'resume@acme.com.br', company: 'Gama' }),
    );
    const view = () => core.forTests.engine.get(d!.id).dispatch;
    await until(time, () => view().state === 'retrying');
    expect(view().attemptCount).toBe(1);
    await time.advance(MIN);
    await until(time, () => view().state === 'sent');
    expect(emu.log.filter((e) => e.path.endsWith('/batch/upsert')).length).toBe(1);
    expect(emu.state.companies.size).toBe(1);
  });

  it('a property that no longer exists fails the lead with HubSpot’s words (207)', async () => {
    emu.state.properties.delete('cnpj');
    const failed = await send({ email: 'gone@acme.com.br' });
    expect(failed.state).toBe('error');
    expect(failed.lastError).toContain('Property "cnpj" does not exist');
  });

  it('refused credentials pause the integration as needing attention', async () => {
    emu.faults.status(401, { method: 'POST', path: '/crm/v3/objects/contacts/batch/upsert' });
    const held = await send({ email: 'nokey@acme.com.br' });
    expect(held).toMatchObject({ state: 'held', attemptCount: 0 });
    const detail = await call<OutputOf<'integrations:get'>>(core, 'integrations:get', { id: integrationId });
    expect(detail.status).toBe('needs_attention');
  });

  it('Send test lead goes through the real dispatch path and lands in HubSpot', async () => {
    const started = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', {
      id: integrationId,
    });
    const view = () => core.forTests.engine.get(started.dispatchId).dispatch;
    await until(time, () => !['pending', 'sending'].includes(view().state));
    expect(view().state).toBe('sent');
    expect(started.email).toMatch(/@example\.com$/);
    expect(emu.state.contactByEmail(started.email)).toBeDefined();
    const attempt = core.forTests.engine.get(started.dispatchId).attempts[0]!;
    expect(attempt.notes.join(' ')).toContain('Test lead');
    expect(leakedSecrets(core, dir, [emu.privateToken])).toEqual([]);
    const auth = attempt.calls[0]!.requestHeaders.Authorization;
    expect(auth).toBe('[redacted]');
  });
});
