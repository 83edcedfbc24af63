import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { createWebhookConnector, GONE_MESSAGE } from '../../../../electron/core/integrations/webhook/connector';
import { startWebhookReceiver, type WebhookReceiver } from '../../../emulators/webhook';
import { call, tempDir } from '../../support/core-harness';
import { integrationStatus, openDispatchCore, seedClient, seedLead } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { activateDirectly, revealSecret, saveWebhook } from './support';

const MIN = 60_000;

/** The real engine, outbox and HTTP client, with time moved by hand, against the receiver. */
describe('webhook through the dispatch engine (fake time)', () => {
  let rx: WebhookReceiver;
  let tmp: ReturnType<typeof tempDir>;
  let time: FakeTime;
  let core: Core;
  let client: string;

  beforeAll(async () => {
    // The receiver checks timestamps against the same fake clock the app signs with.
    rx = await startWebhookReceiver({ clock: () => time.now() });
  });
  afterAll(() => rx.close());
  beforeEach(() => {
    rx.reset();
    tmp = tempDir();
    time = new FakeTime();
    rx.setSecrets([]);
    core = openDispatchCore(tmp.dir, {
      clock: time,
      timers: time,
      connectors: [createWebhookConnector({ clock: time })],
    });
    client = seedClient(core, 'Acme Ltda');
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  async function setup(config: Parameters<typeof saveWebhook>[3] = {}) {
    const saved = await saveWebhook(core, client, rx.url, config);
    activateDirectly(core, saved.id);
    rx.setSecrets([await revealSecret(core, saved.id)]);
    return saved.id;
  }

  it('keeps the same webhook-id on every retry, retries 5xx on the guide’s schedule and succeeds', async () => {
    const id = await setup({ headers: [{ name: 'Authorization', value: 'Bearer tok-s3cr3t-value', secret: true }] });
    rx.script.add({ kind: 'status', status: 500, body: 'boom' });
    rx.script.add({ kind: 'status', status: 502 });
    const t0 = time.now();
    const [d] = core.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(1);
    await time.flush();
    expect(core.engine.get(d!.id).dispatch).toMatchObject({ state: 'retrying', nextAttemptAt: t0 + MIN });
    await time.advance(MIN);
    await rx.waitForDeliveries(2);
    await time.flush();
    await time.advance(5 * MIN);
    await rx.waitForDeliveries(3);
    await time.flush();

    const { dispatch, attempts } = core.engine.get(d!.id);
    expect(dispatch).toMatchObject({ state: 'sent', attemptCount: 3 });
    expect(attempts.map((a) => [a.outcome, a.errorClass, a.statusCode])).toEqual([
      ['failed', 'transient', 500],
      ['failed', 'transient', 502],
      ['sent', null, 200],
    ]);
    const ids = rx.deliveries.map((x) => x.headers['webhook-id']);
    expect(new Set(ids)).toEqual(new Set([d!.id]));
    // Only a test lead carries the test header.
    expect(rx.deliveries.map((x) => x.headers['x-zbl-test'])).toEqual([undefined, undefined, undefined]);
    expect(rx.deliveries.map((x) => x.repeatOf)).toEqual([null, 1, 1]);
    // Each attempt is signed afresh at its own time, and each signature verifies.
    expect(rx.deliveries.map((x) => Number(x.headers['webhook-timestamp']) - Math.floor(t0 / 1000))).toEqual([
      0, 60, 360,
    ]);
    expect(rx.deliveries.every((x) => x.verification.ok)).toBe(true);
    expect(integrationStatus(core, id).status).toBe('active');
  });

  it('a timeout and a reset are transient; the per-request timeout is the configured one', async () => {
    await setup({ timeoutMs: 3_000 });
    rx.setSecrets([]);
    rx.script.add({ kind: 'timeout' });
    rx.script.add({ kind: 'reset' });
    const [d] = core.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(1);
    await time.advance(2_999);
    expect(core.engine.get(d!.id).dispatch.state).toBe('sending');
    await time.advance(1);
    expect(core.engine.get(d!.id).dispatch).toMatchObject({ state: 'retrying', lastErrorClass: 'transient' });
    expect(core.engine.get(d!.id).dispatch.lastError).toContain('3000 ms');
    await time.advance(MIN);
    await rx.waitForDeliveries(2);
    await time.flush();
    expect(core.engine.get(d!.id).dispatch).toMatchObject({
      state: 'retrying',
      attemptCount: 2,
      lastErrorClass: 'transient',
    });
  });

  it('410 Gone pauses the integration as needing attention and holds the lead without spending it', async () => {
    const id = await setup();
    rx.script.add({ kind: 'status', status: 410, times: 0 });
    const [d] = core.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(1);
    await time.flush();
    expect(integrationStatus(core, id)).toEqual({ status: 'needs_attention', status_reason: GONE_MESSAGE });
    expect(core.engine.get(d!.id).dispatch).toMatchObject({ state: 'held', attemptCount: 0 });
    const detail = await call<{ status: string; statusReason: string }>(core, 'integrations:get', { id });
    expect(detail).toMatchObject({ status: 'needs_attention', statusReason: GONE_MESSAGE });
    // Nothing more is sent while it needs attention.
    await time.advance(30 * MIN);
    expect(rx.deliveries).toHaveLength(1);
  });

  it('429 waits as Retry-After says; other 4xx (401 included) fail at once without pausing', async () => {
    const id = await setup();
    rx.script.add({ kind: 'status', status: 429, headers: { 'Retry-After': '20' } });
    rx.script.add({ kind: 'status', status: 401, body: '{"error":"bad signature"}' });
    const t0 = time.now();
    const [d] = core.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(1);
    await time.flush();
    expect(core.engine.get(d!.id).dispatch).toMatchObject({
      state: 'retrying',
      attemptCount: 0,
      nextAttemptAt: t0 + 20_000,
    });
    await time.advance(20_000);
    await rx.waitForDeliveries(2);
    await time.flush();
    expect(core.engine.get(d!.id).dispatch).toMatchObject({
      state: 'error',
      lastErrorClass: 'permanent',
      lastStatus: 401,
    });
    expect(integrationStatus(core, id).status).toBe('active');
    rx.script.add({ kind: 'status', status: 422 });
    const [e] = core.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(3);
    await time.flush();
    expect(core.engine.get(e!.id).dispatch).toMatchObject({ state: 'error', attemptCount: 1, lastStatus: 422 });
  });

  it('never writes the signing secret or a secret header value to the database, WAL or logs', async () => {
    const headerSecret = 'Bearer very-secret-token-0123456789';
    const id = await setup({
      headers: [
        { name: 'Authorization', value: headerSecret, secret: true },
        { name: 'X-Tenant', value: 'acme', secret: false },
      ],
    });
    const signing = await revealSecret(core, id);
    rx.script.add({ kind: 'status', status: 500, body: `echo ${headerSecret} ${signing}` });
    const [d] = core.engine.enqueueLead(seedLead(core, client));
    await rx.waitForDeliveries(1);
    await time.flush();
    await time.advance(MIN);
    await rx.waitForDeliveries(2);
    await time.flush();
    const view = core.engine.get(d!.id);
    expect(view.dispatch.state).toBe('sent');
    expect(rx.deliveries[0]?.headers.authorization).toBe(headerSecret);
    const calls = view.attempts.flatMap((a) => a.calls);
    expect(calls[0]?.requestHeaders).toMatchObject({ Authorization: '[redacted]', 'X-Tenant': 'acme' });
    expect(view.attempts[0]?.responseExcerpt).toContain('[redacted]');

    const detail = JSON.stringify(await call(core, 'integrations:get', { id }));
    const keyBody = signing.slice('whsec_'.length);
    const tokenPart = 'very-secret-token-0123456789';
    expect(detail).not.toContain(tokenPart);
    expect(detail).not.toContain(keyBody);
    core.close();
    const files = [
      ...readdirSync(tmp.dir).map((f) => join(tmp.dir, f)),
      ...readdirSync(join(tmp.dir, 'logs')).map((f) => join(tmp.dir, 'logs', f)),
    ].filter((f) => statSync(f).isFile());
    expect(files.some((f) => f.endsWith('.db'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file).toString('latin1');
      expect(bytes.includes(tokenPart), file).toBe(false);
      expect(bytes.includes(keyBody), file).toBe(false);
    }
  });
});
