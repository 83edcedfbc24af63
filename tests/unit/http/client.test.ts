import { createServer } from 'node:net';
import type { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorForStatus } from '../../../electron/core/http/classify';
import { createHttpClient, type FetchFn } from '../../../electron/core/http/client';
import { interfaceNetworkStatus, type NetworkStatus } from '../../../electron/core/http/network';
import { createRateLimiter } from '../../../electron/core/http/rate-limiter';
import { AttemptRecorder, RESPONSE_EXCERPT_BYTES } from '../../../electron/core/http/record';
import { systemTimers } from '../../../electron/core/http/timers';
import { ConnectorError } from '../../../electron/core/integrations/connector';
import { Redactor } from '../../../electron/core/lib/redact';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';

const clock = { now: () => Date.now() };
const online: NetworkStatus = { isOnline: () => true };

function client(o: { fetch?: FetchFn; network?: NetworkStatus; recorder?: AttemptRecorder; timeoutMs?: number } = {}) {
  const recorder = o.recorder ?? new AttemptRecorder(new Redactor());
  const limiter = createRateLimiter({
    clock,
    timers: systemTimers,
    maxConcurrent: 4,
    windowMarginMs: 0,
    maxBlockMs: 1000,
  });
  const http = createHttpClient({
    fetch: o.fetch ?? ((u, i) => fetch(u, i)),
    limiter,
    rateKey: 'test',
    policy: { perSecond: 100, burst: 100 },
    network: o.network ?? online,
    clock,
    timers: systemTimers,
    recorder,
    signal: new AbortController().signal,
    defaultTimeoutMs: o.timeoutMs ?? 5000,
  });
  return { http, recorder };
}

async function failure(p: Promise<unknown>): Promise<ConnectorError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ConnectorError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

