import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, ClientTemplate, IntegrationDetail, OutputOf } from '#contract';
import { TEMPLATE_FORMAT, TEMPLATE_VERSION } from '#contract/templates';
import type { Core } from '../../../electron/core';
import { sharedAcIdCaches } from '../../../electron/core/integrations/activecampaign/id-cache';
import { systemClock } from '../../../electron/core/ports';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { exportTemplate, upload } from './harness';

const SECRET_HEADER = 'Bearer s3cr3t-header-value-0042';

/** The file format: what an export holds (and never holds), and what an import refuses, and why. */
describe('templates: the file format', () => {
  let emu: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: Client;
  let ac: IntegrationDetail;
  let signingSecret: string;

  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedAcIdCaches.clear();
    tmp = tempDir();
    core = openTestCore(tmp.dir, systemClock);
    client = await call<Client>(core, 'clients:create', { name: 'Acme / Matriz' });
    ac = await call<IntegrationDetail>(core, 'activecampaign:save', {
      clientId: client.id,
      apiKey: emu.apiToken,
      config: {
        apiUrl: emu.url,
        name: 'AC Marketing',
        fixedTags: ['zero-bad-leads'],
        lists: [{ id: '2', name: 'Clientes 2026' }],
        mapping: { fields: [{ source: 'score', field: { id: '1', title: 'Lead Score' } }] },
      },
    });
    await call(core, 'integrations:setFilters', {
      id: ac.id,
      filter: { match: 'all', conditions: [{ op: 'state_in', values: ['SP', 'RJ'] }] },
    });
    const hook = await call<OutputOf<'webhook:save'>>(core, 'webhook:save', {
      clientId: client.id,
      config: {
        name: 'CRM interno',
        url: 'https://crm.example.com/hook',
        headers: [
          { name: 'X-Team', value: 'vendas', secret: false },
          { name: 'Authorization', value: SECRET_HEADER, secret: true },
        ],
      },
    });
    signingSecret = hook.signingSecret ?? '';
    await call(core, 'leads:saveSettings', { clientId: client.id, emailAllowlist: ['acme.com.br'], mxCheck: true });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('exports names and settings, versioned, with no secret anywhere in the file', async () => {
    const text = await exportTemplate(core, { clientId: client.id });
    const file = JSON.parse(text) as ClientTemplate;
    expect(file).toMatchObject({
      format: TEMPLATE_FORMAT,
      version: TEMPLATE_VERSION,
      source: { clientName: 'Acme / Matriz' },
    });
    expect(file.leadSettings).toEqual({ emailAllowlist: ['acme.com.br'], mxCheck: true });
    expect(file.scoringProfiles).toHaveLength(1);
    expect(file.scoringProfiles[0]?.active).toBe(true);
    const acPart = file.integrations.find((i) => i.type === 'activecampaign');
    expect(acPart).toMatchObject({
      name: 'AC Marketing',
      lists: [{ name: 'Clientes 2026' }],
      fixedTags: ['zero-bad-leads'],
      mapping: { fields: [{ source: 'score', field: { title: 'Lead Score' } }] },
      filters: { match: 'all', conditions: [{ op: 'state_in', values: ['SP', 'RJ'] }] },
    });
    const hook = file.integrations.find((i) => i.type === 'webhook');
    expect(hook).toMatchObject({
      headers: [
        { name: 'X-Team', secret: false, value: 'vendas' },
        { name: 'Authorization', secret: true },
      ],
    });
    // No key, no secret header value, no signing secret, no account URL, no ids of the source account.
    expect(signingSecret.length).toBeGreaterThan(10);
    for (const secret of [emu.apiToken, SECRET_HEADER, signingSecret, emu.url, ac.id, client.id]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/apiKey|credential|signing/i);
  });

  it('round-trips: the exported file opens to the same template', async () => {
    const built = await call<OutputOf<'templates:build'>>(core, 'templates:build', { clientId: client.id });
    const text = await exportTemplate(core, { clientId: client.id });
    const opened = await call<OutputOf<'templates:open'>>(core, 'templates:open', {
      uploadId: await upload(core, text),
    });
    expect(opened.template).toEqual(JSON.parse(text));
    expect({ ...opened.template, exportedAt: '' }).toEqual({ ...built.template, exportedAt: '' });
  });

  async function refusal(text: string) {
    const result = await core.dispatch('templates:open', { uploadId: await upload(core, text) });
    if (result.ok) throw new Error('the file was accepted');
    return {
      code: result.error.code,
      message: result.error.message,
      ...(result.error.details as { reason: string; issues?: Array<{ path: unknown[]; reason: string }> }),
    };
  }

  const valid = async () => JSON.parse(await exportTemplate(core, { clientId: client.id })) as Record<string, unknown>;

  it('refuses a file from a newer version, saying which and that the app needs updating', async () => {
    const r = await refusal(JSON.stringify({ ...(await valid()), version: TEMPLATE_VERSION + 1, somethingNew: {} }));
    expect(r).toMatchObject({ code: 'invalid_input', reason: 'newer_version', version: 2, supported: 1 });
    expect(r.message).toMatch(/newer version.*Update the app/);
  });

  it('refuses what is not a template: other JSON, not JSON at all, an empty file', async () => {
    expect(await refusal(JSON.stringify({ clients: [] }))).toMatchObject({ reason: 'not_a_template' });
    expect(await refusal(JSON.stringify({ format: 'something-else', version: 1 }))).toMatchObject({
      reason: 'not_a_template',
    });
    expect(await refusal('[1, 2, 3]')).toMatchObject({ reason: 'not_a_template' });
    expect(await refusal('name;email\nAna;ana@acme.com.br\n')).toMatchObject({ reason: 'not_json' });
    expect(await refusal('')).toMatchObject({ reason: 'not_json' });
  });

  it('names the field and the reason in a hand-edited file that broke the format', async () => {
    const broken = await valid();
    const profiles = broken.scoringProfiles as Array<{ profile: { qualifyAt: number } }>;
    profiles[0]!.profile.qualifyAt = 500;
    const r = await refusal(JSON.stringify(broken));
    expect(r.reason).toBe('invalid');
    expect(r.issues).toContainEqual(
      expect.objectContaining({ path: ['scoringProfiles', 0, 'profile', 'qualifyAt'], reason: 'too_big' }),
    );
    expect(r.message).toContain('scoringProfiles.0.profile.qualifyAt');

    // A key typed into the file is refused, not silently imported.
    const withKey = await valid();
    (withKey.integrations as Array<Record<string, unknown>>)[0]!.apiKey = 'abc';
    const k = await refusal(JSON.stringify(withKey));
    expect(k.issues?.[0]).toMatchObject({ path: ['integrations', 0], reason: 'unrecognized_keys' });

    // A value given for a secret header.
    const withSecret = await valid();
    const hook = (withSecret.integrations as Array<{ type: string; headers?: Array<Record<string, unknown>> }>).find(
      (i) => i.type === 'webhook',
    );
    hook!.headers![1]!.value = 'x';
    const s = await refusal(JSON.stringify(withSecret));
    expect(s.issues?.[0]).toMatchObject({ reason: 'secret_value' });

    // An older or mistyped version number is a broken file, not a newer one.
    expect(await refusal(JSON.stringify({ ...(await valid()), version: '1' }))).toMatchObject({ reason: 'invalid' });
  });
});
