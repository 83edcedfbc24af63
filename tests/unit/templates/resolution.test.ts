import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { sharedAcIdCaches } from '../../../electron/core/integrations/activecampaign/id-cache';
import { systemClock } from '../../../electron/core/ports';
import type { AcEmulator } from '../../emulators/activecampaign';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { clientWithAc, OTHER_TOKEN, startTwoAccounts } from './ac-fixture';

/** Importing into another account: names looked up again, and nothing saved until each missing one has a choice. */
describe('templates: resolving names in the target account', () => {
  let emu: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let source: Awaited<ReturnType<typeof clientWithAc>>;
  let target: Client;
  let template: OutputOf<'templates:build'>['template'];

  beforeAll(async () => {
    emu = await startTwoAccounts();
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedAcIdCaches.clear();
    tmp = tempDir();
    core = openTestCore(tmp.dir, systemClock);
    source = await clientWithAc(core, emu);
    target = await call<Client>(core, 'clients:create', { name: 'Cliente C' });
    ({ template } = await call<OutputOf<'templates:build'>>(core, 'templates:build', {
      clientId: source.client.id,
      integrationIds: [source.integration.id],
      profileIds: [],
      leadSettings: false,
    }));
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const other = () => ({ kind: 'key' as const, apiUrl: emu.account('other').url, apiKey: OTHER_TOKEN });
  const ref = () => template.integrations[0]!.ref;

  it('lists what the other account has and what it is missing', async () => {
    const { integrations } = await call<OutputOf<'templates:resolve'>>(core, 'templates:resolve', {
      template,
      clientId: target.id,
      accounts: [{ ref: ref(), account: other() }],
    });
    expect(integrations).toHaveLength(1);
    const r = integrations[0]!;
    expect(r.account?.apiUrl).toBe(emu.account('other').apiUrl);
    expect(r.items).toEqual([
      { kind: 'list', name: 'Leads Qualificados', match: null },
      { kind: 'tag', name: 'vip', match: null },
      { kind: 'field', name: 'Segmento', match: null },
    ]);
    expect(r.available.lists.map((l) => l.name)).toEqual(['Newsletter', 'Clientes 2026']);
    expect(r.available.fields.map((f) => f.name)).toEqual(['Lead Score', 'CNPJ']);
  });

  it('saves nothing, in the app or the CRM, while a missing name has no choice', async () => {
    const before = emu.account('other').state.snapshot();
    const result = await core.dispatch('templates:apply', {
      template,
      clientId: target.id,
      plans: [{ ref: ref(), account: other(), choices: [{ kind: 'tag', name: 'vip', action: 'create' }] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details).toMatchObject({
      reason: 'unresolved',
      unresolved: [
        { kind: 'list', name: 'Leads Qualificados' },
        { kind: 'field', name: 'Segmento' },
      ],
    });
    expect(await call<unknown[]>(core, 'integrations:list', { clientId: target.id })).toEqual([]);
    const after = emu.account('other').state.snapshot();
    expect(after.tags).toEqual(before.tags);
    expect(after.lists).toEqual(before.lists);
  });

  it('a missing list: "create it" makes it in the account, and a test lead lands on it', async () => {
    const imported = await call<OutputOf<'templates:apply'>>(core, 'templates:apply', {
      template,
      clientId: target.id,
      plans: [
        {
          ref: ref(),
          account: other(),
          choices: [
            { kind: 'list', name: 'Leads Qualificados', action: 'create' },
            { kind: 'tag', name: 'vip', action: 'create' },
            { kind: 'field', name: 'Segmento', action: 'create' },
          ],
        },
      ],
    });
    expect(imported.created).toEqual([
      { ref: ref(), kind: 'list', name: 'Leads Qualificados' },
      { ref: ref(), kind: 'tag', name: 'vip' },
      { ref: ref(), kind: 'field', name: 'Segmento' },
    ]);
    const state = emu.account('other').state.snapshot();
    const list = state.lists.find((l) => l.name === 'Leads Qualificados');
    expect(list).toBeDefined();
    const detail = await call<IntegrationDetail>(core, 'integrations:get', { id: imported.integrations[0]!.id });
    expect(detail.status).toBe('draft');
    if (detail.type !== 'activecampaign') throw new Error('not AC');
    expect(detail.config.apiUrl).toBe(emu.account('other').apiUrl);
    expect(detail.config.lists).toEqual([{ id: list!.id, name: 'Leads Qualificados' }]);

    const sent = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', {
      id: detail.id,
    });
    await core.forTests.engine.settled();
    const contact = emu.account('other').state.contact(sent.email);
    expect(contact?.lists.map((l) => l.name)).toEqual(['Leads Qualificados']);
    expect(contact?.tags).toContain('vip');
    expect(emu.account('main').state.contact(sent.email)).toBeUndefined();
  });

  it('a missing list: "pick another" uses the account\'s own; "leave out" drops the field mapping', async () => {
    const { integrations } = await call<OutputOf<'templates:resolve'>>(core, 'templates:resolve', {
      template,
      clientId: target.id,
      accounts: [{ ref: ref(), account: other() }],
    });
    const newsletter = integrations[0]!.available.lists.find((l) => l.name === 'Newsletter')!;
    const imported = await call<OutputOf<'templates:apply'>>(core, 'templates:apply', {
      template,
      clientId: target.id,
      plans: [
        {
          ref: ref(),
          account: other(),
          choices: [
            { kind: 'list', name: 'Leads Qualificados', action: 'pick', pick: newsletter },
            { kind: 'tag', name: 'vip', action: 'drop' },
            { kind: 'field', name: 'Segmento', action: 'drop' },
          ],
        },
      ],
    });
    expect(imported.created).toEqual([]);
    expect(
      emu
        .account('other')
        .state.snapshot()
        .lists.map((l) => l.name),
    ).not.toContain('Leads Qualificados');
    const detail = await call<IntegrationDetail>(core, 'integrations:get', { id: imported.integrations[0]!.id });
    if (detail.type !== 'activecampaign') throw new Error('not AC');
    expect(detail.config.lists).toEqual([newsletter]);
    expect(detail.config.fixedTags).toEqual([]);
    expect(detail.config.mapping.fields).toEqual([]);
  });

  it('refuses a "pick" of something the account does not have', async () => {
    const result = await core.dispatch('templates:apply', {
      template,
      clientId: target.id,
      plans: [
        {
          ref: ref(),
          account: other(),
          choices: [
            { kind: 'list', name: 'Leads Qualificados', action: 'pick', pick: { id: '999', name: 'Ghost' } },
            { kind: 'tag', name: 'vip', action: 'create' },
            { kind: 'field', name: 'Segmento', action: 'create' },
          ],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.details).toMatchObject({ unresolved: [{ kind: 'list', name: 'Leads Qualificados' }] });
  });
});
