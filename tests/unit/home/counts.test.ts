import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedIntegration, seedLead } from '../support/dispatch-core';
import { insertDispatch } from '../report/support';
import { openHomeEnv, overview, seedClient, type HomeEnv } from './support';

/** Tuesday 10 March 2026, 22:30 in São Paulo (UTC−3): already Wednesday in UTC. */
const NOW = Date.UTC(2026, 2, 11, 1, 30);
const at = (day: number, hour: number, minute = 0, ms = 0) => Date.UTC(2026, 2, day, hour, minute, 0, ms);

describe('home:overview counts every client’s leads today and this week', () => {
  let env: HomeEnv;
  let acme: string;
  let beta: string;

  beforeEach(() => {
    env = openHomeEnv(NOW);
    acme = seedClient(env.core, 'Acme Dental');
    beta = seedClient(env.core, 'Beta Foods');
    const crm = seedIntegration(env.core, acme, { name: 'CRM' });
    const lead = (receivedAt: number, qualified: boolean, states: Array<'sent' | 'error'>, isTest = false) => {
      const id = seedLead(env.core, acme, { receivedAt, qualified, isTest });
      for (const state of states) {
        insertDispatch(env.core, { leadId: id, integrationId: crm, state, createdAt: receivedAt + 1, isTest });
      }
    };
    lead(at(11, 0, 30), true, ['sent']); // Tuesday 21:30 local
    lead(at(10, 3), true, ['error']); // Tuesday 00:00 local, the day's first instant
    lead(at(10, 2, 59, 59_999), false, []); // Monday 23:59:59.999 local
    lead(at(9, 3), true, ['error', 'sent']); // Monday 00:00 local, the week's first instant; resent and sent
    lead(at(9, 2, 59), true, ['sent']); // Sunday 23:59 local: last week
    lead(at(11, 0, 40), true, ['sent'], true); // a test lead: never counted

    // An archived client is not on the home screen, whatever it received.
    const archived = seedClient(env.core, 'Zeta Archived');
    seedLead(env.core, archived, { receivedAt: at(11, 0, 10) });
    env.core.forTests.sqlite.prepare('UPDATE clients SET archived_at = 1 WHERE id = ?').run(archived);
  });
  afterEach(() => env.close());

  it('in the user’s time zone: a day from local midnight, a week from Monday', async () => {
    const home = await overview(env, 'America/Sao_Paulo');
    expect(home.todayFrom).toBe(at(10, 3));
    expect(home.weekFrom).toBe(at(9, 3));
    expect(home.clients.map((c) => c.clientName)).toEqual(['Acme Dental', 'Beta Foods']);
    expect(home.integrations).toBe(1);
    const [a, b] = home.clients;
    expect(a).toMatchObject({
      clientId: acme,
      today: { received: 2, qualified: 2, sent: 1 },
      week: { received: 4, qualified: 3, sent: 2 },
    });
    // A client with nothing this week is still listed.
    expect(b).toEqual({
      clientId: beta,
      clientName: 'Beta Foods',
      today: { received: 0, qualified: 0, sent: 0 },
      week: { received: 0, qualified: 0, sent: 0 },
    });
  });

  it('the same leads in UTC fall on other days', async () => {
    const home = await overview(env, 'UTC');
    expect(home.todayFrom).toBe(at(11, 0));
    expect(home.weekFrom).toBe(at(9, 0));
    expect(home.clients[0]).toMatchObject({
      today: { received: 1, qualified: 1, sent: 1 },
      week: { received: 5, qualified: 4, sent: 3 },
    });
  });

  it('Sunday night still belongs to the week that began on Monday', async () => {
    // Sunday 15 March, 23:59 local.
    env.time.time = Date.UTC(2026, 2, 16, 2, 59);
    const home = await overview(env, 'America/Sao_Paulo');
    expect(home.weekFrom).toBe(at(9, 3));
    expect(home.todayFrom).toBe(at(15, 3));
    expect(home.clients[0]?.week).toEqual({ received: 4, qualified: 3, sent: 2 });
    expect(home.clients[0]?.today).toEqual({ received: 0, qualified: 0, sent: 0 });
  });

  it('refuses a time zone that does not exist', async () => {
    const result = await env.core.dispatch('home:overview', { timeZone: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });
});
