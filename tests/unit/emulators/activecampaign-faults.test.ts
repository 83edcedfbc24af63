import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { acCall } from '../../emulators/activecampaign/test-client';

describe('rate limit (injected clock, no sleeping)', () => {
  let now = 1_000_000;
  let emu: AcEmulator;

  beforeAll(async () => {
    emu = await startAcEmulator({ clock: () => now, accounts: [{ apiToken: 'A', extraTokens: ['B'] }] });
  });
  afterAll(async () => {
    await emu.close();
  });
  beforeEach(() => {
    // Also undoes the previous test's setRateLimit().
    emu.reset();
  });

  it('allows 5 calls per second per account, then 429 with Retry-After and RateLimit-* headers', async () => {
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 5; i++) {
      // Alternating keys: the budget belongs to the account, not to the key.
      const res = await acCall(emu, 'GET', '/users/me', undefined, { token: i % 2 === 0 ? 'A' : 'B' });
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('5');
      remaining.push(res.headers.get('ratelimit-remaining'));
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);

    now += 400;
    const limited = await acCall(emu, 'GET', '/lists');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(emu.stats.rateLimited).toBe(1);
    expect(emu.log.entries().at(-1)?.rateLimited).toBe(true);

    now += 600; // the first calls leave the 1 s window
    expect((await acCall(emu, 'GET', '/lists')).status).toBe(200);
    expect(emu.stats.rateLimited).toBe(1);
    expect(emu.stats.peakPerWindow).toBe(5);
  });

  it('sliding window: a slot frees only when the oldest call is a full window old', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
      now += 100;
    }
    // Calls sit at t0..t0+400 and now = t0+500: still 5 in the window.
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(429);
    now += 500; // t0+1000: the call at t0 drops out
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(429);
  });

  it('Retry-After can be forced (AC documents 30) and limiting can be switched off', async () => {
    emu.setRateLimit({ ratePerSecond: 1, retryAfterSeconds: 30 });
    await acCall(emu, 'GET', '/users/me');
    const limited = await acCall(emu, 'GET', '/users/me');
    expect(limited.headers.get('retry-after')).toBe('30');

    emu.setRateLimit({ ratePerSecond: 0 });
    for (let i = 0; i < 20; i++) expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
    const last = await acCall(emu, 'GET', '/users/me');
    expect(last.headers.get('ratelimit-limit')).toBeNull();
    expect(emu.stats.peakPerWindow).toBeGreaterThanOrEqual(22);
  });

  it('rejected keys do not spend the budget', async () => {
    for (let i = 0; i < 10; i++)
      expect((await acCall(emu, 'GET', '/users/me', undefined, { token: 'x' })).status).toBe(403);
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
  });
});

describe('fault injection', () => {
  let emu: AcEmulator;

  beforeAll(async () => {
    emu = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(async () => {
    await emu.close();
  });
  beforeEach(() => {
    emu.reset();
  });

  it('500 with a JSON errors body, for the next call only', async () => {
    emu.faults.status(500);
    const failed = await acCall<{ errors: Array<{ status: number }> }>(emu, 'GET', '/users/me');
    expect(failed.status).toBe(500);
    expect(failed.body.errors[0]?.status).toBe(500);
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
    expect(emu.faults.pending()).toEqual([]);
  });

  it('502/503 come as gateway HTML, with Retry-After only when asked', async () => {
    emu.faults.status(503, { retryAfter: 2 });
    emu.faults.status(503);
    emu.faults.status(502);
    const withHeader = await acCall(emu, 'GET', '/lists');
    expect(withHeader.status).toBe(503);
    expect(withHeader.headers.get('retry-after')).toBe('2');
    expect(withHeader.headers.get('content-type')).toContain('text/html');
    expect(withHeader.body).toBeUndefined();
    const without = await acCall(emu, 'GET', '/lists');
    expect(without.status).toBe(503);
    expect(without.headers.get('retry-after')).toBeNull();
    expect((await acCall(emu, 'GET', '/lists')).status).toBe(502);
  });

  it('an injected 429 carries Retry-After but is not counted as a real rate-limit hit', async () => {
    emu.faults.status(429, { retryAfter: 3 });
    const res = await acCall(emu, 'POST', '/contact/sync', { contact: { email: 'a@b.co' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(emu.stats.rateLimited).toBe(0);
    expect(emu.stats.byStatus['429']).toBe(1);
    expect(emu.state.snapshot().contacts).toEqual([]);
  });

  it('401, 404 and 422 with bodies; custom bodies are sent as given', async () => {
    emu.faults.status(401);
    emu.faults.status(404);
    emu.faults.status(422, { body: { errors: [{ title: 'Custom', code: 'field_invalid' }] } });
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(401);
    const nf = await acCall<{ errors: Array<{ title: string }> }>(emu, 'GET', '/users/me');
    expect(nf.status).toBe(404);
    expect(nf.body.errors[0]?.title).toBe('Not Found');
    const custom = await acCall(emu, 'GET', '/users/me');
    expect(custom.status).toBe(422);
    expect(custom.body).toEqual({ errors: [{ title: 'Custom', code: 'field_invalid' }] });
  });

  it('matches by method and path glob, honours times and skip', async () => {
    emu.faults.status(500, { method: 'POST', path: '/contact*', times: 2, skip: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await acCall(emu, 'GET', '/lists')).status);
      statuses.push((await acCall(emu, 'POST', '/contactTags', { contactTag: {} })).status);
    }
    // GETs untouched; the first POST skipped, the next two fail, then normal (422: empty body).
    expect(statuses).toEqual([200, 422, 200, 500, 200, 500, 200, 422]);
  });

  it('timeout: the call hangs until the client gives up, then the emulator carries on', async () => {
    emu.faults.timeout({ path: '/users/me' });
    const started = Date.now();
    await expect(
      acCall(emu, 'GET', '/users/me', undefined, { signal: AbortSignal.timeout(150) }),
    ).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(emu.log.entries()[0]).toMatchObject({ fault: 'timeout', status: 0 });
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
  });

  it('delay: answers late but still performs the write (a client may retry a done call)', async () => {
    emu.faults.delay(200, { path: '/contact/sync' });
    await expect(
      acCall(
        emu,
        'POST',
        '/contact/sync',
        { contact: { email: 'slow@example.com' } },
        { signal: AbortSignal.timeout(50) },
      ),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(emu.state.contact('slow@example.com')).toBeUndefined();
    await vi.waitFor(() => expect(emu.state.contact('slow@example.com')).toBeDefined(), {
      timeout: 1000,
      interval: 20,
    });
  });

  it('reset: the connection is dropped', async () => {
    emu.faults.reset();
    const err: unknown = await acCall(emu, 'GET', '/users/me').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(emu.log.entries()[0]).toMatchObject({ fault: 'reset', status: 0 });
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
  });

  it('badJson: a 200 whose JSON body is cut short', async () => {
    emu.faults.badJson({ path: '/contact/sync' });
    const res = await fetch(`${emu.apiUrl}/contact/sync`, {
      method: 'POST',
      headers: { 'Api-Token': emu.apiToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ contact: { email: 'x@example.com' } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    await expect(res.json()).rejects.toBeInstanceOf(SyntaxError);
    expect(emu.state.snapshot().contacts).toEqual([]);
  });

  it('faults can target one account of a multi-account emulator', async () => {
    const other = emu.addAccount({ name: 'agency-b', apiToken: 'B-KEY' });
    emu.faults.status(503, { account: 'agency-b' });
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
    expect((await acCall(other, 'GET', '/users/me')).status).toBe(503);
  });
});
