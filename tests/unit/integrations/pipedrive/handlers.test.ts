import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IntegrationDetail, OutputOf } from '../../../../electron/contract';
import type { Core } from '../../../../electron/core';
import { FIELD_KEYS, type PipedriveEmulator } from '../../../emulators/pipedrive';
import { tempDir } from '../../support/core-harness';
import { FakeTime } from '../../support/fake-time';
import { callOver, failureOver, MAPPING, newClient, openPdCore, savePipedrive, settle, startPd } from './support';

/** The wizard's channels against the emulator: lookups, labels, save, preview, activation, test lead. */
describe('pipedrive:* channels', () => {
  const time = new FakeTime();
  let emu: PipedriveEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: string;

  beforeAll(async () => {
    emu = await startPd(time);
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    tmp = tempDir();
    core = openPdCore(tmp.dir, time);
    client = (await newClient(core)).id;
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const conn = () => ({ apiUrl: emu.url, token: emu.apiToken });

  it('checks the connection with the token in x-api-token and names the company', async () => {
    const out = await callOver<OutputOf<'pipedrive:checkConnection'>>(core, time, 'pipedrive:checkConnection', conn());
    expect(out).toMatchObject({ auth: 'token', companyId: '7001', companyName: 'Agência Exemplo', apiUrl: emu.url });
    expect(emu.log.at(-1)).toMatchObject({ auth: 'token', queryToken: false });
    const wrong = await failureOver(core, time, 'pipedrive:checkConnection', { ...conn(), token: 'f'.repeat(40) });
    expect(wrong.code).toBe('auth_failed');
    expect(wrong.message).toContain('Pipedrive did not accept the credentials');
    const typo = await failureOver(core, time, 'pipedrive:checkConnection', { ...conn(), token: 'abc def' });
    expect(typo.code).toBe('invalid_input');
  });

  it('lists person fields across v1 pages, custom ones marked', async () => {
    emu.state.addFields(150);
    const fields = await callOver<OutputOf<'pipedrive:personFields'>>(core, time, 'pipedrive:personFields', conn());
    expect(fields).toHaveLength(158);
    expect(fields.find((f) => f.key === FIELD_KEYS.score)).toEqual({
      key: FIELD_KEYS.score,
      name: 'Lead score',
      type: 'double',
      custom: true,
    });
    expect(fields.find((f) => f.key === 'email')?.custom).toBe(false);
    expect(emu.log.filter((e) => e.path === '/api/v1/personFields').map((e) => e.query)).toEqual([
      'start=0&limit=100',
      'start=100&limit=100',
    ]);
  });

  it('lists lead labels and creates one only when no label has that name', async () => {
    const labels = await callOver<OutputOf<'pipedrive:leadLabels'>>(core, time, 'pipedrive:leadLabels', conn());
    expect(labels.map((l) => l.name)).toEqual(['Hot', 'Warm', 'Cold']);
    const same = await callOver<OutputOf<'pipedrive:createLabel'>>(core, time, 'pipedrive:createLabel', {
      ...conn(),
      name: ' hot ',
    });
    expect(same).toMatchObject({ created: false, label: { name: 'Hot' } });
    const made = await callOver<OutputOf<'pipedrive:createLabel'>>(core, time, 'pipedrive:createLabel', {
      ...conn(),
      name: 'Lead quente ZBL',
      color: 'red',
    });
    expect(made).toMatchObject({ created: true, label: { name: 'Lead quente ZBL', color: 'red' } });
    expect(emu.state.snapshot().labels).toHaveLength(4);
  });

  it('saves with the token in the vault, the company read from users/me, and refuses a field mapped twice', async () => {
    const saved = await savePipedrive(core, emu, { clientId: client, token: emu.apiToken });
    expect(saved).toMatchObject({ type: 'pipedrive', status: 'draft', credential: { set: true, hint: '…4567' } });
    expect(saved.config).toMatchObject({ apiUrl: emu.url, companyId: '7001', companyDomain: 'agencia-exemplo' });
    expect(JSON.stringify(saved)).not.toContain(emu.apiToken);
    const twice = await failureOver(core, time, 'pipedrive:save', {
      clientId: client,
      token: emu.apiToken,
      config: {
        apiUrl: emu.url,
        auth: 'token',
        mapping: { ...MAPPING, fields: [MAPPING.fields[0], MAPPING.fields[0]] },
      },
    });
    expect(twice.code).toBe('invalid_input');
    expect(JSON.stringify(twice)).toContain('mapped twice');
    // Editing without a new token keeps the stored one.
    const edited = await savePipedrive(core, emu, { clientId: client, id: saved.id }, { name: 'Pipedrive 2' });
    expect(edited).toMatchObject({ name: 'Pipedrive 2', credential: { set: true } });
  });

  it('previews: without a credential every call is simulated; with one, reads are live and writes never sent', async () => {
    const config = { apiUrl: emu.url, auth: 'token', mapping: MAPPING, labels: { enabled: true, byRange: {} } };
    const offline = await callOver<OutputOf<'pipedrive:preview'>>(core, time, 'pipedrive:preview', { config });
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
      organization_id: '{id of new organization Exemplo Comércio Ltda}',
    });
    expect(offline.requests[3]!.headers['x-api-token']).toBe('(your API token)');

    emu.log.length = 0;
    const live = await callOver<OutputOf<'pipedrive:preview'>>(core, time, 'pipedrive:preview', {
      config,
      token: emu.apiToken,
    });
    expect(live.live).toBe(true);
    expect(live.requests.filter((r) => !r.simulated).map((r) => r.method)).toEqual(['GET', 'GET']);
    expect(emu.log.every((e) => e.method === 'GET')).toBe(true);
    expect(JSON.stringify(live)).not.toContain(emu.apiToken);
    expect(emu.state.snapshot().persons).toHaveLength(0);
  });

  it('activates after checking the token, and sends a test lead through the real dispatch path', async () => {
    const saved = await savePipedrive(core, emu, { clientId: client, token: emu.apiToken });
    const active = await callOver<IntegrationDetail>(core, time, 'integrations:activate', { id: saved.id });
    expect(active.status).toBe('active');
    const test = await callOver<OutputOf<'integrations:sendTestLead'>>(core, time, 'integrations:sendTestLead', {
      id: saved.id,
    });
    await settle(time, () => core.engine.get(test.dispatchId).dispatch.state === 'sent');
    const person = emu.state.personByEmail(test.email)!;
    expect(person).toBeDefined();
    const leads = emu.state.snapshot().leads.filter((l) => l.person_id === person.id);
    expect(leads).toHaveLength(1);
    expect(leads[0]!.title).toMatch(/^\[Zero Bad Leads test\] /);
    const notes = core.engine.get(test.dispatchId).attempts.flatMap((a) => a.notes ?? []);
    expect(notes.join(' ')).toContain('Test lead: delete the person');
  });
});