describe('HttpClient', () => {
  let ac: AcEmulator;
  beforeAll(async () => {
    ac = await startAcEmulator({ ratePerSecond: 0 });
  });
  afterAll(() => ac.close());
  beforeEach(() => ac.reset());

  it('learns the credentials a request carries, so an answer echoing them is masked too', async () => {
    const learnt: string[] = [];
    const recorder = new AttemptRecorder(new Redactor(), (value) => learnt.push(value));
    // A remote that repeats the caller's credentials back, as a debugging proxy might.
    const echo: FetchFn = (_url, init) =>
      Promise.resolve(new Response(JSON.stringify({ seen: init.headers }), { status: 500 }));
    const { http } = client({ fetch: echo, recorder });
    const bearer = 'renewed-access-token-0001';
    await http.request({
      method: 'GET',
      url: 'http://127.0.0.1:9/v1/me?api_token=query-token-0002',
      headers: { Authorization: `Bearer ${bearer}`, 'x-api-token': 'header-token-0003', 'X-Tenant': 'acme-tenant' },
    });
    expect(learnt).toEqual([bearer, 'header-token-0003', 'query-token-0002']);
    const excerpt = recorder.last?.excerpt ?? '';
    expect(excerpt).toContain('acme-tenant');
    for (const secret of learnt) expect(JSON.stringify([recorder.calls, excerpt])).not.toContain(secret);
  });

  it('records each call redacted: key headers, query secrets, secret JSON keys and known secret values', async () => {
    const redactor = new Redactor();
    redactor.addValue(ac.apiToken);
    const { http, recorder } = client({ recorder: new AttemptRecorder(redactor) });
    const res = await http.request({
      method: 'POST',
      url: `${ac.apiUrl}/contact/sync?api_token=${ac.apiToken}&x=1`,
      headers: { 'Api-Token': ac.apiToken, 'X-Trace': `t-${ac.apiToken}` },
      json: { contact: { email: 'ana@acme.com.br', firstName: 'Ana' }, password: 'hunter2!', note: ac.apiToken },
      label: 'sync contact',
    });
    expect(res.status).toBe(201);
    expect((res.json() as { contact: { email: string } }).contact.email).toBe('ana@acme.com.br');
    const [call] = recorder.calls;
    expect(call).toMatchObject({
      label: 'sync contact',
      method: 'POST',
      status: 201,
      requestHeaders: { 'Api-Token': '[redacted]', 'X-Trace': 't-[redacted]' },
      requestBody: { contact: { email: 'ana@acme.com.br' }, password: '[redacted]', note: '[redacted]' },
      error: null,
    });
    expect(call!.url).toContain('api_token=%5Bredacted%5D');
    expect(JSON.stringify(recorder.calls)).not.toContain(ac.apiToken);
    expect(recorder.last?.excerpt).toContain('ana@acme.com.br');
    // The emulator speaks AC's rate-limit headers only when limiting; the content type is always kept.
    expect(call!.responseHeaders['content-type']).toContain('application/json');
  });

  it('keeps the rate-limit headers and Retry-After of an answer', async () => {
    ac.faults.status(429, { retryAfter: 7, headers: { 'RateLimit-Limit': '5', 'RateLimit-Remaining': '0' } });
    const { http, recorder } = client();
    const res = await http.request({
      method: 'GET',
      url: `${ac.apiUrl}/users/me`,
      headers: { 'Api-Token': ac.apiToken },
    });
    expect(recorder.last?.headers).toMatchObject({
      'retry-after': '7',
      'ratelimit-remaining': '0',
      'ratelimit-limit': '5',
    });
    const err = errorForStatus(res);
    expect(err).toMatchObject({ errorClass: 'rate_limited', retryAfterMs: 7000, status: 429 });
  });

  it('keeps at most 4 KB of a response, cut on a character boundary', async () => {
    const big = 'ç'.repeat(10_000);
    const { http, recorder } = client({ fetch: () => Promise.resolve(new Response(big, { status: 500 })) });
    await http.request({ method: 'GET', url: 'https://acme.api-us1.com/api/3/users/me' });
    expect(Buffer.byteLength(recorder.last!.excerpt!)).toBeLessThanOrEqual(RESPONSE_EXCERPT_BYTES);
    expect(recorder.last!.excerpt!.endsWith('ç…')).toBe(true);
    expect(Buffer.byteLength(recorder.calls[0]!.responseExcerpt!)).toBeLessThanOrEqual(1024);
  });

  it('classifies a timeout, a reset and a refused connection as transient', async () => {
    ac.faults.timeout();
    const timedOut = await failure(
      client({ timeoutMs: 150 }).http.request({ method: 'GET', url: `${ac.apiUrl}/tags` }),
    );
    expect(timedOut).toMatchObject({ errorClass: 'transient', message: 'No answer within 150 ms.' });

    ac.faults.reset();
    const reset = await failure(client().http.request({ method: 'GET', url: `${ac.apiUrl}/tags` }));
    expect(reset.errorClass).toBe('transient');
    expect(reset.message).toMatch(/ECONNRESET|UND_ERR_SOCKET|other side closed/);

    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = s.address() as { port: number };
        s.close(() => resolve(p));
      });
    });
    const { http, recorder } = client();
    const refused = await failure(http.request({ method: 'GET', url: `http://127.0.0.1:${port}/` }));
    expect(refused.errorClass).toBe('transient');
    expect(refused.message).toContain('ECONNREFUSED');
    expect(recorder.calls[0]).toMatchObject({ status: null, error: { errorClass: 'transient' } });
  });

  it('answers a truncated JSON body, and fails only when the connector parses it', async () => {
    ac.faults.badJson();
    const res = await client().http.request({
      method: 'GET',
      url: `${ac.apiUrl}/contacts`,
      headers: { 'Api-Token': ac.apiToken },
    });
    expect(res.status).toBe(200);
    expect(() => res.json()).toThrow(ConnectorError);
    expect(() => res.json()).toThrow(/not valid JSON/);
  });

  it('treats DNS failures as offline only when the machine has no network', async () => {
    const dnsFailure: FetchFn = () =>
      Promise.reject(
        new TypeError('fetch failed', {
          cause: Object.assign(new Error('getaddrinfo EAI_AGAIN x'), { code: 'EAI_AGAIN' }),
        }),
      );
    const url = 'https://acme.api-us1.com/api/3/users/me';
    const up = await failure(client({ fetch: dnsFailure }).http.request({ method: 'GET', url }));
    expect(up.errorClass).toBe('transient');
    const down = await failure(
      client({ fetch: dnsFailure, network: { isOnline: () => false } }).http.request({ method: 'GET', url }),
    );
    expect(down).toMatchObject({ errorClass: 'offline', message: 'There is no network connection.' });
  });

  it.each([
    [500, {}, 'transient'],
    [502, {}, 'transient'],
    [503, {}, 'transient'],
    [503, { 'Retry-After': '2' }, 'rate_limited'],
    [503, { 'RateLimit-Remaining': '0' }, 'rate_limited'],
    [429, {}, 'rate_limited'],
    [401, {}, 'auth'],
    [403, {}, 'auth'],
    [400, {}, 'permanent'],
    [404, {}, 'permanent'],
    [422, {}, 'permanent'],
  ])('maps HTTP %i %j to %s', (status, headers, errorClass) => {
    expect(errorForStatus({ status, headers, text: '{}' })?.errorClass).toBe(errorClass);
  });

  it('says online when a non-internal interface has an address', () => {
    const lo = { address: '127.0.0.1', internal: true } as const;
    const eth = { address: '192.168.0.2', internal: false } as const;
    const list = (value: object) => () => value as ReturnType<typeof networkInterfaces>;
    expect(interfaceNetworkStatus(list({ lo: [lo] })).isOnline()).toBe(false);
    expect(interfaceNetworkStatus(list({ lo: [lo], eth0: [eth] })).isOnline()).toBe(true);
  });
});
