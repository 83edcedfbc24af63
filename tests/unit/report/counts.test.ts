import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientReport, DispatchView } from '#contract';
import { call } from '../support/core-harness';
import { seedClient, seedLead } from '../support/dispatch-core';
import {
  activeIntegration,
  createLead,
  DAY,
  ingest,
  insertDispatch,
  LEADS,
  MIN,
  openReportEnv,
  report,
  type ReportEnv,
} from './support';

/** Noon in São Paulo (UTC−3) on a day of March 2026. */
const march = (day: number, minutes = 0) => Date.UTC(2026, 2, day, 15, minutes);

describe('report:get counts a client’s month from its leads and dispatches', () => {
  let env: ReportEnv;
  let crm: string;
  let hook: string;

  beforeEach(() => {
    env = openReportEnv(march(2));
    crm = activeIntegration(env, 'CRM');
    hook = activeIntegration(env, 'Hook');
  });
  afterEach(() => env.close());

  /** The month as the app receives it: the form, the intake API, imports; sends, a refusal, a retry, a resend. */
  async function seedMonth(): Promise<{ carla: string }> {
    env.time.time = march(2);
    await createLead(env, { ...LEADS.high, source: 'facebook' });
    await env.time.flush();

    env.time.time = march(10);
    env.refuse.add('Carla Souza');
    await ingest(env, 'api', [{ ...LEADS.medium, source: 'Facebook ' }, LEADS.badPhone]);
    await ingest(env, 'csv', [{ ...LEADS.low, source: 'google' }, LEADS.disposable, LEADS.badCnpj]);
    await env.time.flush();

    env.time.time = march(20);
    env.flaky.add('Fábio Reis');
    await ingest(env, 'csv', [{ ...LEADS.high, fullName: 'Fábio Reis', email: 'fabio@reis.com.br' }]);
    await env.time.advance(2 * MIN);

    // Carla's delivery to Hook is fixed and resent five days later; CRM keeps refusing her.
    env.time.time = march(25);
    env.refuse.delete('Carla Souza');
    const carla = env.core.forTests.sqlite
      .prepare<[string], { id: string }>('SELECT id FROM leads WHERE email = ?')
      .get(LEADS.medium.email)!.id;
    const failed = env.core.forTests.sqlite
      .prepare<[string, string], { id: string }>('SELECT id FROM dispatches WHERE lead_id = ? AND integration_id = ?')
      .get(carla, hook)!;
    await call<DispatchView>(env.core, 'dispatch:resend', { id: failed.id });
    await env.time.flush();

    // Neither a lead received while no profile was active, nor a test lead, changes anything sent.
    seedLead(env.core, env.client, { receivedAt: march(15), score: null, qualified: false });
    const test = seedLead(env.core, env.client, { receivedAt: march(15), isTest: true });
    insertDispatch(env.core, { leadId: test, integrationId: crm, state: 'error', createdAt: march(15), isTest: true });
    return { carla };
  }

  it('counts leads by origin and source, refusals and their reasons, ranges, delivery and open errors', async () => {
    const { carla } = await seedMonth();
    const other = seedClient(env.core, 'Other');
    await createLead(env, { ...LEADS.high, email: 'someone@else.com.br' }, other);

    const r = await report(env);
    expect(r).toMatchObject({
      clientId: env.client,
      clientName: 'Acme Dental',
      timeZone: 'America/Sao_Paulo',
      from: Date.UTC(2026, 2, 1, 3),
      to: Date.UTC(2026, 3, 1, 3),
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
    });
    expect(r.received).toMatchObject({
      total: 8,
      qualified: 3,
      byOrigin: [
        { origin: 'csv', total: 4, qualified: 1 },
        { origin: 'manual', total: 2, qualified: 1 },
        { origin: 'api', total: 2, qualified: 1 },
      ],
      // "facebook" and "Facebook " are one source.
      bySource: [
        { source: null, total: 5, qualified: 1 },
        { source: 'facebook', total: 2, qualified: 2 },
        { source: 'google', total: 1, qualified: 0 },
      ],
      otherSources: { sources: 0, total: 0, qualified: 0 },
    });
    expect(r.received.daily).toHaveLength(31);
    const busyDays = r.received.daily.filter((d) => d.total > 0);
    expect(busyDays).toEqual([
      { day: Date.UTC(2026, 2, 2, 3), date: '2026-03-02', total: 1, qualified: 1 },
      { day: Date.UTC(2026, 2, 10, 3), date: '2026-03-10', total: 5, qualified: 1 },
      { day: Date.UTC(2026, 2, 15, 3), date: '2026-03-15', total: 1, qualified: 0 },
      { day: Date.UTC(2026, 2, 20, 3), date: '2026-03-20', total: 1, qualified: 1 },
    ]);

    expect(r.notQualified).toEqual({
      total: 5,
      blocked: 2,
      belowThreshold: 2,
      notScored: 1,
      blockers: [
        { reason: 'invalidPhone', count: 1 },
        { reason: 'invalidCnpj', count: 1 },
      ],
      detractors: [
        { rule: 'disposable_email', kind: 'disposableEmail', label: null, count: 1 },
        { rule: 'invalid_phone', kind: 'invalidPhone', label: null, count: 1 },
        { rule: 'missing_company', kind: 'missingCompany', label: null, count: 1 },
      ],
      qualifyAt: 40,
    });
    expect(r.qualified).toEqual({
      total: 3,
      byRange: [
        { range: 'high', count: 2, min: 70, max: 100 },
        { range: 'medium', count: 1, min: 40, max: 69 },
      ],
    });

    // Ana sent at once, Fábio a minute later (one retry); Carla refused by CRM, resent to Hook 15 days on.
    const byName = Object.fromEntries(r.delivery.integrations.map((i) => [i.name, i]));
    expect(byName.CRM).toMatchObject({ leads: 3, sent: 2, error: 1, waiting: 0, medianMs: 0, p90Ms: MIN });
    expect(byName.Hook).toMatchObject({ leads: 3, sent: 3, error: 0, medianMs: MIN, p90Ms: 15 * DAY });
    expect(r.delivery.total).toEqual({
      leads: 6,
      sent: 5,
      error: 1,
      waiting: 0,
      skipped: 0,
      cancelled: 0,
      medianMs: MIN,
      p90Ms: 15 * DAY,
    });
    // The error Hook got before the resend is no longer open; the test lead's never was.
    expect(r.openErrors.total).toBe(1);
    expect(r.openErrors.rows).toEqual([
      expect.objectContaining({
        leadId: carla,
        leadName: 'Carla Souza',
        leadEmail: LEADS.medium.email,
        integrationId: crm,
        integrationName: 'CRM',
        lastError: 'HTTP 422: contact refused',
      }),
    ]);

    // The other client's report sees only its own lead.
    const theirs = await report(env, { clientId: other });
    expect(theirs.received.total).toBe(1);
    expect(theirs.delivery.total.leads).toBe(0);
  });

  it('keeps test leads and other months out, and cuts months at the user’s midnight', async () => {
    const at = (receivedAt: number, qualified = true) =>
      seedLead(env.core, env.client, { receivedAt, qualified, score: qualified ? 80 : 10 });
    at(Date.UTC(2026, 2, 1, 3) - 1); // 23:59:59.999 on 28 Feb in São Paulo
    at(Date.UTC(2026, 2, 1, 3)); // 1 March, 00:00 there
    at(Date.UTC(2026, 3, 1, 3) - 1, false); // 31 March, 23:59:59.999
    at(Date.UTC(2026, 3, 1, 3)); // 1 April, 00:00
    seedLead(env.core, env.client, { receivedAt: Date.UTC(2026, 2, 15), isTest: true });

    const saoPaulo = await report(env);
    expect(saoPaulo.received).toMatchObject({ total: 2, qualified: 1 });
    expect(saoPaulo.received.daily[0]).toMatchObject({ date: '2026-03-01', total: 1 });
    expect(saoPaulo.received.daily[30]).toMatchObject({ date: '2026-03-31', total: 1, qualified: 0 });

    // In UTC, three hours ahead, São Paulo's last evening of February is in March and its last
    // evening of March in April.
    const utc = await report(env, { timeZone: 'UTC' });
    expect(utc.received).toMatchObject({ total: 2, qualified: 2 });
    expect(utc.received.daily[0]).toMatchObject({ date: '2026-03-01', total: 2 });
    expect(utc.received.daily[30]).toMatchObject({ date: '2026-03-31', total: 0 });
    const aprilUtc = await report(env, { timeZone: 'UTC', period: { kind: 'month', month: '2026-04' } });
    expect(aprilUtc.received).toMatchObject({ total: 2, qualified: 1 });

    // A custom range of days, inclusive: 28 Feb to 1 Mar in São Paulo.
    const range = await report(env, { period: { kind: 'range', from: '2026-02-28', to: '2026-03-01' } });
    expect(range.received.total).toBe(2);
    expect(range.received.daily.map((d) => [d.date, d.total])).toEqual([
      ['2026-02-28', 1],
      ['2026-03-01', 1],
    ]);
  });

  it('an empty month: zeros everywhere, every day listed, the integrations with nothing sent', async () => {
    await seedMonth();
    const r = await report(env, { period: { kind: 'month', month: '2026-05' } });
    expect(r.received).toEqual({
      total: 0,
      qualified: 0,
      byOrigin: [],
      bySource: [],
      otherSources: { sources: 0, total: 0, qualified: 0 },
      daily: expect.any(Array) as ClientReport['received']['daily'],
    });
    expect(r.received.daily).toHaveLength(31);
    expect(r.received.daily.every((d) => d.total === 0 && d.qualified === 0)).toBe(true);
    expect(r.notQualified).toMatchObject({ total: 0, blocked: 0, belowThreshold: 0, notScored: 0, blockers: [] });
    expect(r.notQualified.detractors).toEqual([]);
    expect(r.qualified).toEqual({ total: 0, byRange: [] });
    expect(r.delivery.integrations.map((i) => [i.name, i.leads, i.medianMs])).toEqual([
      ['CRM', 0, null],
      ['Hook', 0, null],
    ]);
    expect(r.delivery.total).toMatchObject({ leads: 0, medianMs: null, p90Ms: null });
    expect(r.openErrors).toEqual({ total: 0, rows: [] });
  });

  it('names integrations as they are now: a deleted one keeps its deliveries, a draft with none is left out', async () => {
    const lead = seedLead(env.core, env.client, { receivedAt: march(3) });
    const gone = activeIntegration(env, 'Old CRM');
    insertDispatch(env.core, {
      leadId: lead,
      integrationId: gone,
      state: 'sent',
      createdAt: march(3),
      finishedAt: march(3, 5),
    });
    env.core.forTests.sqlite.prepare('UPDATE integrations SET deleted_at = 1 WHERE id = ?').run(gone);
    const draft = activeIntegration(env, 'Draft');
    env.core.forTests.sqlite.prepare("UPDATE integrations SET status = 'draft' WHERE id = ?").run(draft);
    // Waiting, skipped and cancelled are told apart from errors.
    insertDispatch(env.core, { leadId: lead, integrationId: crm, state: 'held', createdAt: march(3) });
    insertDispatch(env.core, { leadId: lead, integrationId: hook, state: 'skipped', createdAt: march(3) });

    const r = await report(env);
    expect(r.delivery.integrations.map((i) => [i.name, i.deleted])).toEqual([
      ['CRM', false],
      ['Hook', false],
      ['Old CRM', true],
    ]);
    const old = r.delivery.integrations[2]!;
    expect(old).toMatchObject({ leads: 1, sent: 1, medianMs: 5 * MIN, p90Ms: 5 * MIN });
    expect(r.delivery.integrations[0]).toMatchObject({ leads: 1, waiting: 1, sent: 0, medianMs: null });
    expect(r.delivery.integrations[1]).toMatchObject({ leads: 1, skipped: 1 });
  });

  it('the median and 90th percentile are nearest ranks over each pair’s first delivery', async () => {
    // Ten leads sent to CRM 1..10 minutes after they arrived; one of them sent again later.
    const leads = Array.from({ length: 10 }, (_, i) => seedLead(env.core, env.client, { receivedAt: march(4, i) }));
    leads.forEach((lead, i) =>
      insertDispatch(env.core, {
        leadId: lead,
        integrationId: crm,
        state: 'sent',
        createdAt: march(4, i),
        finishedAt: march(4, i) + (i + 1) * MIN,
      }),
    );
    insertDispatch(env.core, {
      leadId: leads[0]!,
      integrationId: crm,
      state: 'sent',
      createdAt: march(9),
      finishedAt: march(9),
    });
    const r = await report(env);
    const c = r.delivery.integrations.find((i) => i.name === 'CRM')!;
    expect(c).toMatchObject({ leads: 10, sent: 10, medianMs: 5 * MIN, p90Ms: 9 * MIN });
  });

  it('an unknown client is not found', async () => {
    const result = await env.core.dispatch('report:get', {
      clientId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
      period: { kind: 'month', month: '2026-03' },
      timeZone: 'UTC',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
