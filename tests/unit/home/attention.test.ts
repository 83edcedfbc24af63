import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LeadDetail, LeadInput } from '#contract';
import { KEY_UNREADABLE_REASON } from '../../../electron/core/backup/held-keys';
import { call } from '../support/core-harness';
import { integrationStatus, seedIntegration } from '../support/dispatch-core';
import { LEADS } from '../report/support';
import { DAY, HOUR, MIN, openHomeEnv, overview, seedClient, type HomeEnv } from './support';

const START = Date.UTC(2026, 2, 10, 15, 0);

describe('home:overview lists what needs attention, and each row’s action clears it', () => {
  let env: HomeEnv;
  let acme: string;
  let beta: string;
  let cora: string;
  let acmeCrm: string;
  let betaCrm: string;
  let coraCrm: string;

  async function lead(clientId: string, input: Partial<LeadInput>): Promise<string> {
    const created = await call<{ lead: LeadDetail }>(env.core, 'leads:create', { clientId, lead: input });
    await env.time.flush();
    return created.lead.id;
  }

  beforeEach(() => {
    env = openHomeEnv(START);
    acme = seedClient(env.core, 'Acme Dental');
    beta = seedClient(env.core, 'Beta Foods');
    cora = seedClient(env.core, 'Cora Imóveis');
    acmeCrm = seedIntegration(env.core, acme, { name: 'Acme CRM' });
    betaCrm = seedIntegration(env.core, beta, { name: 'Beta CRM' });
    coraCrm = seedIntegration(env.core, cora, { name: 'Cora CRM' });
  });
  afterEach(() => env.close());

  it('nothing to show when every lead was sent', async () => {
    await lead(acme, LEADS.high);
    const home = await overview(env);
    expect(env.sent()).toBe(1);
    expect(home).toMatchObject({ integrations: 3, stopped: [], errors: [], imports: [] });
    expect(home.clients.find((c) => c.clientId === acme)?.today).toEqual({ received: 1, qualified: 1, sent: 1 });
  });

  it('a refused key: the integration is stopped for its key, its leads held; a new key sends them', async () => {
    env.keyRefused.value = true;
    await lead(cora, LEADS.high);
    await lead(cora, LEADS.medium);
    expect(integrationStatus(env.core, coraCrm).status).toBe('needs_attention');

    let home = await overview(env);
    expect(home.stopped).toEqual([
      {
        clientId: cora,
        clientName: 'Cora Imóveis',
        integrationId: coraCrm,
        integrationName: 'Cora CRM',
        integrationType: 'webhook',
        cause: 'credentials',
        reason: 'HTTP 401: the API key was refused',
        held: 2,
        since: START,
      },
    ]);
    expect(home.errors).toEqual([]);

    // Saving the integration without a new key changes nothing: the leads stay held.
    const { vault, sqlite } = env.core.forTests;
    const saved = () =>
      env.core.events.emit('integrations:changed', { reason: 'updated', integrationId: coraCrm, clientId: cora });
    saved();
    await env.time.flush();
    expect(integrationStatus(env.core, coraCrm).status).toBe('needs_attention');

    // A new key, saved after the refusal, as the wizard saves it: the integration resumes and sends.
    env.keyRefused.value = false;
    env.time.time += 5 * MIN;
    const key = vault.put({ clientId: cora, purpose: 'api_key', secret: 'a-new-key' });
    sqlite.prepare('UPDATE integrations SET credential_id = ? WHERE id = ?').run(key, coraCrm);
    saved();
    await env.time.flush();
    expect(integrationStatus(env.core, coraCrm).status).toBe('active');
    expect(env.sent()).toBe(2);
    home = await overview(env);
    expect(home.stopped).toEqual([]);
    expect(home.clients.find((c) => c.clientId === cora)?.today).toEqual({ received: 2, qualified: 2, sent: 2 });
  });

  it('stopped for other reasons: a key that does not open here, settings, a pause; a deactivation only with leads', async () => {
    const unreadable = seedIntegration(env.core, beta, { name: 'Moved', status: 'needs_attention' });
    const broken = seedIntegration(env.core, beta, { name: 'Broken', status: 'needs_attention' });
    const sqlite = env.core.forTests.sqlite;
    sqlite.prepare('UPDATE integrations SET status_reason = ? WHERE id = ?').run(KEY_UNREADABLE_REASON, unreadable);
    sqlite.prepare('UPDATE integrations SET status_reason = ? WHERE id = ?').run('Invalid settings', broken);
    seedIntegration(env.core, beta, { name: 'Off, nothing waits' });
    sqlite.prepare(`UPDATE integrations SET status = 'inactive' WHERE name = 'Off, nothing waits'`).run();
    await call(env.core, 'dispatch:pauseIntegration', { integrationId: acmeCrm });
    await lead(acme, LEADS.high);

    const home = await overview(env);
    expect(home.stopped.map((s) => [s.integrationName, s.cause, s.held])).toEqual([
      ['Acme CRM', 'paused', 1],
      ['Broken', 'settings', 0],
      ['Moved', 'unreadable_key', 0],
    ]);

    // Resume: the paused integration's row goes, and its lead is sent.
    await call(env.core, 'dispatch:resumeIntegration', { integrationId: acmeCrm });
    await env.time.flush();
    expect(env.sent()).toBe(1);
    expect((await overview(env)).stopped.map((s) => s.integrationName)).toEqual(['Broken', 'Moved']);
  });

  it('errors of the last 24 hours per integration; a resend from the row takes them and clears it', async () => {
    env.refuse.add(LEADS.high.fullName);
    env.refuse.add(LEADS.medium.fullName);
    await lead(beta, LEADS.high);
    env.time.time += HOUR;
    await lead(beta, LEADS.medium);
    await lead(beta, LEADS.low); // not qualified: never sent
    await lead(acme, LEADS.high); // another client's error
    env.core.forTests.sqlite.prepare('UPDATE clients SET archived_at = 1 WHERE id = ?').run(acme);

    const home = await overview(env);
    expect(home.errors).toHaveLength(1);
    const row = home.errors[0]!;
    expect(row).toMatchObject({
      clientId: beta,
      integrationId: betaCrm,
      integrationName: 'Beta CRM',
      count: 2,
      firstCreatedAt: START,
      lastFailedAt: START + HOUR,
      lastError: 'HTTP 422: contact refused',
    });

    env.refuse.clear();
    const resend = await call<{ total: number }>(env.core, 'dispatch:bulkResend', {
      clientId: row.clientId,
      integrationId: row.integrationId,
      states: ['error'],
      from: row.firstCreatedAt,
    });
    expect(resend.total).toBe(2);
    for (let i = 0; i < 5; i++) await env.time.flush();
    expect(env.sent()).toBe(2);
    const after = await overview(env);
    expect(after.errors).toEqual([]);
    expect(after.clients.find((c) => c.clientId === beta)?.today).toEqual({ received: 3, qualified: 2, sent: 2 });
  });

  it('an error older than 24 hours is no longer listed', async () => {
    env.refuse.add(LEADS.high.fullName);
    await lead(beta, LEADS.high);
    expect((await overview(env)).errors).toHaveLength(1);
    env.time.time += DAY;
    expect((await overview(env)).errors).toHaveLength(1);
    env.time.time += 1;
    expect((await overview(env)).errors).toEqual([]);
  });
});
