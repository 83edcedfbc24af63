import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, IntegrationSummary, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { sharedAcIdCaches } from '../../../../electron/core/integrations/activecampaign/id-cache';
import { startAcEmulator, type AcEmulator } from '../../../emulators/activecampaign';
import { systemClock } from '../../../../electron/core/ports';
import { call, openTestCore, tempDir } from '../../support/core-harness';

type Preview = OutputOf<'activecampaign:preview'>;

describe('integrations and ActiveCampaign channels (core + emulator)', () => {
  let emu: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;
  let events: Array<{ event: string; payload: unknown }>;

  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0, seed: { extraLists: 120 } });
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedAcIdCaches.clear();
    tmp = tempDir();
    // Real time: wizard lookups wait for the engine's per-account rate limiter, which needs a moving clock.
    core = openTestCore(tmp.dir, systemClock);
    events = [];
    core.events.subscribe((event, payload) => events.push({ event, payload }));
    client = await call<Client>(core, 'clients:create', { name: 'Acme' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const baseConfig = () => ({
    apiUrl: ` ${emu.url}/ `,
    name: 'ActiveCampaign Marketing',
    fixedTags: ['qualified-lead'],
    lists: [{ id: '1', name: 'Newsletter' }],
    mapping: { fields: [{ source: 'score', field: { id: '1', title: 'Lead Score' } }] },
  });
  const create = (apiKey: string | undefined = emu.apiToken, config: object = baseConfig()) =>
    call<IntegrationDetail>(core, 'activecampaign:save', { clientId: client.id, apiKey, config });
  const failure = async (channel: string, input: unknown) => {
    const result = await core.dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} succeeded`);
    return result.error as {
      code: string;
      message: string;
      details?: { issues?: Array<{ path: unknown[]; reason: string }> };
    };
  };

  describe('activecampaign:checkConnection', () => {
    it('normalises the URL, trims the key and shows the account user', async () => {
      const out = await call(core, 'activecampaign:checkConnection', {
        apiUrl: `  ${emu.url}/api/3/ `,
        apiKey: `\t${emu.apiToken} `,
      });
      expect(out).toEqual({
        apiUrl: emu.apiUrl,
        user: { name: 'Ana Souza', email: 'admin@main.example.com', username: 'admin' },
      });
      expect(emu.log.entries()[0]).toMatchObject({ path: '/users/me', token: emu.apiToken });
    });

    it('a refused key is auth_failed on both fields, with the "no spaces" advice', async () => {
      const err = await failure('activecampaign:checkConnection', { apiUrl: emu.url, apiKey: 'wrong-key-123' });
      expect(err.code).toBe('auth_failed');
      expect(err.message).toContain('no space before or after them');
      expect(err.details?.issues?.map((i) => i.path[0])).toEqual(['apiUrl', 'apiKey']);
    });

    it('explains an app address, plain http and a key with a space inside, before calling AC', async () => {
      const app = await failure('activecampaign:checkConnection', {
        apiUrl: 'https://x.activehosted.com',
        apiKey: 'k'.repeat(20),
      });
      expect(app).toMatchObject({
        code: 'invalid_input',
        details: { issues: [{ path: ['apiUrl'], reason: 'app_url' }] },
      });
      expect(app.message).toContain('Settings → Developer');
      const http = await failure('activecampaign:checkConnection', {
        apiUrl: 'http://x.api-us1.com',
        apiKey: 'k'.repeat(20),
      });
      expect(http.details?.issues?.[0]?.reason).toBe('not_https');
      const spaced = await failure('activecampaign:checkConnection', { apiUrl: emu.url, apiKey: 'abc def ghi jkl' });
      expect(spaced.details?.issues?.[0]).toMatchObject({ path: ['apiKey'], reason: 'inner_space' });
      expect(emu.log.count()).toBe(0);
    });

    it('a URL where no AC API answers says so; an unreachable one is unavailable; 429 is rate_limited', async () => {
      const wrong = await failure('activecampaign:checkConnection', {
        apiUrl: `${emu.url}/nothing`,
        apiKey: emu.apiToken,
      });
      expect(wrong.details?.issues?.[0]).toMatchObject({ path: ['apiUrl'], reason: 'not_ac_api' });
      const down = await failure('activecampaign:checkConnection', {
        apiUrl: 'http://127.0.0.1:1',
        apiKey: emu.apiToken,
      });
      expect(down.code).toBe('unavailable');
      emu.faults.status(429, { path: '/users/me', retryAfter: 5 });
      const limited = await failure('activecampaign:checkConnection', { apiUrl: emu.url, apiKey: emu.apiToken });
      expect(limited).toMatchObject({ code: 'rate_limited', details: { retryAfterMs: 5000 } });
    });
  });

  describe('saving, listing and the API key', () => {
    it('creates a draft whose key is in the vault and never in any answer', async () => {
      const missing = await failure('activecampaign:save', { clientId: client.id, config: baseConfig() });
      expect(missing.details?.issues?.[0]).toMatchObject({ path: ['apiKey'], reason: 'empty' });

      const created = await create(` ${emu.apiToken} `);
      expect(created).toMatchObject({
        type: 'activecampaign',
        status: 'draft',
        name: 'ActiveCampaign Marketing',
        credential: { set: true, hint: '…oken' },
        config: { apiUrl: emu.apiUrl, resubscribeUnsubscribed: false, scoreTags: { enabled: true } },
      });
      if (created.type !== 'activecampaign') throw new Error('expected an ActiveCampaign integration');
      expect(created.config.scoreTags.byRange).toEqual({
        high: 'high-score',
        medium: 'medium-score',
        low: 'low-score',
      });
      const list = await call<IntegrationSummary[]>(core, 'integrations:list', { clientId: client.id });
      const got = await call<IntegrationDetail>(core, 'integrations:get', { id: created.id });
      expect(list.map((i) => i.id)).toEqual([created.id]);
      expect(JSON.stringify([created, list, got, events])).not.toContain(emu.apiToken);
      expect(events).toEqual([
        { event: 'clients:changed', payload: expect.anything() as unknown },
        {
          event: 'integrations:changed',
          payload: { reason: 'created', integrationId: created.id, clientId: client.id },
        },
      ]);
    });

    it('edits without re-entering the key, but asks for it when the URL changes', async () => {
      const created = await create();
      const renamed = await call<IntegrationDetail>(core, 'activecampaign:save', {
        id: created.id,
        clientId: client.id,
        apiKey: '',
        config: { ...baseConfig(), name: 'AC Vendas', apiUrl: emu.apiUrl },
      });
      expect(renamed).toMatchObject({ name: 'AC Vendas', credential: { set: true } });
      const moved = await failure('activecampaign:save', {
        id: created.id,
        clientId: client.id,
        config: { ...baseConfig(), apiUrl: 'https://elsewhere.api-us1.com' },
      });
      expect(moved.details?.issues?.[0]).toMatchObject({ path: ['apiKey'], reason: 'required_for_new_url' });
      const lookup = await failure('activecampaign:lists', {
        integrationId: created.id,
        apiUrl: 'https://elsewhere.api-us1.com',
      });
      expect(lookup.details?.issues?.[0]?.reason).toBe('required_for_new_url');
      expect(emu.log.count()).toBe(0);
    });

    it('refuses invalid settings with paths into the config, and duplicate names per client', async () => {
      const bad = await failure('activecampaign:save', {
        clientId: client.id,
        apiKey: emu.apiToken,
        config: {
          ...baseConfig(),
          apiUrl: 'https://acme.activehosted.com',
          lists: [
            { id: '1', name: 'A' },
            { id: '1', name: 'A' },
          ],
        },
      });
      expect(bad.details?.issues?.map((i) => [i.path.join('.'), i.reason])).toEqual([
        ['config.apiUrl', 'app_url'],
        ['config.lists.1.id', 'duplicate'],
      ]);
      await create();
      const dup = await failure('activecampaign:save', {
        clientId: client.id,
        apiKey: emu.apiToken,
        config: { ...baseConfig(), name: ' activecampaign   marketing ' },
      });
      expect(dup).toMatchObject({ code: 'conflict', details: { issues: [{ path: ['name'], reason: 'duplicate' }] } });
    });
  });

  describe('life cycle', () => {
    it('activates after a live check, deactivates, and refuses activation with a rejected key', async () => {
      const good = await create();
      const active = await call<IntegrationDetail>(core, 'integrations:activate', { id: good.id });
      expect(active.status).toBe('active');
      expect(emu.log.entries().map((e) => e.path)).toEqual(['/users/me']);
      expect((await call<IntegrationDetail>(core, 'integrations:deactivate', { id: good.id })).status).toBe('inactive');

      const bad = await create('wrong-key-123', { ...baseConfig(), name: 'Outra' });
      const refused = await failure('integrations:activate', { id: bad.id });
      expect(refused.code).toBe('auth_failed');
      expect((await call<IntegrationDetail>(core, 'integrations:get', { id: bad.id })).status).toBe('draft');
      expect(
        events.filter((e) => e.event === 'integrations:changed').map((e) => (e.payload as { reason: string }).reason),
      ).toEqual(['created', 'activated', 'deactivated', 'created']);
    });

    it('deleting removes the key from the vault and hides the integration, keeping its row', async () => {
      const created = await create();
      const row = core.forTests.sqlite
        .prepare('SELECT credential_id AS c FROM integrations WHERE id = ?')
        .get(created.id) as {
        c: string;
      };
      expect(core.forTests.vault.describe(row.c).set).toBe(true);
      const deleted = await call<{ id: string; deletedAt: number }>(core, 'integrations:delete', { id: created.id });
      expect(deleted.id).toBe(created.id);
      expect(core.forTests.vault.describe(row.c).set).toBe(false);
      expect(await call(core, 'integrations:list', { clientId: client.id })).toEqual([]);
      expect((await failure('integrations:get', { id: created.id })).code).toBe('not_found');
      const kept = core.forTests.sqlite
        .prepare('SELECT deleted_at AS d FROM integrations WHERE id = ?')
        .get(created.id) as {
        d: number;
      };
      expect(kept.d).toBe(deleted.deletedAt);
    });

    it('reports the score ranges the score tags map from', async () => {
      expect(await call(core, 'integrations:scoreRanges', { clientId: client.id })).toEqual({
        source: 'profile',
        ranges: [
          { name: 'high', min: 70, max: 100, defaultTag: 'high-score' },
          { name: 'medium', min: 40, max: 69, defaultTag: 'medium-score' },
          { name: 'low', min: 0, max: 39, defaultTag: 'low-score' },
        ],
      });
    });
  });

  describe('wizard lookups', () => {
    it('lists every list, searches tags, lists fields, using the stored key', async () => {
      const { id } = await create();
      emu.state.seed({ tags: ['qualified-lead', 'lead-frio'] });
      const lists = await call<Array<{ id: string; name: string }>>(core, 'activecampaign:lists', {
        integrationId: id,
      });
      expect(lists).toHaveLength(122);
      expect(lists[0]).toEqual({ id: '1', name: 'Newsletter', stringid: 'newsletter' });
      const tags = await call(core, 'activecampaign:tags', { integrationId: id, search: 'lead' });
      expect(tags).toEqual([
        { id: '1', name: 'qualified-lead' },
        { id: '2', name: 'lead-frio' },
      ]);
      const fields = await call(core, 'activecampaign:fields', { integrationId: id });
      expect(fields).toEqual([
        { id: '1', title: 'Lead Score', type: 'text', perstag: 'LEAD_SCORE' },
        { id: '2', title: 'CNPJ', type: 'text', perstag: 'CNPJ' },
      ]);
    });

    it('creates a custom field visible on all lists, and answers an existing title with that field', async () => {
      const conn = { apiUrl: emu.url, apiKey: emu.apiToken };
      const made = await call<{ field: { id: string }; created: boolean }>(core, 'activecampaign:createField', {
        ...conn,
        title: 'Origem',
      });
      expect(made).toEqual({ field: { id: '3', title: 'Origem', type: 'text', perstag: 'ORIGEM' }, created: true });
      expect(emu.state.snapshot().fieldRels).toMatchObject([{ field: '3', relid: '0' }]);
      const again = await call(core, 'activecampaign:createField', { ...conn, title: 'origem' });
      expect(again).toMatchObject({ field: { id: '3' }, created: false });
      expect(emu.state.snapshot().fields).toHaveLength(3);
    });

    it('checks tag names and splits names for the mapping step', async () => {
      expect(await call(core, 'activecampaign:checkTagNames', { names: ['lead-quente', 'Promoção!'] })).toEqual([
        { name: 'lead-quente', normalized: 'lead-quente', issues: [] },
        { name: 'Promoção!', normalized: 'Promocao', issues: ['accents', 'special_characters'] },
      ]);
      expect(await call(core, 'activecampaign:splitName', { fullName: 'Ana Paula dos Santos' })).toEqual({
        firstName: 'Ana Paula',
        lastName: 'dos Santos',
      });
    });
  });

  describe('activecampaign:preview', () => {
    it('shows the exact calls for a sample lead: real reads, simulated writes, masked key, nothing written', async () => {
      const { id } = await create();
      emu.state.seed({ tags: ['qualified-lead'] });
      const preview = await call<Preview>(core, 'activecampaign:preview', { integrationId: id });
      expect(preview.live).toBe(true);
      expect(preview.error).toBeNull();
      expect(
        preview.requests.map((r) => `${r.method} ${r.url.slice(emu.apiUrl.length)} ${r.simulated ? 'sim' : 'live'}`),
      ).toEqual([
        'POST /contacts sim',
        'GET /tags?search=qualified-lead&limit=100&offset=0 live',
        'POST /contactTags sim',
        'GET /tags?search=high-score&limit=100&offset=0 live',
        'POST /tags sim',
        'POST /contactTags sim',
        'POST /contactLists sim',
        'GET /accounts?search=Zero Bad Leads (test)&limit=100&offset=0 live',
        'POST /accounts sim',
        'POST /accountContacts sim',
        // What a backlog of 10 or more sends instead: this lead as one entry of a bulk import.
        'POST /import/bulk_import sim',
      ]);
      expect(preview.requests.at(-1)).toMatchObject({
        label: 'bulk import',
        headers: { 'Api-Token': '…oken' },
        body: {
          contacts: [
            {
              email: 'zbl-test-xxxxxxxx@example.com',
              first_name: 'Ana Paula',
              last_name: 'dos Santos',
              tags: ['qualified-lead', `${preview.lead.scoreRange}-score`],
              subscribe: [{ listid: '1' }],
              exclude_automations: false,
            },
          ],
        },
      });
      expect(preview.notes.join(' ')).toContain('When 10 or more leads wait for this integration');
      expect(preview.requests[0]).toMatchObject({
        headers: { 'Api-Token': '…oken', 'Content-Type': 'application/json' },
        body: {
          contact: {
            email: 'zbl-test-xxxxxxxx@example.com',
            firstName: 'Ana Paula',
            lastName: 'dos Santos',
            phone: '+5511987654321',
            fieldValues: [{ field: '1', value: expect.stringMatching(/^\d+$/) as unknown }],
          },
        },
      });
      expect(preview.requests[2]?.body).toEqual({ contactTag: { contact: '{contact id}', tag: 1 } });
      expect(preview.notes.join(' ')).toContain('Tag "high-score" did not exist');
      expect(JSON.stringify(preview)).not.toContain(emu.apiToken);
      expect(emu.log.entries().every((e) => e.method === 'GET')).toBe(true);
      expect(emu.state.snapshot().contacts).toEqual([]);
    });

    it('without a key, previews unsaved settings entirely offline', async () => {
      const preview = await call<Preview>(core, 'activecampaign:preview', {
        config: { ...baseConfig(), mapping: { companyToAccount: false } },
        lead: { fullName: 'João de Souza', score: 45 },
      });
      expect(preview.live).toBe(false);
      expect(preview.lead).toMatchObject({ fullName: 'João de Souza', scoreRange: 'medium' });
      expect(preview.requests.every((r) => r.simulated)).toBe(true);
      expect(preview.requests.some((r) => r.url.includes('medium-score'))).toBe(true);
      expect(preview.requests.some((r) => r.url.includes('/accounts'))).toBe(false);
      expect(preview.requests[0]?.body).toMatchObject({ contact: { firstName: 'João', lastName: 'de Souza' } });
      expect(emu.log.count()).toBe(0);
    });
  });
});
