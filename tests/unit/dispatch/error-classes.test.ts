import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { errorFromResponse } from '../../../electron/core/integrations/activecampaign/errors';
import { ConnectorError, type Connector, type HttpResponse } from '../../../electron/core/integrations/connector';
import { call, tempDir } from '../support/core-harness';
import {
  integrationStatus,
  openDispatchCore,
  recordEvents,
  seedClient,
  seedIntegration,
  seedLead,
} from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { acLiteConnector, scriptedConnector, type Script } from './fixtures/connectors';

const MIN = 60_000;

/** A 503 as an edge answers during an outage: an HTML page and no Retry-After. */
const unavailable = (text: string): HttpResponse => ({ status: 503, headers: {}, text, json: () => null });

describe('error classes (fake time)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core | null = null;
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
  });
  afterEach(() => {
    core?.close();
    core = null;
    tmp.cleanup();
  });

  function setup(
    connector: Connector<unknown>,
    o: { network?: { isOnline(): boolean }; fetch?: (u: string, i: RequestInit) => Promise<Response> } = {},
  ) {
    core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector], ...o });
    const client = seedClient(core);
    return { core, client };
  }

  const scripted = (script: Script, perSecond = 1000) =>
    scriptedConnector(time, script, { rateLimit: { perSecond, burst: perSecond } });

  it('rate limited: waits as Retry-After says, spends no attempt, and makes the account back off', async () => {
    const connector = scripted((_ctx, n) => {
      if (n === 1) throw new ConnectorError('rate_limited', 'HTTP 429', { status: 429, retryAfterMs: 30_000 });
      return { remoteId: 'c-1' };
    });
    const { core, client } = setup(connector);
    seedIntegration(core, client);
    const t0 = time.now();
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(core.forTests.engine.limiter.stats('webhook:scripted').blockedUntil).toBe(t0 + 30_000);
    expect(core.forTests.engine.get(d!.id).dispatch).toMatchObject({ state: 'retrying', attemptCount: 0 });
    await time.advance(30_000);
    expect(connector.calls.map((c) => [c.at - t0, c.attempt])).toEqual([
      [0, 1],
      [30_000, 1],
    ]);
    const { dispatch, attempts } = core.forTests.engine.get(d!.id);
    expect(dispatch).toMatchObject({ state: 'sent', attemptCount: 1, remoteId: 'c-1', lastError: null });
    expect(attempts.map((a) => [a.number, a.outcome, a.errorClass])).toEqual([
      [1, 'rate_limited', 'rate_limited'],
      [1, 'sent', null],
    ]);
  });

  it('an outage answering 503 without Retry-After: growing waits, then the guide’s schedule, then error', async () => {
    const outage = errorFromResponse(unavailable('<html>503</html>'), 'sync contact');
    const connector = scripted(() => {
      throw outage;
    });
    const { core, client } = setup(connector);
    seedIntegration(core, client);
    const t0 = time.now();
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    // The whole account pauses with the dispatch, so an outage is not probed once a second.
    expect(core.forTests.engine.limiter.stats('webhook:scripted').blockedUntil).toBe(t0 + 5_000);
    expect(core.forTests.engine.get(d!.id).dispatch).toMatchObject({ state: 'retrying', attemptCount: 0 });
    await time.advance(3 * 60 * MIN);
    const s = 1000;
    // Per spent attempt: three unspent waits of 5, 20 and 60 s, then a failed attempt on the schedule.
    const probes = (at: number) => [at, at + 5 * s, at + 25 * s, at + 85 * s];
    expect(connector.calls.map((c) => c.at - t0)).toEqual([
      ...probes(0),
      ...probes(85 * s + MIN),
      ...probes(170 * s + 6 * MIN),
      ...probes(255 * s + 21 * MIN),
      ...probes(340 * s + 51 * MIN),
    ]);
    const { dispatch, attempts } = core.forTests.engine.get(d!.id);
    expect(dispatch).toMatchObject({ state: 'error', attemptCount: 5, lastStatus: 503 });
    expect(attempts.map((a) => a.outcome)).toEqual(
      Array.from({ length: 5 }, () => ['rate_limited', 'rate_limited', 'rate_limited', 'failed']).flat(),
    );
    expect(attempts.map((a) => a.number)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5]);
  });

  it('an outage that ends: the dispatch is sent and a later 503 starts the waits afresh', async () => {
    const outage = errorFromResponse(unavailable(''), 'sync contact');
    const connector = scripted((_ctx, n) => {
      if (n === 3) return { remoteId: 'c-1' };
      throw outage;
    });
    const { core, client } = setup(connector);
    seedIntegration(core, client);
    const t0 = time.now();
    const [first] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(MIN);
    expect(core.forTests.engine.get(first!.id).dispatch).toMatchObject({ state: 'sent', attemptCount: 1 });
    const [second] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(core.forTests.engine.get(second!.id).dispatch).toMatchObject({ state: 'retrying', attemptCount: 0 });
    expect(connector.calls.map((c) => c.at - t0)).toEqual([0, 5_000, 25_000, MIN]);
  });

  it('rate limited: caps a very long Retry-After', async () => {
    const connector = scripted((_ctx, n) => {
      if (n === 1) throw new ConnectorError('rate_limited', 'HTTP 429', { retryAfterMs: 6 * 3_600_000 });
      return {};
    });
    const { core, client } = setup(connector);
    seedIntegration(core, client);
    const t0 = time.now();
    core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(60 * MIN);
    expect(connector.calls.map((c) => c.at - t0)).toEqual([0, 10 * MIN]);
  });

  it('permanent: error at once with the reason, no further attempt', async () => {
    const connector = scripted(() => {
      throw new ConnectorError('permanent', 'HTTP 422: email is invalid', { status: 422 });
    });
    const { core, client } = setup(connector);
    seedIntegration(core, client);
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.advance(2 * 60 * MIN);
    expect(connector.calls).toHaveLength(1);
    expect(core.forTests.engine.get(d!.id).dispatch).toMatchObject({
      state: 'error',
      attemptCount: 1,
      lastErrorClass: 'permanent',
      lastError: 'HTTP 422: email is invalid',
      lastStatus: 422,
    });
  });

  it('an unexpected throw in a connector is transient, not a lost lead', async () => {
    const connector = scripted((_ctx, n) => {
      if (n === 1) throw new TypeError('cannot read properties of undefined');
      return {};
    });
    const { core, client } = setup(connector);
    seedIntegration(core, client);
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(core.forTests.engine.get(d!.id).dispatch).toMatchObject({ state: 'retrying', lastErrorClass: 'transient' });
    expect(core.forTests.engine.get(d!.id).dispatch.lastError).toContain('cannot read properties of undefined');
    await time.advance(MIN);
    expect(core.forTests.engine.get(d!.id).dispatch.state).toBe('sent');
  });

  it('auth: pauses the integration as needs attention, holds its dispatches without spending, resumes when fixed', async () => {
    let fixed = false;
    const connector = scripted(() => {
      if (!fixed) throw new ConnectorError('auth', 'HTTP 403: the API token is invalid', { status: 403 });
      return {};
    }, 1); // one in flight, so the others are still pending when the first is refused
    const { core, client } = setup(connector);
    const events = recordEvents(core);
    const integ = seedIntegration(core, client);
    const other = seedIntegration(core, client, { type: 'webhook', name: 'Second' });
    const leads = [seedLead(core, client), seedLead(core, client), seedLead(core, client)];
    for (const l of leads) core.forTests.engine.enqueueLead(l);
    await time.flush();

    expect(integrationStatus(core, integ)).toEqual({
      status: 'needs_attention',
      status_reason: 'HTTP 403: the API token is invalid',
    });
    const mine = core.forTests.engine.list({ integrationId: integ, limit: 50 });
    expect(mine.map((d) => [d.state, d.heldReason, d.attemptCount])).toEqual(
      Array(3).fill(['held', 'needs_attention', 0]),
    );
    expect(events.filter((e) => e.event === 'dispatch:integrationStatus').map((e) => e.payload)).toContainEqual({
      integrationId: integ,
      clientId: client,
      status: 'needs_attention',
      reason: 'HTTP 403: the API token is invalid',
    });
    // A lead arriving meanwhile is held too; nothing is tried while the credentials are wrong.
    const late = core.forTests.engine.enqueueLead(seedLead(core, client)).find((d) => d.integrationId === integ);
    expect(late).toMatchObject({ state: 'held', heldReason: 'needs_attention' });
    const triedSoFar = connector.calls.filter((c) => mine.some((d) => d.id === c.dispatchId)).length;
    await time.advance(2 * 60 * MIN);
    expect(connector.calls.filter((c) => mine.some((d) => d.id === c.dispatchId))).toHaveLength(triedSoFar);

    fixed = true;
    expect(await call(core, 'dispatch:resumeIntegration', { integrationId: integ })).toEqual({
      integrationId: integ,
      status: 'active',
      moved: 4,
    });
    await time.advance(10_000);
    expect(integrationStatus(core, integ).status).toBe('active');
    const after = core.forTests.engine.list({ integrationId: integ, limit: 50 });
    expect(after.map((d) => [d.state, d.attemptCount])).toEqual(Array(4).fill(['sent', 1]));
    const firstAttempts = core.forTests.engine.get(mine.at(-1)!.id).attempts.map((a) => a.outcome);
    expect(firstAttempts).toEqual(['held', 'sent']);
    expect(integrationStatus(core, other).status).toBe('needs_attention'); // same fake credentials refused there too
  });

  it('auth on a test dispatch fails it at once, since someone is waiting for the verdict', async () => {
    const connector = scripted(() => {
      throw new ConnectorError('auth', 'HTTP 403');
    });
    const { core, client } = setup(connector);
    const integ = seedIntegration(core, client, { status: 'draft' });
    const d = core.forTests.engine.enqueue(seedLead(core, client, { isTest: true }), integ, { isTest: true });
    await time.flush();
    expect(core.forTests.engine.get(d.id).dispatch).toMatchObject({
      state: 'error',
      lastErrorClass: 'auth',
      isTest: true,
    });
    expect(integrationStatus(core, integ).status).toBe('draft');
  });

  it('offline: holds without spending attempts and sends once the network returns', async () => {
    let online = false;
    const network = { isOnline: () => online };
    const fetchCalls: string[] = [];
    const fakeFetch = (url: string): Promise<Response> => {
      fetchCalls.push(url);
      if (!online) {
        const cause = Object.assign(new Error('getaddrinfo ENOTFOUND acme.api-us1.com'), { code: 'ENOTFOUND' });
        return Promise.reject(new TypeError('fetch failed', { cause }));
      }
      return Promise.resolve(Response.json({ contact: { id: '42' } }, { status: 201 }));
    };
    const { core, client } = setup(acLiteConnector(), { network, fetch: fakeFetch });
    const cred = core.forTests.vault.put({ clientId: client, purpose: 'ac', secret: 'secret-api-key-123' });
    const integ = seedIntegration(core, client, {
      type: 'activecampaign',
      config: { apiUrl: 'https://acme.api-us1.com/api/3' },
      credentialId: cred,
    });
    const ds = [seedLead(core, client), seedLead(core, client)].map((l) => core.forTests.engine.enqueueLead(l)[0]!);
    await time.flush();
    const held = core.forTests.engine.list({ integrationId: integ, limit: 10 });
    expect(held.some((d) => d.state === 'held' && d.heldReason === 'offline')).toBe(true);
    expect(held.every((d) => d.attemptCount === 0)).toBe(true);
    const triedOffline = fetchCalls.length;
    await time.advance(30 * MIN);
    expect(fetchCalls).toHaveLength(triedOffline); // offline: no attempt at all

    online = true;
    await time.advance(2000);
    for (const d of ds) {
      expect(core.forTests.engine.get(d.id).dispatch).toMatchObject({ state: 'sent', attemptCount: 1, remoteId: '42' });
    }
    const outcomes = ds.flatMap((d) => core.forTests.engine.get(d.id).attempts.map((a) => a.outcome));
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(2);
    expect(outcomes.filter((o) => o !== 'sent').every((o) => o === 'held')).toBe(true);
  });

  it('an integration its connector cannot run needs attention; its dispatch waits instead of failing', async () => {
    const connector = scripted(() => ({}));
    const { core, client } = setup(connector);
    const integ = seedIntegration(core, client, { type: 'pipedrive' });
    const [d] = core.forTests.engine.enqueueLead(seedLead(core, client));
    await time.flush();
    expect(core.forTests.engine.get(d!.id).dispatch).toMatchObject({
      state: 'held',
      heldReason: 'needs_attention',
      attemptCount: 0,
    });
    expect(integrationStatus(core, integ)).toEqual({
      status: 'needs_attention',
      status_reason: 'This version of the app cannot send to "pipedrive" integrations.',
    });
  });
});
