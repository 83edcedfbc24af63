import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startWebhookReceiver,
  verifyStandardWebhook,
  type Delivery,
  type WebhookReceiver,
} from '../../emulators/webhook';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** A request signed here by hand, so the receiver is checked without the app's signer. */
function signed(body: string, secret = SECRET, id = 'msg_1', ts = Math.floor(Date.now() / 1000)) {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${ts}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': `v1,${mac}` };
}

async function post(url: string, body: string, headers: Record<string, string>, timeoutMs = 2000) {
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: res.status, text: await res.text() };
}

describe('webhook receiver emulator', () => {
  let rx: WebhookReceiver;
  beforeAll(async () => {
    rx = await startWebhookReceiver({ secrets: [SECRET] });
  });
  afterAll(() => rx.close());
  beforeEach(() => {
    rx.reset();
    rx.setSecrets([SECRET]);
  });

  it('verifies the Standard Webhooks reference example', async () => {
    const result = await verifyStandardWebhook({
      headers: {
        'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        'webhook-timestamp': '1614265330',
        'webhook-signature': 'v1,bogus v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      },
      body: '{"test": 2432232314}',
      secrets: [SECRET],
      nowSeconds: 1614265330,
    });
    expect(result).toEqual({ ok: true, matchedSecrets: [0], signatureCount: 2 });
  });

  it('records verified deliveries, answers 401 to a bad signature, and marks repeated ids', async () => {
    const body = '{"lead":"ok"}';
    expect((await post(rx.url, body, signed(body))).status).toBe(200);
    expect((await post(rx.url, body, signed(body, 'whsec_' + Buffer.alloc(24, 7).toString('base64')))).status).toBe(
      401,
    );
    expect((await post(rx.url, body, {})).status).toBe(401);
    expect(rx.deliveries.map((d) => [d.answer, d.verification.ok, d.repeatOf])).toEqual([
      [200, true, null],
      [401, false, 1],
      [401, false, null],
    ]);
    expect(rx.deliveries[2]?.verification).toMatchObject({ reason: 'missing_header' });
    expect(rx.deliveries[0]?.json).toEqual({ lead: 'ok' });
  });

  it('answers as scripted through the control endpoints: statuses, reset, timeout, slow', async () => {
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${new URL(rx.url).origin}/__receiver${path}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    expect(await control('GET', '/health')).toEqual({ status: 200, body: { ok: true, deliveries: 0, secrets: 1 } });
    await control('POST', '/respond', {
      rules: [
        { kind: 'status', status: 410, body: 'gone' },
        { kind: 'status', status: 503, headers: { 'Retry-After': '7' } },
        { kind: 'reset' },
        { kind: 'timeout' },
        { kind: 'slow', ms: 30 },
      ],
    });
    const body = '{}';
    expect(await post(rx.url, body, signed(body))).toEqual({ status: 410, text: 'gone' });
    expect((await post(rx.url, body, signed(body))).status).toBe(503);
    await expect(post(rx.url, body, signed(body))).rejects.toThrow();
    await expect(post(rx.url, body, signed(body), 200)).rejects.toThrow(/timeout|abort/i);
    const started = performance.now();
    expect((await post(rx.url, body, signed(body))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(rx.deliveries.map((d) => d.answer)).toEqual([410, 503, 'reset', 'timeout', 200]);

    const listed = await control('GET', '/deliveries');
    expect((listed.body as Delivery[]).map((d) => d.seq)).toEqual([1, 2, 3, 4, 5]);
    expect((await control('POST', '/secrets', { secrets: ['nope'] })).status).toBe(400);
    expect(await control('POST', '/secrets', { secrets: [SECRET, SECRET] })).toEqual({
      status: 200,
      body: { secrets: 2 },
    });
    expect((await control('POST', '/reset')).status).toBe(200);
    expect(rx.deliveries).toEqual([]);
  });

  it('runs as a CLI that prints one ready line', async () => {
    const cli = fileURLToPath(new URL('../../emulators/webhook/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--secret', SECRET], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const line = chunk.toString().trim();
      expect(line).toMatch(/^WEBHOOK_RECEIVER_READY http:\/\/127\.0\.0\.1:\d+\/hooks\/leads$/);
      const url = line.split(' ')[1] as string;
      expect((await post(url, '{}', signed('{}'))).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
