import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadDetail, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { leadSearchMatch, phoneSearchDigits } from '../../../../electron/core/leads/store';
import { call } from '../../support/core-harness';
import { openLeadsCore, type LeadsCore } from './support';

describe('searching leads by phone, however it was written', () => {
  let env: LeadsCore;
  let core: Core;
  let client: string;
  beforeEach(() => {
    env = openLeadsCore();
    ({ core, client } = env);
  });
  afterEach(() => env.close());

  const create = async (fullName: string, phone: string) =>
    (await call<{ lead: LeadDetail }>(core, 'leads:create', { clientId: client, lead: { fullName, phone } })).lead;
  const found = async (search: string) =>
    (await call<OutputOf<'leads:list'>>(core, 'leads:list', { clientId: client, search })).rows.map((r) => r.fullName);

  it('reads a search as a phone only when it is one', () => {
    expect(phoneSearchDigits('27967255745')).toBe('27967255745');
    expect(phoneSearchDigits('(27) 96725-5745')).toBe('27967255745');
    expect(phoneSearchDigits('+55 27 96725.5745')).toBe('5527967255745');
    expect(phoneSearchDigits('Rua 12')).toBeNull();
    expect(phoneSearchDigits('ana@27.com')).toBeNull();
    expect(phoneSearchDigits('(2')).toBeNull();
    expect(leadSearchMatch('silva')).toBe('"silva"');
    expect(leadSearchMatch('(27) 9672')).toBe('"(27) 9672" OR phone_digits : "279672"');
  });

  it('finds a phone typed with punctuation by its digits, and the other way round', async () => {
    await create('Ana Typed', '(27)967255745');
    await create('Bia Spaced', '27 96725 5745');
    await create('Caio Other', '(11) 98765-4321');
    await create('Duda Broken', '(21) 9876-54');
    for (const search of ['27967255745', '(27) 96725-5745', '+55 27 96725-5745', '5527967255745', '96725-5745']) {
      expect((await found(search)).sort(), search).toEqual(['Ana Typed', 'Bia Spaced']);
    }
    // An invalid phone has no E.164 form: its typed digits are still searched.
    expect(await found('219876')).toEqual(['Duda Broken']);
    // Text searches are untouched.
    expect(await found('Typed')).toEqual(['Ana Typed']);
  });

  it('keeps the index in step when a phone changes or the lead is deleted', async () => {
    const lead = await create('Eva Lima', '(11) 8765-4321');
    expect(await found('11987654321')).toEqual([]);
    await call(core, 'leads:applySuggestion', { id: lead.id, field: 'phone' });
    expect(await found('11987654321')).toEqual(['Eva Lima']);
    await call(core, 'leads:delete', { id: lead.id });
    expect(await found('11987654321')).toEqual([]);
  });

  it('finds a phone by its digits when the term is too common for the index', async () => {
    const insert = core.forTests.sqlite.prepare(
      `INSERT INTO leads (id, client_id, full_name, email, email_key, phone, phone_e164, received_at, qualified,
         is_test, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 1, 1)`,
    );
    core.forTests.sqlite.transaction(() => {
      for (let i = 0; i < 2_100; i++) {
        const email = `l${i}@acme.com.br`;
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        insert.run(
          id,
          client,
          `Lead ${i}`,
          email,
          email,
          `(11) 9${String(87_650_000 + i)}`,
          `+55119${87_650_000 + i}`,
          i,
        );
      }
    })();
    // "(11) 9876" is in every phone: the list is walked, and the digits still count.
    const page = await call<OutputOf<'leads:list'>>(core, 'leads:list', {
      clientId: client,
      search: '119876',
      limit: 5,
    });
    expect(page.rows).toHaveLength(5);
    expect(page.totalCapped).toBe(true);
    expect(await found('(11) 98765-0042')).toEqual(['Lead 42']);
  });
});
