import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadDetail } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { recordEvents, seedIntegration } from '../../support/dispatch-core';
import { openLeadsCore, type LeadsCore } from './support';

const LEAD = {
  fullName: 'João Lima',
  email: 'joao@gmail.com.br',
  phone: '(11) 98765-4321',
  company: 'Lima Ltda',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretor',
};

describe('one-click corrections', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
    seedIntegration(core, client, { status: 'active' });
  });
  afterEach(() => env.close());

  const create = async (lead: object) =>
    (await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead })).lead;
  const apply = (id: string, field: 'email' | 'phone') =>
    call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:applySuggestion', { id, field });

  it('takes the suggested address, checks and scores the lead again, and sends it once qualified', async () => {
    const before = await create(LEAD);
    expect(before).toMatchObject({ emailKind: 'typo', qualified: false, blockedBy: ['emailTypo'] });
    expect(before.validation?.email).toMatchObject({ suggestion: 'joao@gmail.com', typoOf: 'gmail.com' });
    const events = recordEvents(core);

    const { lead, dispatches } = await apply(before.id, 'email');
    expect(lead).toMatchObject({
      id: before.id,
      email: 'joao@gmail.com',
      emailKind: 'free',
      qualified: true,
      blockedBy: [],
      origin: 'manual',
      receivedAt: before.receivedAt,
    });
    expect(lead.validation?.issues.map((i) => i.code)).not.toContain('email_probable_typo');
    expect(lead.reasons.map((r) => r.kind)).toContain('freeEmail');
    expect(dispatches).toBe(1);
    expect(lead.dispatches).toHaveLength(1);
    expect(events.map((e) => e.event)).toContain('leads:changed');
    // Nothing left to correct.
    const again = await core.dispatch('leads:applySuggestion', { id: before.id, field: 'email' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', details: { reason: 'no_suggestion' } } });
  });

  it('puts back a mobile’s ninth digit', async () => {
    const before = await create({ ...LEAD, email: 'joao@lima.com.br', phone: '(11) 8765-4321' });
    expect(before).toMatchObject({ qualified: false, blockedBy: ['invalidPhone'] });
    const { lead, dispatches } = await apply(before.id, 'phone');
    expect(lead).toMatchObject({ phoneE164: '+5511987654321', qualified: true, blockedBy: [] });
    expect(lead.validation?.phone).toMatchObject({ status: 'valid', type: 'mobile' });
    expect(dispatches).toBe(1);
  });

  it('refuses a field with nothing to suggest, and test leads', async () => {
    const clean = await create({ ...LEAD, email: 'joao@lima.com.br' });
    const refused = await core.dispatch('leads:applySuggestion', { id: clean.id, field: 'phone' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const missing = await core.dispatch('leads:applySuggestion', {
      id: '00000000-0000-4000-8000-000000000000',
      field: 'email',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
