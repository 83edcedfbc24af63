import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeStatus, LeadCheck, LeadDetail, ScoringPreview, ScoringProfileView } from '#contract';
import type { Core } from '../../../../electron/core';
import { call } from '../../support/core-harness';
import { seedIntegration } from '../../support/dispatch-core';
import { openLeadsCore, type LeadsCore } from './support';

const GOOD = {
  fullName: 'Ana Souza',
  email: 'ana@acme.com.br',
  phone: '(11) 98765-4321',
  company: 'Acme',
  jobTitle: 'Diretora de Compras',
};
const BAD_CNPJ = { ...GOOD, cnpj: '11.222.333/0001-82' };

/** The editable part of a stored profile, as the editor sends it. */
const toDraftProfile = ({ name, rules, ranges, qualifyAt, disqualify }: ScoringProfileView) => ({
  name,
  rules,
  ranges,
  qualifyAt,
  disqualify,
});

describe('bad data and the scoring profile', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
    seedIntegration(core, client, { status: 'active' });
  });
  afterEach(async () => {
    await core.forTests.stop();
    env.close();
  });

  const create = (lead: object) =>
    call<{ lead: LeadDetail; dispatches: number }>(core, 'leads:create', { clientId: client, lead });

  it('a lead with an invalid CNPJ scores, but is not qualified nor sent, and says why', async () => {
    const check = await call<LeadCheck>(core, 'leads:check', { clientId: client, lead: BAD_CNPJ });
    expect(check.score).toMatchObject({ qualified: false, blockedBy: ['invalidCnpj'] });
    const { lead, dispatches } = await create(BAD_CNPJ);
    expect(lead.score).toBe(60);
    expect(lead).toMatchObject({ qualified: false, blockedBy: ['invalidCnpj'] });
    expect(dispatches).toBe(0);
    const good = await create(GOOD);
    expect(good.lead).toMatchObject({ qualified: true, blockedBy: [] });
    expect(good.dispatches).toBe(1);
  });

  it('the intake API answers why a lead was not sent', async () => {
    const enabled = await call<{ status: IntakeStatus; token: string | null }>(core, 'intake:enable', {
      clientId: client,
    });
    const answer = await fetch(enabled.status.endpoint ?? '', {
      method: 'POST',
      headers: { authorization: `Bearer ${enabled.token ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...GOOD, phone: '(21) 9876-54' }),
    });
    expect(await answer.json()).toMatchObject({ qualified: false, dispatches: 0, blockedBy: ['invalidPhone'] });
  });

  it('the agency can let such leads through, and the preview shows the difference first', async () => {
    await create(BAD_CNPJ);
    const active = await call<ScoringProfileView>(core, 'scoring:active', { clientId: client });
    expect(active.disqualify).toEqual({ invalidEmail: true, emailTypo: true, invalidPhone: true, invalidCnpj: true });
    const lenient = { ...toDraftProfile(active), disqualify: { ...active.disqualify, invalidCnpj: false } };
    const preview = await call<ScoringPreview>(core, 'scoring:preview', { clientId: client, profile: lenient });
    expect(preview.leads[0]).toMatchObject({
      current: { qualified: false },
      preview: { qualified: true, blockedBy: [] },
    });
    const saved = await call<ScoringProfileView>(core, 'scoring:save', {
      clientId: client,
      id: active.id,
      profile: lenient,
    });
    expect(saved.disqualify.invalidCnpj).toBe(false);
    const { lead, dispatches } = await create(BAD_CNPJ);
    expect(lead).toMatchObject({ qualified: true, blockedBy: [] });
    expect(dispatches).toBe(1);
  });
});
