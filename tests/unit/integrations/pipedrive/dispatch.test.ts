import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '../../../emulators/pipedrive';
import { integrationStatus, seedLead } from '../../support/dispatch-core';
import { activateDirectly, savePipedrive, settle, usePdCore } from './support';

const MIN = 60_000;

/** The real engine, outbox and HTTP client against the emulator, with time moved by hand. */
describe('Pipedrive through the dispatch engine (token route, fake time)', () => {
  let integration: string;
  const env = usePdCore(async ({ core, emu, client }) => {
    const saved = await savePipedrive(core, emu, { clientId: client, token: emu.apiToken });
    integration = saved.id;
    activateDirectly(core, integration);
  });

  function enqueue(lead: Parameters<typeof seedLead>[2] = {}): string {
    const [d] = env.core.forTests.engine.enqueueLead(
      seedLead(env.core, env.client, {
        fullName: 'Maria da Silva',
        email: 'maria@acme.com.br',
        phone: '+5511987654321',
        company: 'Acme Comércio Ltda',
        cnpj: '11222333000181',
        utm: { source: 'google' },
        score: 82,
        scoreRange: 'high',
        ...lead,
      }),
    );
    return d!.id;
  }
  const state = (id: string) => env.core.forTests.engine.get(id).dispatch;
  const until = (id: string, states: string[]) => settle(env.time, () => states.includes(state(id).state));

  it('creates organization, person (custom fields by key, typed) and a lead with the range’s label, via x-api-token', async () => {
    const id = enqueue();
    await until(id, ['sent']);
    const snap = env.emu.state.snapshot();
    expect(snap.organizations.map((o) => o.name)).toEqual(['Acme Comércio Ltda']);
    expect(snap.persons).toHaveLength(1);
    const person = snap.persons[0]!;
    expect(person).toMatchObject({
      name: 'Maria da Silva',
      org_id: snap.organizations[0]!.id,
      emails: [{ value: 'maria@acme.com.br', primary: true, label: 'work' }],
      phones: [{ value: '+5511987654321', primary: true, label: 'work' }],
    });
    expect(person.custom_fields).toEqual({
      [FIELD_KEYS.score]: 82,
      [FIELD_KEYS.scoreRange]: 'high',
      [FIELD_KEYS.cnpj]: '11.222.333/0001-81',
      [FIELD_KEYS.utmSource]: 'google',
    });
    const hot = snap.labels.find((l) => l.name === 'Hot')!;
    expect(snap.leads).toEqual([
      expect.objectContaining({
        title: 'Maria da Silva (Acme Comércio Ltda)',
        person_id: person.id,
        organization_id: snap.organizations[0]!.id,
        label_ids: [hot.id],
      }),
    ]);
    expect(state(id).remoteId).toBe(snap.leads[0]!.id);
    // Every call carried the token in the header, never in the query.
    const api = env.emu.log.filter((e) => e.path.startsWith('/api/'));
    expect(api.every((e) => e.auth === 'token' && !e.queryToken)).toBe(true);
    const calls = env.core.forTests.engine.get(id).attempts.flatMap((a) => a.calls);
    expect(calls.every((c) => c.requestHeaders['x-api-token'] === '[redacted]')).toBe(true);
    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'GET /api/v2/organizations/search',
      'POST /api/v2/organizations',
      'GET /api/v2/persons/search',
      'POST /api/v2/persons',
      'GET /api/v1/leadLabels',
      'POST /api/v1/leads',
    ]);
  });

  it('finds an existing person and organization instead of creating them; a missing label is created', async () => {
    const first = enqueue();
    await until(first, ['sent']);
    const second = enqueue({
      email: 'MARIA@acme.com.br',
      score: 55,
      scoreRange: 'medium',
      company: 'ACME COMÉRCIO LTDA',
    });
    await until(second, ['sent']);
    const snap = env.emu.state.snapshot();
    expect(snap.persons).toHaveLength(1);
    expect(snap.organizations).toHaveLength(1);
    expect(snap.leads).toHaveLength(2);
    // The found person's mapped fields were brought up to date.
    expect(snap.persons[0]!.custom_fields[FIELD_KEYS.score]).toBe(55);
    const morno = snap.labels.find((l) => l.name === 'Morno');
    expect(morno).toBeDefined();
    expect(snap.leads[1]!.label_ids).toEqual([morno!.id]);
    const notes = env.core.forTests.engine.get(second).attempts.flatMap((a) => a.notes ?? []);
    expect(notes.join(' ')).toContain('already was a person in Pipedrive');
  });

  it('a retry resumes after the confirmed steps: no second person, organization or lead', async () => {
    env.emu.faults.status(502, { method: 'POST', path: '/api/v1/leads' });
    const id = enqueue();
    await until(id, ['retrying']);
    expect(state(id)).toMatchObject({ attemptCount: 1, lastErrorClass: 'transient', lastStatus: 502 });
    expect(env.emu.state.snapshot().persons).toHaveLength(1);
    await env.time.advance(MIN);
    await until(id, ['sent']);
    const snap = env.emu.state.snapshot();
    expect([snap.persons.length, snap.organizations.length, snap.leads.length]).toEqual([1, 1, 1]);
    const second = env.core.forTests.engine
      .get(id)
      .attempts[1]!.calls.map((c) => `${c.method} ${new URL(c.url).pathname}`);
    expect(second).toEqual(['GET /api/v1/leads', 'POST /api/v1/leads']);
  });

  it('429 with Retry-After waits as told without spending an attempt, then sends', async () => {
    env.emu.faults.status(429, { method: 'POST', path: '/api/v2/persons', retryAfter: 30 });
    const t0 = env.time.now();
    const id = enqueue();
    await until(id, ['retrying']);
    const waiting = state(id);
    expect(waiting).toMatchObject({ attemptCount: 0, lastErrorClass: 'rate_limited', lastStatus: 429 });
    expect(waiting.nextAttemptAt! - t0).toBeGreaterThanOrEqual(30_000);
    expect(waiting.nextAttemptAt! - t0).toBeLessThan(33_000);
    await env.time.advance(30_000);
    await until(id, ['sent']);
    expect(env.emu.state.snapshot().persons).toHaveLength(1);
  });

  it('X-RateLimit-Remaining 0 holds the company for X-RateLimit-Reset seconds before the next call goes', async () => {
    env.emu.rate.configure({ burst: 3, windowMs: 4_000 });
    const id = enqueue();
    await until(id, ['retrying', 'sent']);
    expect(state(id)).toMatchObject({ state: 'retrying', attemptCount: 0, lastErrorClass: 'rate_limited' });
    // Nothing reached the emulator over its limit: the fourth call was held back by the headers.
    expect(env.emu.log.filter((e) => e.rateLimited)).toHaveLength(0);
    await until(id, ['sent']);
    expect(env.emu.log.filter((e) => e.rateLimited)).toHaveLength(0);
    expect(env.emu.state.snapshot().leads).toHaveLength(1);
  });

  it('classifies refusals: 400 and 404 fail at once with Pipedrive’s words, 5xx and timeouts retry', async () => {
    env.emu.faults.status(400, {
      method: 'POST',
      path: '/api/v2/persons',
      body: { success: false, error: 'Validation failed: emails: Invalid email', errorCode: 400 },
    });
    const bad = enqueue();
    await until(bad, ['error']);
    expect(state(bad)).toMatchObject({ attemptCount: 1, lastErrorClass: 'permanent', lastStatus: 400 });
    expect(state(bad).lastError).toContain('Validation failed: emails: Invalid email');
    env.emu.faults.status(404, { method: 'GET', path: '/api/v2/organizations/search' });
    const missing = enqueue({ email: 'b@acme.com.br' });
    await until(missing, ['error']);
    expect(state(missing)).toMatchObject({ lastErrorClass: 'permanent', lastStatus: 404 });
    env.emu.faults.timeout({ method: 'GET', path: '/api/v2/persons/search' });
    const slow = enqueue({ email: 'c@acme.com.br' });
    // The engine's own request timeout decides; fake time runs past it.
    await settle(env.time, () => state(slow).state === 'retrying', 1_000, 120);
    expect(state(slow)).toMatchObject({ attemptCount: 1, lastErrorClass: 'transient' });
  });

  it('401 on the token route pauses the integration as needing attention and holds the lead', async () => {
    env.emu.faults.status(401, { method: 'GET', path: '/api/v2/organizations/search' });
    const id = enqueue();
    await until(id, ['held']);
    expect(state(id).attemptCount).toBe(0);
    expect(integrationStatus(env.core, integration).status).toBe('needs_attention');
    expect(integrationStatus(env.core, integration).status_reason).toContain('did not accept the credentials');
  });
});
