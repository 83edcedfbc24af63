import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { config, isolatedConnector, lead, rejection, sendContext, testHttp } from './support/send-context';

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const err = await rejection(promise as Promise<never>);
  expect(err).toBeInstanceOf(ConnectorError);
  return err as ConnectorError;
}

describe('ActiveCampaign troubleshooting cases (emulator)', () => {
  let emu: AcEmulator;

  beforeAll(async () => {
    emu = await startAcEmulator({
      ratePerSecond: 0,
      seed: { lists: [{ name: 'Arquivada', archived: true }], tags: ['Promocao'] },
    });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const send = (overrides: Parameters<typeof config>[1] = {}, apiKey = emu.apiToken, timeoutMs = 2_000) => {
    const s = sendContext({ config: config(emu.url, overrides), apiKey, http: testHttp(timeoutMs) });
    return { ...s, run: () => isolatedConnector().connector.send(s.ctx) };
  };

  describe('wrong key or URL', () => {
    it('403 from AC is an auth error that says to check both values and spaces', async () => {
      const err = await failure(send({}, 'not-the-key').run());
      expect(err).toMatchObject({ errorClass: 'auth', status: 403 });
      expect(err.message).toContain('Check that the API URL and the API key');
      expect(err.message).toContain('no space before or after them');
      expect(emu.stats.authFailures).toBe(1);
    });

    it('a 401 is treated the same way', async () => {
      emu.faults.status(401, { method: 'POST', path: '/contacts', body: { message: 'Unauthorized' } });
      expect(await failure(send().run())).toMatchObject({ errorClass: 'auth', status: 401 });
    });
  });

  describe('tags', () => {
    it('a tag AC refuses is reported with the normalised name, and lists and account still happen', async () => {
      emu.faults.status(422, {
        method: 'POST',
        path: '/tags',
        body: {
          errors: [{ title: 'Invalid tag name', detail: 'Tag contains invalid characters', code: 'field_invalid' }],
        },
      });
      const s = send({ fixedTags: ['Lead #Quente!'] });
      const err = await failure(s.run());
      expect(err.errorClass).toBe('permanent');
      expect(err.message).toContain('The tag "Lead #Quente!" was not added');
      expect(err.message).toContain('Invalid tag name — Tag contains invalid characters');
      expect(err.message).toContain('accents or special characters may cause issues: try "Lead-Quente"');
      expect(err.details).toMatchObject({ reason: 'partial' });
      const contact = emu.state.contact('maria.santos@example.com');
      expect(contact?.tags).toEqual(['high-score']);
      expect(contact?.lists).toHaveLength(2);
      expect(contact?.account?.name).toBe('Acme Comércio Ltda');
    });

    it('a name AC considers taken but that matches no tag exactly is explained as an accent clash', async () => {
      emu.faults.status(422, {
        method: 'POST',
        path: '/tags',
        body: { errors: [{ title: 'The tag name already exists.', code: 'duplicate' }] },
      });
      const err = await failure(send({ fixedTags: ['Promoção'], scoreTags: { enabled: false } }).run());
      expect(err.message).toContain('treats it as the same as an existing tag (existing: "Promocao")');
      expect(err.message).toContain('"Promocao"');
      expect(emu.state.contact('maria.santos@example.com')?.tags).toEqual([]);
    });

    it('"contains" search results are never mistaken for the tag: an accented name gets its own tag', async () => {
      const s = send({ fixedTags: ['Promoção'], scoreTags: { enabled: false } });
      await s.run();
      expect(emu.state.snapshot().tags.map((t) => t.tag)).toEqual(['Promocao', 'Promoção']);
      expect(emu.state.contact('maria.santos@example.com')?.tags).toEqual(['Promoção']);
    });

    it('a cached tag id that AC no longer knows (404) is looked up again and the tag added', async () => {
      const { connector, cache } = isolatedConnector();
      cache.set('tag', 'qualified-lead', '999');
      const s = sendContext({ config: config(emu.url, { scoreTags: { enabled: false } }), apiKey: emu.apiToken });
      await connector.send(s.ctx);
      expect(emu.log.entries({ path: '/contactTags' }).map((e) => e.status)).toEqual([404, 201, 201]);
      expect(cache.get('tag', 'qualified-lead')).toBe('2');
      expect(emu.state.contact('maria.santos@example.com')?.tags).toEqual(['qualified-lead', 'zero-bad-leads']);
    });
  });

  describe('lists', () => {
    it('an archived list is reported as "not active"; the rest is still delivered', async () => {
      const err = await failure(
        send({
          lists: [
            { id: '3', name: 'Arquivada' },
            { id: '1', name: 'Newsletter' },
          ],
        }).run(),
      );
      expect(err.errorClass).toBe('permanent');
      expect(err.message).toContain('was not added to the list "Arquivada"');
      expect(err.message).toContain('The list is archived and cannot accept new contacts');
      expect(err.message).toContain('archived lists do not accept new contacts');
      expect(emu.state.contact('maria.santos@example.com')?.lists).toEqual([
        { id: '1', name: 'Newsletter', status: '1' },
      ]);
    });

    it('a list that no longer exists is looked up by name once, then reported as not found', async () => {
      const err = await failure(send({ lists: [{ id: '77', name: 'Apagada' }] }).run());
      expect(err.message).toContain('the list was not found in ActiveCampaign');
      expect(emu.log.count({ method: 'GET', path: '/lists' })).toBe(1);
      expect(emu.log.count({ path: '/contactLists' })).toBe(1);
    });

    it('a list recreated under a new id is found by its name, and the id is remembered', async () => {
      const { connector, cache } = isolatedConnector();
      const cfg = config(emu.url, { lists: [{ id: '40', name: 'Newsletter' }] });
      await connector.send(sendContext({ config: cfg, apiKey: emu.apiToken }).ctx);
      expect(emu.state.contact('maria.santos@example.com')?.lists).toEqual([
        { id: '1', name: 'Newsletter', status: '1' },
      ]);
      expect(cache.get('list', 'newsletter')).toBe('1');
      await connector.send(
        sendContext({ config: cfg, apiKey: emu.apiToken, lead: lead({ email: 'x@example.com' }) }).ctx,
      );
      expect(emu.log.entries({ path: '/contactLists' }).map((e) => e.status)).toEqual([404, 200, 200]);
    });
  });

  describe('custom fields and accounts', () => {
    it('a field recreated under a new id gets the value again; a deleted one is reported', async () => {
      const s = send({
        mapping: {
          fields: [
            { source: 'score', field: { id: '41', title: 'Lead Score' } },
            { source: 'cnpj', field: { id: '42', title: 'CNPJ antigo' } },
          ],
        },
      });
      const err = await failure(s.run());
      expect(err.message).toContain('The custom field "CNPJ antigo" no longer exists in ActiveCampaign');
      expect(emu.state.contact('maria.santos@example.com')?.fieldsByTitle).toEqual({ 'Lead Score': '82' });
      expect(s.notes.join(' ')).toContain('values were written again: "Lead Score"');
      expect(s.steps.has('fields')).toBe(false);
    });

    it('a cached account id that is gone (404) is found or created again', async () => {
      const { connector, cache } = isolatedConnector();
      cache.set('account', 'Acme Comércio Ltda', '500');
      await connector.send(sendContext({ config: config(emu.url), apiKey: emu.apiToken }).ctx);
      expect(emu.log.entries({ path: '/accountContacts' }).map((e) => e.status)).toEqual([404, 201]);
      expect(emu.state.contact('maria.santos@example.com')?.account?.name).toBe('Acme Comércio Ltda');
    });
  });

  describe('limits and server trouble', () => {
    it('429 is rate_limited with Retry-After and the shared-limit note', async () => {
      emu.faults.status(429, { method: 'POST', path: '/contacts', retryAfter: 7 });
      const err = await failure(send().run());
      expect(err).toMatchObject({ errorClass: 'rate_limited', status: 429, retryAfterMs: 7000 });
      expect(err.message).toContain('"Too many requests" (HTTP 429)');
      expect(err.message).toContain('other integrations are using the same ActiveCampaign account');
    });

    it("AC's own rate limiter answers 429 too", async () => {
      emu.setRateLimit({ ratePerSecond: 2, retryAfterSeconds: 3 });
      const err = await failure(send().run());
      expect(err).toMatchObject({ errorClass: 'rate_limited', retryAfterMs: 3000 });
      expect(emu.stats.rateLimited).toBe(1);
    });

    it('503 (a gateway HTML page, no Retry-After) waits without a given time: maybe an outage', async () => {
      emu.faults.status(503, { method: 'POST', path: '/contacts' });
      const err = await failure(send().run());
      expect(err).toMatchObject({ errorClass: 'rate_limited', status: 503, retryAfterMs: undefined });
      expect(err.message).toContain('temporarily unavailable (HTTP 503)');
    });

    it.each([500, 502, 504])('%i is transient', async (status) => {
      emu.faults.status(status, { path: '/contactTags' });
      const err = await failure(send().run());
      expect(err).toMatchObject({ errorClass: 'transient', status });
      expect(err.message).toContain(`temporary problem (HTTP ${status})`);
    });

    it('a timeout is transient', async () => {
      emu.faults.timeout({ method: 'POST', path: '/contacts' });
      const err = await failure(send({}, emu.apiToken, 300).run());
      expect(err.errorClass).toBe('transient');
      expect(err.message).toContain('did not answer within');
    });

    it('a connection reset is transient', async () => {
      emu.faults.reset({ method: 'POST', path: '/contacts' });
      const err = await failure(send().run());
      expect(err.errorClass).toBe('transient');
      expect(err.message).toContain('The connection to 127.0.0.1');
    });

    it('a truncated JSON answer is transient, and nothing is recorded as done', async () => {
      emu.faults.add({ kind: 'badJson', status: 201 }, { method: 'POST', path: '/contacts' });
      const s = send();
      const err = await failure(s.run());
      expect(err.errorClass).toBe('transient');
      expect(s.steps.size).toBe(0);
    });

    it('422 details from errors[] are shown in plain words', async () => {
      emu.faults.status(422, {
        method: 'POST',
        path: '/contacts',
        body: {
          errors: [
            {
              title: 'Contact Email Address is not valid.',
              detail: '',
              code: 'email_invalid',
              source: { pointer: '/data/attributes/email' },
            },
          ],
        },
      });
      const refused = await failure(send().run());
      expect(refused.errorClass).toBe('permanent');
      expect(refused.message).toBe(
        'ActiveCampaign did not accept "create contact" (HTTP 422): Contact Email Address is not valid. (field "email").',
      );
    });

    it("an e-mail AC itself refuses is permanent, with AC's reason", async () => {
      const s = sendContext({ config: config(emu.url), apiKey: emu.apiToken, lead: lead({ email: 'not-an-email' }) });
      const err = await failure(isolatedConnector().connector.send(s.ctx));
      expect(err).toMatchObject({ errorClass: 'permanent', status: 422 });
      expect(err.message).toContain('Contact Email Address is not valid');
    });

    it('400 with an empty body is permanent', async () => {
      emu.faults.status(400, { method: 'POST', path: '/contacts' });
      const err = await failure(send().run());
      expect(err).toMatchObject({ errorClass: 'permanent', status: 400 });
      expect(err.message).toContain('malformed (HTTP 400)');
    });
  });
});
