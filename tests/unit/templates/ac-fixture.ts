import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../electron/core';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { call } from '../support/core-harness';

export const MAIN_TOKEN = 'main-account-token-0001';
export const OTHER_TOKEN = 'other-account-token-0002';

/**
 * Two ActiveCampaign accounts on one emulator: `main` (where client A's integration lives, with the
 * list "Leads Qualificados" and the field "Segmento") and `other` (another client's own account,
 * which has neither).
 */
export function startTwoAccounts(): Promise<AcEmulator> {
  return startAcEmulator({
    ratePerSecond: 0,
    accounts: [
      {
        name: 'main',
        apiToken: MAIN_TOKEN,
        seed: { lists: ['Leads Qualificados'], fields: [{ title: 'Segmento' }], tags: ['vip'] },
      },
      { name: 'other', apiToken: OTHER_TOKEN },
    ],
  });
}

/** Client A with an AC integration on the main account that uses the list, the tag and the field. */
export async function clientWithAc(core: Core, emu: AcEmulator, name = 'Cliente A') {
  const client = await call<Client>(core, 'clients:create', { name });
  const main = emu.account('main');
  const lists = await call<OutputOf<'activecampaign:lists'>>(core, 'activecampaign:lists', {
    apiUrl: main.url,
    apiKey: MAIN_TOKEN,
  });
  const fields = await call<OutputOf<'activecampaign:fields'>>(core, 'activecampaign:fields', {
    apiUrl: main.url,
    apiKey: MAIN_TOKEN,
  });
  const list = lists.find((l) => l.name === 'Leads Qualificados')!;
  const field = fields.find((f) => f.title === 'Segmento')!;
  const integration = await call<IntegrationDetail>(core, 'activecampaign:save', {
    clientId: client.id,
    apiKey: MAIN_TOKEN,
    config: {
      apiUrl: main.url,
      name: 'ActiveCampaign',
      fixedTags: ['vip'],
      scoreTags: { enabled: false, byRange: {} },
      lists: [{ id: list.id, name: list.name }],
      mapping: { fields: [{ source: 'custom.segmento', field: { id: field.id, title: field.title } }] },
    },
  });
  return { client, integration };
}
