import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { sharedAcIdCaches } from '../../../electron/core/integrations/activecampaign/id-cache';
import { systemClock } from '../../../electron/core/ports';
import type { AcEmulator } from '../../emulators/activecampaign';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { clientWithAc, MAIN_TOKEN, OTHER_TOKEN, startTwoAccounts } from './ac-fixture';

/** "Copy to other clients…": one piece built as a template and imported into each client. */
describe('templates: copy to other clients', () => {
  let emu: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let a: Awaited<ReturnType<typeof clientWithAc>>;
  let b: Client;
  let c: Client;

  beforeAll(async () => {
    emu = await startTwoAccounts();
  });
  afterAll(() => emu.close());
  beforeEach(async () => {
    emu.reset();
    sharedAcIdCaches.clear();
    tmp = tempDir();
    core = openTestCore(tmp.dir, systemClock);
    a = await clientWithAc(core, emu);
    b = await call<Client>(core, 'clients:create', { name: 'Cliente B' });
    c = await call<Client>(core, 'clients:create', { name: 'Cliente C' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  async function sendTest(id: string) {
    const sent = await call<OutputOf<'integrations:sendTestLead'>>(core, 'integrations:sendTestLead', { id });
    await core.forTests.engine.settled();
    const view = await call<OutputOf<'dispatch:get'>>(core, 'dispatch:get', { id: sent.dispatchId });
    return { email: sent.email, state: view.dispatch.state };
  }

  it('copies an integration to B on the same account and to C on its own, each a draft that sends a test lead', async () => {
    const { template } = await call<OutputOf<'templates:build'>>(core, 'templates:build', {
      clientId: a.client.id,
      integrationIds: [a.integration.id],
      profileIds: [],
      leadSettings: false,
    });
    const ref = template.integrations[0]!.ref;
    expect(template.leadSettings).toBeNull();
    expect(template.scoringProfiles).toEqual([]);

    // B: the same account. Everything is found; no choice is needed.
    const same = { kind: 'integration' as const, integrationId: a.integration.id };
    const toB = await call<OutputOf<'templates:apply'>>(core, 'templates:apply', {
      template,
      clientId: b.id,
      origin: 'copy',
      plans: [{ ref, account: same }],
    });
    // C: its own account, where the list is missing and is created, the field picked from its own.
    const other = { kind: 'key' as const, apiUrl: emu.account('other').url, apiKey: OTHER_TOKEN };
    const resolved = await call<OutputOf<'templates:resolve'>>(core, 'templates:resolve', {
      template,
      clientId: c.id,
      accounts: [{ ref, account: other }],
    });
    const leadScore = resolved.integrations[0]!.available.fields.find((f) => f.name === 'Lead Score')!;
    const toC = await call<OutputOf<'templates:apply'>>(core, 'templates:apply', {
      template,
      clientId: c.id,
      origin: 'copy',
      plans: [
        {
          ref,
          account: other,
          choices: [
            { kind: 'list', name: 'Leads Qualificados', action: 'create' },
            { kind: 'tag', name: 'vip', action: 'create' },
            { kind: 'field', name: 'Segmento', action: 'pick', pick: leadScore },
          ],
        },
      ],
    });

    const bDetail = await call<IntegrationDetail>(core, 'integrations:get', { id: toB.integrations[0]!.id });
    const cDetail = await call<IntegrationDetail>(core, 'integrations:get', { id: toC.integrations[0]!.id });
    expect([bDetail.clientId, cDetail.clientId]).toEqual([b.id, c.id]);
    expect([bDetail.status, cDetail.status]).toEqual(['draft', 'draft']);
    expect(bDetail.credential.set && cDetail.credential.set).toBe(true);
    // B's copy holds the same key (its own copy in the vault), for the same account.
    expect(bDetail.credential.hint).toBe(`…${MAIN_TOKEN.slice(-4)}`);
    expect(cDetail.credential.hint).toBe(`…${OTHER_TOKEN.slice(-4)}`);
    if (bDetail.type !== 'activecampaign' || cDetail.type !== 'activecampaign') throw new Error('not AC');
    expect(bDetail.config).toEqual((a.integration as typeof bDetail).config);
    expect(cDetail.config.mapping.fields).toEqual([
      { source: 'custom.segmento', field: { id: leadScore.id, title: 'Lead Score' } },
    ]);

    const fromB = await sendTest(bDetail.id);
    const fromC = await sendTest(cDetail.id);
    expect([fromB.state, fromC.state]).toEqual(['sent', 'sent']);
    expect(
      emu
        .account('main')
        .state.contact(fromB.email)
        ?.lists.map((l) => l.name),
    ).toEqual(['Leads Qualificados']);
    expect(
      emu
        .account('other')
        .state.contact(fromC.email)
        ?.lists.map((l) => l.name),
    ).toEqual(['Leads Qualificados']);
    expect(emu.account('main').state.contact(fromC.email)).toBeUndefined();

    // The source is untouched, and deleting A's integration does not take B's key with it.
    await call(core, 'integrations:delete', { id: a.integration.id });
    expect((await sendTest(bDetail.id)).state).toBe('sent');
  });

  it('copies a scoring profile to several clients, inactive there, named apart on a clash', async () => {
    const active = await call<OutputOf<'scoring:active'>>(core, 'scoring:active', { clientId: a.client.id });
    const edited = await call<OutputOf<'scoring:save'>>(core, 'scoring:save', {
      clientId: a.client.id,
      id: active!.id,
      profile: { ...active!, name: 'Playbook B2B', qualifyAt: 55 },
    });
    await call(core, 'scoring:save', {
      clientId: c.id,
      profile: { name: 'Playbook B2B', rules: [], ranges: edited.ranges, qualifyAt: 10 },
    });
    const { template } = await call<OutputOf<'templates:build'>>(core, 'templates:build', {
      clientId: a.client.id,
      integrationIds: [],
      profileIds: [edited.id],
      leadSettings: false,
    });
    for (const client of [b, c]) {
      const result = await call<OutputOf<'templates:apply'>>(core, 'templates:apply', {
        template,
        clientId: client.id,
        origin: 'copy',
      });
      expect(result.profiles).toHaveLength(1);
      expect(result.profiles[0]!.active).toBe(false);
      const copy = await call<OutputOf<'scoring:get'>>(core, 'scoring:get', { id: result.profiles[0]!.id });
      expect(copy.qualifyAt).toBe(55);
      expect(copy.rules).toEqual(edited.rules);
      expect(copy.name).toBe(client.id === c.id ? 'Playbook B2B (Cliente A)' : 'Playbook B2B');
      // The history says where the profile came from.
      const history = await call<OutputOf<'audit:list'>>(core, 'audit:list', { clientId: client.id });
      expect(history.rows[0]).toMatchObject({
        kind: 'copy.fromClient',
        subjectId: copy.id,
        summary: `“${copy.name}” copied from client “Cliente A”`,
      });
    }
  });
});
