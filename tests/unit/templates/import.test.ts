import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientTemplate, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { systemClock } from '../../../electron/core/ports';
import { call, openTestCore, tempDir } from '../support/core-harness';

const HEADER_VALUE = 'Bearer typed-again-on-import-77';

/** A template without CRM accounts into a new client: profiles, settings, a webhook, and nothing half-saved. */
describe('templates: importing into a client', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let source: Client;
  let template: ClientTemplate;

  beforeEach(async () => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, systemClock);
    source = await call<Client>(core, 'clients:create', { name: 'Acme' });
    const active = await call<OutputOf<'scoring:active'>>(core, 'scoring:active', { clientId: source.id });
    await call(core, 'scoring:save', { clientId: source.id, id: active!.id, profile: { ...active!, qualifyAt: 77 } });
    await call(core, 'leads:saveSettings', { clientId: source.id, emailAllowlist: ['acme.com.br'], mxCheck: true });
    await call(core, 'webhook:save', {
      clientId: source.id,
      config: {
        name: 'CRM interno',
        url: 'https://crm.example.com/hook',
        headers: [{ name: 'Authorization', value: 'Bearer original', secret: true }],
      },
    });
    ({ template } = await call<OutputOf<'templates:build'>>(core, 'templates:build', { clientId: source.id }));
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('brings the profile (made active), the lead settings and the webhook, with its secret typed again', async () => {
    const target = await call<Client>(core, 'clients:create', { name: 'Beta' });
    const resolved = await call<OutputOf<'templates:resolve'>>(core, 'templates:resolve', { template });
    expect(resolved.integrations).toEqual([
      expect.objectContaining({ type: 'webhook', secretHeaders: ['Authorization'] }),
    ]);
    const ref = template.integrations[0]!.ref;
    const result = await call<OutputOf<'templates:apply'>>(core, 'templates:apply', {
      template,
      clientId: target.id,
      activateProfile: true,
      plans: [{ ref, secretHeaders: { Authorization: HEADER_VALUE } }],
    });
    const active = await call<OutputOf<'scoring:active'>>(core, 'scoring:active', { clientId: target.id });
    expect(active).toMatchObject({ qualifyAt: 77, name: `${template.scoringProfiles[0]!.profile.name} (Acme)` });
    expect(result.profiles).toEqual([expect.objectContaining({ id: active!.id, active: true })]);
    expect(await call(core, 'leads:getSettings', { clientId: target.id })).toMatchObject({
      emailAllowlist: ['acme.com.br'],
      mxCheck: true,
    });
    const hook = await call<OutputOf<'integrations:get'>>(core, 'integrations:get', { id: result.integrations[0]!.id });
    expect(hook.status).toBe('draft');
    if (hook.type !== 'webhook') throw new Error('not a webhook');
    expect(hook.config.headers).toHaveLength(1);
    expect(hook.config.headers[0]).toMatchObject({ name: 'Authorization', secret: true, value: null });
    expect(hook.config.headers[0]?.hint).toBe(`…${HEADER_VALUE.slice(-4)}`);
    expect(hook.config.signing.set).toBe(true);
    const preview = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', { integrationId: hook.id });
    expect(preview.url).toBe('https://crm.example.com/hook');
    // The history: one row per piece brought in, naming the template's client; never the secret.
    const history = await call<OutputOf<'audit:list'>>(core, 'audit:list', { clientId: target.id });
    const imported = history.rows.filter((r) => r.kind === 'template.imported');
    expect(imported.map((r) => r.subjectName).sort()).toEqual([active!.name, 'Lead settings', hook.name].sort());
    expect(imported.every((r) => r.details.source === template.source.clientName)).toBe(true);
    expect(JSON.stringify(history)).not.toContain(HEADER_VALUE);
  });

  it('takes back what it saved when a later part fails, and leaves the client as it was', async () => {
    const target = await call<Client>(core, 'clients:create', { name: 'Gamma' });
    const before = await call<OutputOf<'scoring:list'>>(core, 'scoring:list', { clientId: target.id });
    // Hand-edited: a URL the webhook refuses, found only when the webhook is saved, after the profile and settings.
    const broken: ClientTemplate = {
      ...template,
      integrations: template.integrations.map((i) =>
        i.type === 'webhook' ? { ...i, url: 'ftp://crm.example.com' } : i,
      ),
    };
    const result = await core.dispatch('templates:apply', {
      template: broken,
      clientId: target.id,
      activateProfile: true,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
    expect(await call(core, 'scoring:list', { clientId: target.id })).toEqual(before);
    expect(await call(core, 'leads:getSettings', { clientId: target.id })).toMatchObject({
      emailAllowlist: [],
      mxCheck: false,
    });
    expect(await call(core, 'integrations:list', { clientId: target.id })).toEqual([]);
  });

  it('refuses an unknown client and an ActiveCampaign integration without an account, saving nothing', async () => {
    const missing = await core.dispatch('templates:apply', {
      template,
      clientId: '00000000-0000-4000-8000-000000000001',
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('not_found');

    const target = await call<Client>(core, 'clients:create', { name: 'Delta' });
    const withAc: ClientTemplate = {
      ...template,
      integrations: [
        ...template.integrations,
        {
          type: 'activecampaign',
          ref: 'ac-9',
          name: 'AC',
          filters: null,
          fixedTags: [],
          scoreTags: { enabled: false, byRange: {} },
          lists: [],
          resubscribeUnsubscribed: false,
          mapping: { fullName: true, phone: true, companyToAccount: true, fields: [] },
        },
      ],
    };
    const noAccount = await core.dispatch('templates:apply', { template: withAc, clientId: target.id });
    expect(noAccount.ok).toBe(false);
    if (!noAccount.ok) {
      expect(noAccount.error.details).toMatchObject({
        issues: [{ path: ['plans', 1, 'account'], reason: 'account_required' }],
      });
    }
    expect(await call(core, 'integrations:list', { clientId: target.id })).toEqual([]);
    expect(await call<unknown[]>(core, 'scoring:list', { clientId: target.id })).toHaveLength(1);
  });
});
