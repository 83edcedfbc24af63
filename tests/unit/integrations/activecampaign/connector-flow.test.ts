import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactStep } from '../../../../electron/core/integrations/activecampaign/session';
import { ConnectorError } from '../../../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { config, isolatedConnector, lead, rejection, sendContext } from '../support/send-context';

describe('ActiveCampaign connector: the test-lead flow against the emulator', () => {
  let emu: AcEmulator;

  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0, seed: { fields: [{ title: 'UTM Source' }] } });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const calls = () => emu.log.entries().map((e) => `${e.method} ${e.path}${e.status >= 400 ? ` ${e.status}` : ''}`);

  it('creates the contact with names, phone, tags, lists, custom fields and its account', async () => {
    const { connector } = isolatedConnector();
    const cfg = config(emu.url, {
      mapping: {
        fields: [
          { source: 'score', field: { id: '1', title: 'Lead Score' } },
          { source: 'cnpj', field: { id: '2', title: 'CNPJ' } },
          { source: 'utm.source', field: { id: '3', title: 'UTM Source' } },
        ],
      },
    });
    const send = sendContext({ config: cfg, apiKey: emu.apiToken });
    const result = await connector.send(send.ctx);

    const contact = emu.state.contact('maria.santos@example.com');
    expect(contact).toMatchObject({ firstName: 'Maria', lastName: 'da Silva Santos', phone: '+5511987654321' });
    expect(result.remoteId).toBe(contact?.id);
    expect(contact?.tags).toEqual(['qualified-lead', 'zero-bad-leads', 'high-score']);
    expect(contact?.lists).toEqual([
      { id: '1', name: 'Newsletter', status: '1' },
      { id: '2', name: 'Clientes 2026', status: '1' },
    ]);
    expect(contact?.fieldsByTitle).toEqual({ 'Lead Score': '82', CNPJ: '11.222.333/0001-81', 'UTM Source': 'google' });
    expect(contact?.account).toEqual({ id: '1', name: 'Acme Comércio Ltda', jobTitle: 'Gerente de Marketing' });

    // A contact just created has no lists: nothing to read before subscribing it.
    expect(calls()).toEqual([
      'POST /contacts',
      'GET /tags',
      'POST /tags',
      'POST /contactTags',
      'GET /tags',
      'POST /tags',
      'POST /contactTags',
      'GET /tags',
      'POST /tags',
      'POST /contactTags',
      'POST /contactLists',
      'POST /contactLists',
      'GET /accounts',
      'POST /accounts',
      'POST /accountContacts',
    ]);
    const subscribe = emu.log.entries({ path: '/contactLists' })[0]?.body;
    expect(subscribe).toEqual({ contactList: { list: '1', contact: '1', status: '1' } });
    expect(send.notes).toContain('Tag "high-score" did not exist in ActiveCampaign and was created.');
    expect(send.notes).toContain('Account "Acme Comércio Ltda" did not exist in ActiveCampaign and was created.');
    expect([...send.steps.keys()]).toEqual([
      'contact',
      'tag:qualified-lead',
      'tag:zero-bad-leads',
      'tag:high-score',
      'list:1',
      'list:2',
      'account',
    ]);
  });

  it('maps each score range to its tag and leaves out empty values', async () => {
    const { connector } = isolatedConnector();
    const cfg = config(emu.url, { fixedTags: [], scoreTags: { byRange: { high: 'quente', low: 'frio' } } });
    await connector.send(
      sendContext({ config: cfg, apiKey: emu.apiToken, lead: lead({ scoreRange: 'low', score: 12 }) }).ctx,
    );
    await connector.send(
      sendContext({
        config: cfg,
        apiKey: emu.apiToken,
        lead: lead({
          email: 'b@example.com',
          fullName: 'Madonna',
          scoreRange: 'medium',
          cnpj: null,
          phone: null,
          phoneE164: null,
        }),
      }).ctx,
    );
    expect(emu.state.contact('maria.santos@example.com')?.tags).toEqual(['frio']);
    const b = emu.state.contact('b@example.com');
    expect(b?.tags).toEqual([]);
    expect(b).toMatchObject({ firstName: 'Madonna', lastName: '', phone: '' });
    expect(b?.fieldsByTitle).toEqual({ 'Lead Score': '82' });
    const body = emu.log.entries({ method: 'POST', path: '/contacts' })[1]?.body as {
      contact: Record<string, unknown>;
    };
    expect(Object.keys(body.contact).sort()).toEqual(['email', 'fieldValues', 'firstName']);
  });

  it('uses the cache for a repeat lead: no tag search, no write for a list it is on, existing account kept', async () => {
    const { connector, cache } = isolatedConnector();
    const cfg = config(emu.url);
    await connector.send(sendContext({ config: cfg, apiKey: emu.apiToken }).ctx);
    expect(cache.get('tag', 'HIGH-SCORE')).toBe('3');
    emu.log.clear();

    const again = sendContext({ config: cfg, apiKey: emu.apiToken });
    await connector.send(again.ctx);
    // The e-mail exists: create is refused as a duplicate, the sync updates it, and its lists are read.
    expect(calls()).toEqual([
      'POST /contacts 422',
      'POST /contact/sync',
      'POST /contactTags',
      'POST /contactTags',
      'POST /contactTags',
      'GET /contacts/1',
      'POST /accountContacts 422',
    ]);
    expect(again.steps.get('list:1')).toMatchObject({ outcome: 'already_subscribed' });
    expect(again.notes.join(' ')).toContain('already belongs to an ActiveCampaign account; it keeps that account');
  });

  it('keeps the account a contact already has, with a note, and does not fail', async () => {
    emu.state.seed({ contacts: [{ email: 'maria.santos@example.com', account: 'Outra Empresa' }] });
    const { connector } = isolatedConnector();
    const send = sendContext({ config: config(emu.url), apiKey: emu.apiToken });
    await connector.send(send.ctx);
    expect(emu.state.contact('maria.santos@example.com')?.account?.name).toBe('Outra Empresa');
    expect(send.steps.get('account')).toMatchObject({ outcome: 'kept_existing' });
    expect(send.notes.some((n) => n.includes('was not linked to "Acme Comércio Ltda"'))).toBe(true);
  });

  it('leaves contacts who unsubscribed alone unless told to re-subscribe them (then with sourceid 4)', async () => {
    emu.state.seed({ contacts: [{ email: 'maria.santos@example.com', lists: ['Newsletter'] }] });
    emu.state.subscribe('1', '1', '2');
    const { connector } = isolatedConnector();

    const kept = sendContext({ config: config(emu.url), apiKey: emu.apiToken });
    await connector.send(kept.ctx);
    expect(emu.state.contact('maria.santos@example.com')?.lists).toEqual([
      { id: '1', name: 'Newsletter', status: '2' },
      { id: '2', name: 'Clientes 2026', status: '1' },
    ]);
    expect(kept.notes.join(' ')).toContain('had unsubscribed from the list "Newsletter" and was left unsubscribed');

    const resub = sendContext({ config: config(emu.url, { resubscribeUnsubscribed: true }), apiKey: emu.apiToken });
    await connector.send(resub.ctx);
    expect(emu.state.contact('maria.santos@example.com')?.lists[0]).toEqual({
      id: '1',
      name: 'Newsletter',
      status: '1',
    });
    const bodies = emu.log.entries({ path: '/contactLists' }).map((e) => e.body);
    expect(bodies.at(-1)).toEqual({ contactList: { list: '1', contact: '1', status: '1', sourceid: '4' } });
    expect(resub.steps.get('list:1')).toMatchObject({ outcome: 'resubscribed' });
  });

  it('resumes after a 429 without repeating the contact sync or the tags already added', async () => {
    const { connector } = isolatedConnector();
    const cfg = config(emu.url);
    emu.faults.status(429, { method: 'POST', path: '/contactTags', skip: 1, retryAfter: 2 });
    const first = sendContext({ config: cfg, apiKey: emu.apiToken });
    const err = await rejection(connector.send(first.ctx));
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ errorClass: 'rate_limited', status: 429, retryAfterMs: 2000 });
    expect([...first.steps.keys()]).toEqual(['contact', 'tag:qualified-lead']);

    const second = sendContext({ config: cfg, apiKey: emu.apiToken, steps: first.steps });
    await connector.send(second.ctx);
    expect(emu.log.count({ method: 'POST', path: '/contacts' })).toBe(1);
    expect(emu.log.entries({ path: '/contactTags' }).map((e) => e.status)).toEqual([201, 429, 201, 201]);
    expect(emu.state.contact('maria.santos@example.com')?.tags).toEqual([
      'qualified-lead',
      'zero-bad-leads',
      'high-score',
    ]);
  });

  it('syncs again when the contact was deleted in AC between attempts, and redoes its steps', async () => {
    const { connector } = isolatedConnector();
    const cfg = config(emu.url);
    emu.faults.status(500, { method: 'POST', path: '/contactLists' });
    const first = sendContext({ config: cfg, apiKey: emu.apiToken });
    expect(await rejection(connector.send(first.ctx))).toMatchObject({ errorClass: 'transient', status: 500 });
    emu.state.contacts.delete('1');

    const second = sendContext({ config: cfg, apiKey: emu.apiToken, steps: first.steps });
    await connector.send(second.ctx);
    const contact = emu.state.contact('maria.santos@example.com');
    expect(contact?.id).toBe('2');
    expect(contact?.tags).toEqual(['qualified-lead', 'zero-bad-leads', 'high-score']);
    expect(contact?.lists.map((l) => l.status)).toEqual(['1', '1']);
    expect(second.notes[0]).toContain('deleted in ActiveCampaign since it was synced');
    expect((second.steps.get('contact') as ContactStep).id).toBe('2');
  });

  it('stops between steps when the engine aborts, and resumes later', async () => {
    const { connector } = isolatedConnector();
    const controller = new AbortController();
    const first = sendContext({ config: config(emu.url), apiKey: emu.apiToken, signal: controller.signal });
    first.ctx.note = (text) => {
      first.notes.push(text);
      controller.abort();
    };
    expect(await rejection(connector.send(first.ctx))).toMatchObject({ errorClass: 'transient' });
    expect(first.steps.has('tag:zero-bad-leads')).toBe(false);
    await connector.send(sendContext({ config: config(emu.url), apiKey: emu.apiToken, steps: first.steps }).ctx);
    expect(emu.log.count({ method: 'POST', path: '/contacts' })).toBe(1);
    expect(emu.state.contact('maria.santos@example.com')?.tags).toHaveLength(3);
  });
});
