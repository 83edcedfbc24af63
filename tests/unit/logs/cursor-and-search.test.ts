import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { OutputOf } from '#contract';
import { decodeCursor, encodeCursor } from '../../../electron/core/lib/cursor';
import { likePattern } from '../../../electron/core/db/text-search';
import { call, openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration, seedLead } from '../support/dispatch-core';

type Page = OutputOf<'logs:list'>;

describe('logs cursor', () => {
  it('round-trips and is opaque base64url', () => {
    const text = encodeCursor({ t: 1_780_000_000_000, id: 'abc' });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual({ t: 1_780_000_000_000, id: 'abc' });
  });

  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  it.each([
    ['not base64', '***'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['an array', b64([1, 'a'])],
    ['a string time', b64({ t: '1', id: 'a' })],
    ['a negative time', b64({ t: -1, id: 'a' })],
    ['a fractional time', b64({ t: 1.5, id: 'a' })],
    ['an empty id', b64({ t: 1, id: '' })],
    ['extra members', b64({ t: 1, id: 'a', x: 1 })],
  ])('refuses %s', (_label, text) => {
    expect(() => decodeCursor(text)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('logs:list search and validation', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let clientId: string;

  beforeEach(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir);
    clientId = seedClient(core, 'Acme');
    const integrationId = seedIntegration(core, clientId, { type: 'activecampaign', name: 'AC' });
    const leads: Array<[string, string, string | null]> = [
      ['Promo 100% Real', 'a@x.com', null],
      ['Promo 1000 Real', 'b@x.com', null],
      ['Ana', 'under_score@x.com', null],
      ['Bia', 'underXscore@x.com', null],
      ['Caio', 'c@x.com', 'Back\\slash in the message'],
    ];
    leads.forEach(([fullName, email, lastError], i) => {
      const leadId = seedLead(core, clientId, { fullName, email });
      core.sqlite
        .prepare(
          `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, last_error, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'error', ?, ?, ?)`,
        )
        .run(crypto.randomUUID(), clientId, leadId, integrationId, lastError, i, i);
    });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const names = async (search: string) =>
    (await call<Page>(core, 'logs:list', { search })).rows.map((r) => r.leadName).sort();

  it('treats % and _ as literal characters', async () => {
    expect(likePattern('1%_\\')).toBe('%1\\%\\_\\\\%');
    expect(await names('0%')).toEqual(['Promo 100% Real']);
    expect(await names('under_')).toEqual(['Ana']);
    expect(await names('\\slash')).toEqual(['Caio']);
  });

  it('is case-insensitive and trims the search text', async () => {
    expect(await names('  PROMO  ')).toEqual(['Promo 100% Real', 'Promo 1000 Real']);
    expect(await names('UNDERXSCORE')).toEqual(['Bia']);
  });

  it('answers invalid_input for a bad cursor, an unknown state or a reversed range', async () => {
    for (const input of [
      { cursor: 'bm90LWpzb24' },
      { cursor: 'has spaces' },
      { states: ['lost'] },
      { from: 10, to: 5 },
      { limit: 0 },
      { limit: 201 },
      { clientId: 'not-a-uuid' },
    ]) {
      const result = await core.dispatch('logs:list', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
  });

  it('logs:lead answers the lead’s fields with the CNPJ formatted, and not_found for others', async () => {
    const leadId = seedLead(core, clientId, {
      fullName: 'Maria Silva',
      cnpj: '11222333000181',
      phone: '+55 11 99999-0000',
      scoreRange: 'high',
      score: 87,
    });
    const lead = await call<OutputOf<'logs:lead'>>(core, 'logs:lead', { id: leadId });
    expect(lead).toMatchObject({ fullName: 'Maria Silva', cnpj: '11.222.333/0001-81', score: 87, qualified: true });
    const missing = await core.dispatch('logs:lead', { id: 'nope' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });
});
