import { describe, expect, it } from 'vitest';
import type { IntegrationDetail, OutputOf } from '#contract';
import { FIELD_KEYS } from '../../../emulators/pipedrive';
import { callOver, failureOver, MAPPING, savePipedrive, settle, usePdCore } from './support';

/** The wizard's channels against the emulator: lookups, labels, save, preview, activation, test lead. */
describe('pipedrive:* channels', () => {
  const env = usePdCore();

  const conn = () => ({ apiUrl: env.emu.url, token: env.emu.apiToken });

  it('checks the connection with the token in x-api-token and names the company', async () => {
    const out = await callOver<OutputOf<'pipedrive:checkConnection'>>(
      env.core,
      env.time,
      'pipedrive:checkConnection',
      conn(),
    );
    expect(out).toMatchObject({
      auth: 'token',
      companyId: '7001',
      companyName: 'Agência Exemplo',
      apiUrl: env.emu.url,
    });
    expect(env.emu.log.at(-1)).toMatchObject({ auth: 'token', queryToken: false });
    const wrong = await failureOver(env.core, env.time, 'pipedrive:checkConnection', {
      ...conn(),
      token: 'f'.repeat(40),
    });
    expect(wrong.code).toBe('auth_failed');
    expect(wrong.message).toContain('Pipedrive did not accept the credentials');
    const typo = await failureOver(env.core, env.time, 'pipedrive:checkConnection', { ...conn(), token: 'abc def' });
    expect(typo.code).toBe('invalid_input');
  });

  it('lists person fields across v1 pages, custom ones marked', async () => {
    env.emu.state.addFields(150);
    const fields = await callOver<OutputOf<'pipedrive:personFields'>>(
      env.core,
      env.time,
      'pipedrive:personFields',
      conn(),
    );
    expect(fields).toHaveLength(158);
    expect(fields.find((f) => f.key === FIELD_KEYS.score)).toEqual({
      key: FIELD_KEYS.score,
      name: 'Lead score',
      type: 'double',
      custom: true,
    });
    expect(fields.find((f) => f.key === 'email')?.custom).toBe(false);
    expect(env.emu.log.filter((e) => e.path === '/api/v1/personFields').map((e) => e.query)).toEqual([
      'start=0&limit=100',
      'start=100&limit=100',
    ]);
  });

  it('lists lead labels and creates one only when no label has that name', async () => {
    const labels = await callOver<OutputOf<'pipedrive:leadLabels'>>(env.core, env.time, 'pipedrive:leadLabels', conn());
    expect(labels.map((l) => l.name)).toEqual(['Hot', 'Warm', 'Cold']);
    const same = await callOver<OutputOf<'pipedrive:createLabel'>>(env.core, env.time, 'pipedrive:createLabel', {
      ...conn(),
      name: ' hot ',
    });
    expect(same).toMatchObject({ created: false, label: { name: 'Hot' } });
    const made = await callOver<OutputOf<'pipedrive:createLabel'>>(env.core, env.time, 'pipedrive:createLabel', {
      ...conn(),
      name: 'Lead quente ZBL',
      color: 'red',
    });
    expect(made).toMatchObject({ created: true, label: { name: 'Lead quente ZBL', color: 'red' } });
    expect(env.emu.state.snapshot().labels).toHaveLength(4);
  });

  it('saves with the token in the vault, the company read from users/me, and refuses a field mapped twice', async () => {
    const saved = await savePipedrive(env.core, env.emu, { clientId: env.client, token: env.emu.apiToken });
    expect(saved).toMatchObject({ type: 'pipedrive', status: 'draft', credential: { set: true, hint: '…4567' } });
    expect(saved.config).toMatchObject({ apiUrl: env.emu.url, companyId: '7001', companyDomain: 'agencia-exemplo' });
    expect(JSON.stringify(saved)).not.toContain(env.emu.apiToken);
    const twice = await failureOver(env.core, env.time, 'pipedrive:save', {
      clientId: env.client,
      token: env.emu.apiToken,
      config: {
        apiUrl: env.emu.url,
        auth: 'token',
        mapping: { ...MAPPING, fields: [MAPPING.fields[0], MAPPING.fields[0]] },
      },
    });
    expect(twice.code).toBe('invalid_input');
    expect(JSON.stringify(twice)).toContain('mapped twice');
    // Editing without a new token keeps the stored one.
    const edited = await savePipedrive(
      env.core,
      env.emu,
      { clientId: env.client, id: saved.id },
      { name: 'Pipedrive 2' },
    );
    expect(edited).toMatchObject({ name: 'Pipedrive 2', credential: { set: true } });
  });

  it('previews: without a credential every call is simulated; with one, reads are live and writes never sent', async () => {
    const config = { apiUrl: env.emu.url, auth: 'token', mapping: MAPPING, labels: { enabled: true, byRange: {} } };
    const offline = await callOver<OutputOf<'pipedrive:preview'>>(env.core, env.time, 'pipedrive:preview', { config });
    expect(offline.live).toBe(false);
    expect(offline.requests.every((r) => r.simulated)).toBe(true);
    expect(offline.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'GET /api/v2/organizations/search',
      'POST /api/v2/organizations',
      'GET /api/v2/persons/search',
      'POST /api/v2/persons',
      'POST /api/v1/leads',
    ]);
    const lead = offline.requests.at(-1)!.body as Record<string, unknown>;
    expect(lead).toMatchObject({
      person_id: '{person id}',
      organization_id: '{id of new organization Zero Bad Leads (test)}',
    });
    expect(offline.requests[3]!.headers['x-api-token']).toBe('(your API token)');

    env.emu.log.length = 0;
    const live = await callOver<OutputOf<'pipedrive:preview'>>(env.core, env.time, 'pipedrive:preview', {
      config,
      token: env.emu.apiToken,
    });
    expect(live.live).toBe(true);
    expect(live.requests.filter((r) => !r.simulated).map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(env.emu.log.every((e) => e.method === 'GET')).toBe(true);
    expect(JSON.stringify(live)).not.toContain(env.emu.apiToken);
    expect(env.emu.state.snapshot().persons).toHaveLength(0);
  });

  it('activates after checking the token, and sends a test lead through the real dispatch path', async () => {
    const saved = await savePipedrive(env.core, env.emu, { clientId: env.client, token: env.emu.apiToken });
    const active = await callOver<IntegrationDetail>(env.core, env.time, 'integrations:activate', { id: saved.id });
    expect(active.status).toBe('active');
    const test = await callOver<OutputOf<'integrations:sendTestLead'>>(
      env.core,
      env.time,
      'integrations:sendTestLead',
      {
        id: saved.id,
      },
    );
    await settle(env.time, () => env.core.engine.get(test.dispatchId).dispatch.state === 'sent');
    const person = env.emu.state.personByEmail(test.email)!;
    expect(person).toBeDefined();
    const leads = env.emu.state.snapshot().leads.filter((l) => l.person_id === person.id);
    expect(leads).toHaveLength(1);
    expect(leads[0]!.title).toMatch(/^\[Zero Bad Leads test\] /);
    const notes = env.core.engine.get(test.dispatchId).attempts.flatMap((a) => a.notes ?? []);
    expect(notes.join(' ')).toContain('Test lead: the person');
    expect(notes.join(' ')).toContain('"Zero Bad Leads test"');
  });
});
