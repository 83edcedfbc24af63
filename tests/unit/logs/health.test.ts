import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import type { LogsHealth } from '#contract';
import { DAY_MS, HEALTH_SQL } from '../../../electron/core/logs/health';
import { call, ManualClock, openTestCore, tempDir } from '../support/core-harness';
import { seedClient, seedIntegration } from '../support/dispatch-core';
import { insertDispatch } from './outbox-rows';

const HOUR = 3_600_000;

describe('logs:health', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let clock: ManualClock;
  let acme: string;
  let beta: string;
  let acmeAc: string;
  let betaHook: string;

  beforeEach(() => {
    tmp = tempDir();
    // 12:00 UTC; São Paulo (UTC−3) is at 09:00 of the same day.
    clock = new ManualClock(Date.UTC(2026, 10, 26, 12, 0, 0));
    core = openTestCore(tmp.dir, clock);
    acme = seedClient(core, 'Acme');
    beta = seedClient(core, 'Beta');
    acmeAc = seedIntegration(core, acme, { type: 'activecampaign', name: 'AC Acme' });
    betaHook = seedIntegration(core, beta, { type: 'webhook', name: 'Hook Beta' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const health = (input: Record<string, unknown> = {}) => call<LogsHealth>(core, 'logs:health', input);
  const of = (h: LogsHealth, id: string) => h.clients.find((c) => c.clientId === id)!;

  it('counts each window from its first millisecond to now, and nothing outside', async () => {
    const now = clock.now();
    const at = (createdAt: number, state: 'sent' | 'error' | 'retrying' | 'held' = 'sent') =>
      insertDispatch(core, { clientId: acme, integrationId: acmeAc, state, createdAt });
    at(now); // the window's end
    at(now - DAY_MS); // the 24 h window's first millisecond
    at(now - DAY_MS - 1, 'error'); // a millisecond too old for 24 h, in the month
    at(now - 30 * DAY_MS, 'retrying'); // the month's first millisecond
    at(now - 30 * DAY_MS - 1); // too old for both
    at(now + 1); // a clock that moved back: not yet
    at(now - HOUR, 'held'); // held is not one of the counted states
    insertDispatch(core, { clientId: beta, integrationId: betaHook, state: 'error', createdAt: now - HOUR });

    const h = await health();
    expect(of(h, acme).last24h).toEqual({ sent: 2, error: 0, retrying: 0 });
    expect(of(h, acme).last30d).toEqual({ sent: 2, error: 1, retrying: 1 });
    expect(of(h, beta).last24h).toEqual({ sent: 0, error: 1, retrying: 0 });
    // One client only: the other's counts are not even computed.
    const one = await health({ clientId: beta });
    expect(one.clients.map((c) => c.clientId)).toEqual([beta]);
    expect(one.clients[0]!.last30d).toEqual({ sent: 0, error: 1, retrying: 0 });
  });

  it('buckets days at the user’s midnight, oldest first, ending today', async () => {
    const offset = -180; // São Paulo
    const localMidnight = Date.UTC(2026, 10, 26, 3, 0, 0); // 00:00 in São Paulo, in UTC
    const add = (createdAt: number, state: 'sent' | 'error' = 'sent') =>
      insertDispatch(core, { clientId: acme, integrationId: acmeAc, state, createdAt });
    add(localMidnight); // today's first millisecond
    add(localMidnight - 1, 'error'); // yesterday's last
    add(localMidnight - 29 * DAY_MS); // the chart's first day
    add(localMidnight - 29 * DAY_MS - 1); // in the 30-day total, before the chart's first bar

    const h = await health({ utcOffsetMinutes: offset });
    const daily = of(h, acme).daily;
    expect(daily).toHaveLength(30);
    expect(daily.at(-1)).toEqual({ day: localMidnight, sent: 1, error: 0, retrying: 0 });
    expect(daily.at(-2)).toEqual({ day: localMidnight - DAY_MS, sent: 0, error: 1, retrying: 0 });
    expect(daily[0]).toEqual({ day: localMidnight - 29 * DAY_MS, sent: 1, error: 0, retrying: 0 });
    expect(daily.reduce((n, d) => n + d.sent, 0)).toBe(2);
    expect(of(h, acme).last30d.sent).toBe(3);
    // In UTC the same rows fall on other days.
    const utc = of(await health(), acme).daily;
    expect(utc.at(-1)!.day).toBe(Date.UTC(2026, 10, 26));
    expect(utc.at(-1)!.error + utc.at(-1)!.sent).toBe(2);
  });

  it('lists integrations that need a look, and new errors until the user has seen them', async () => {
    const now = clock.now();
    const set = (id: string, status: string, reason: string | null = null) =>
      core.forTests.sqlite
        .prepare('UPDATE integrations SET status = ?, status_reason = ? WHERE id = ?')
        .run(status, reason, id);
    set(acmeAc, 'needs_attention', 'The API key was refused (HTTP 401).');
    const paused = seedIntegration(core, beta, { name: 'Paused one', status: 'paused' });
    const inactiveHolding = seedIntegration(core, beta, { name: 'Off but holding' });
    set(inactiveHolding, 'inactive');
    insertDispatch(core, { clientId: beta, integrationId: inactiveHolding, state: 'held', createdAt: now - HOUR });
    insertDispatch(core, { clientId: beta, integrationId: inactiveHolding, state: 'held', createdAt: now - HOUR });
    const inactiveEmpty = seedIntegration(core, beta, { name: 'Off and empty' });
    set(inactiveEmpty, 'inactive');
    const deleted = seedIntegration(core, beta, { name: 'Deleted', status: 'paused' });
    core.forTests.sqlite.prepare('UPDATE integrations SET deleted_at = 1 WHERE id = ?').run(deleted);
    const archived = seedClient(core, 'Archived');
    seedIntegration(core, archived, { status: 'paused' });
    core.forTests.sqlite.prepare('UPDATE clients SET archived_at = 1 WHERE id = ?').run(archived);

    const error = (updatedAt: number) =>
      insertDispatch(core, { clientId: acme, integrationId: acmeAc, state: 'error', createdAt: updatedAt, updatedAt });
    error(now - 31 * DAY_MS); // older than the month: not new even if never seen
    error(now - 2 * HOUR);
    error(now - HOUR);

    let h = await health();
    expect(h.clients.map((c) => c.clientName)).toEqual(['Acme', 'Beta']);
    expect(h.attention).toEqual([
      {
        kind: 'integration',
        clientId: acme,
        clientName: 'Acme',
        integrationId: acmeAc,
        integrationName: 'AC Acme',
        status: 'needs_attention',
        reason: 'The API key was refused (HTTP 401).',
        held: 0,
      },
      expect.objectContaining({ integrationId: inactiveHolding, status: 'inactive', held: 2 }),
      expect.objectContaining({ integrationId: paused, status: 'paused', held: 0 }),
      { kind: 'errors', clientId: acme, clientName: 'Acme', count: 2, since: now - 30 * DAY_MS },
    ]);
    expect(of(h, acme)).toMatchObject({ newErrors: 2, lastSeenAt: null });

    // The user reviews Acme's errors; only a later one is new.
    const seen = await call<{ seenAt: number }>(core, 'logs:markSeen', { clientId: acme });
    expect(seen.seenAt).toBe(now);
    clock.advance(HOUR);
    error(clock.now());
    h = await health();
    expect(of(h, acme)).toMatchObject({ newErrors: 1, lastSeenAt: now });
    expect(h.attention.at(-1)).toEqual({ kind: 'errors', clientId: acme, clientName: 'Acme', count: 1, since: now });
    // Kept in the preferences, next to (not instead of) the app's own.
    await call(core, 'settings:update', { language: 'en' });
    expect(of(await health(), acme).lastSeenAt).toBe(now);
  });

  it('reads through indexes', () => {
    const plan = (sql: string, params: Record<string, unknown>) =>
      core.forTests.sqlite
        .prepare<[Record<string, unknown>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(params)
        .map((r) => r.detail)
        .join('\n');
    const window = { offset: 0, since24h: 0, since30d: 0, now: 1 };
    expect(plan(HEALTH_SQL.buckets(false), window)).toMatch(/SEARCH d USING (COVERING )?INDEX dispatches_log_idx/);
    expect(plan(HEALTH_SQL.buckets(true), { ...window, clientId: acme })).toMatch(
      /SEARCH d USING (COVERING )?INDEX dispatches_client_log_idx/,
    );
    const integrations = plan(HEALTH_SQL.integrations(false), {});
    expect(integrations).toMatch(/SEARCH i USING INDEX integrations_status_idx/);
    expect(integrations).toMatch(/SEARCH d USING (COVERING )?INDEX dispatches_integration_due_idx/);
    expect(plan(HEALTH_SQL.newErrors, { clientId: acme, since: 0 })).toMatch(
      /SEARCH d USING COVERING INDEX dispatches_errors_idx \(client_id=\? AND updated_at>\?\)/,
    );
  });
});
