import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError, type HttpClient, type SendContext } from '../../../../electron/core/integrations/connector';
import { createFetchHttpClient } from '../../../../electron/core/integrations/fetch-http-client';
import {
  PREVIOUS_SIGNING_SECRET,
  SIGNING_SECRET,
  webhookConfigSchema,
  type WebhookConfig,
} from '../../../../electron/core/integrations/webhook/config';
import { createWebhookConnector } from '../../../../electron/core/integrations/webhook/connector';
import { generateSigningSecret } from '../../../../electron/core/integrations/webhook/signature';
import { DEFAULT_TEMPLATE } from '../../../../electron/core/integrations/webhook/template';
import { startWebhookReceiver, verifyStandardWebhook, type WebhookReceiver } from '../../../emulators/webhook';
import { ManualClock } from '../../support/core-harness';
import { lead } from './support';

const HOUR = 3_600_000;

describe('webhook signing (verified by the receiver’s independent implementation)', () => {
  let receiver: WebhookReceiver;
  const clock = new ManualClock();
  const current = generateSigningSecret();
  const previous = generateSigningSecret();

  beforeAll(async () => {
    receiver = await startWebhookReceiver({ clock: () => clock.now() });
  });
  afterAll(() => receiver.close());
  beforeEach(() => receiver.reset());

  function config(overrides: Partial<WebhookConfig> = {}): WebhookConfig {
    return webhookConfigSchema.parse({
      name: 'CRM',
      url: receiver.url,
      method: 'POST',
      bodyTemplate: DEFAULT_TEMPLATE,
      headers: [{ name: 'X-Api-Key', secret: true }],
      secrets: { [SIGNING_SECRET]: 'cred-1', 'header:x-api-key': 'cred-h' },
      ...overrides,
    });
  }

  function send(
    cfg: WebhookConfig,
    dispatchId = 'b0a8f6d2-5f0e-4a43-9d38-1f0a3f0e9c11',
    http: HttpClient = createFetchHttpClient({ timeoutMs: 2000 }),
  ) {
    const secrets: Record<string, string> = { 'cred-1': current, 'cred-2': previous, 'cred-h': 'hdr-secret-123456' };
    const ctx: SendContext<WebhookConfig> = {
      dispatchId,
      attempt: 1,
      lead: lead(),
      config: cfg,
      secret: (name) => secrets[cfg.secrets[name] ?? ''] ?? '',
      http,
      steps: { get: () => undefined, set: () => undefined },
      note: () => undefined,
      signal: new AbortController().signal,
    };
    return createWebhookConnector({ clock }).send(ctx);
  }

  it('signs id.timestamp.body with the whsec_ key; the receiver accepts it and rejects a tampered body', async () => {
    receiver.setSecrets([current]);
    await expect(send(config())).resolves.toEqual({ remoteId: 'b0a8f6d2-5f0e-4a43-9d38-1f0a3f0e9c11' });
    const [d] = receiver.deliveries;
    expect(d?.verification).toEqual({ ok: true, matchedSecrets: [0], signatureCount: 1 });
    expect(d?.headers).toMatchObject({
      'webhook-id': 'b0a8f6d2-5f0e-4a43-9d38-1f0a3f0e9c11',
      'webhook-timestamp': String(Math.floor(clock.now() / 1000)),
      'content-type': 'application/json',
      'x-api-key': 'hdr-secret-123456',
    });
    expect(d?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(d?.method).toBe('POST');

    const tampered = await verifyStandardWebhook({
      headers: d!.headers,
      body: d!.body.replace('maria', 'mario'),
      secrets: [current],
      nowSeconds: Math.floor(clock.now() / 1000),
    });
    expect(tampered).toMatchObject({ ok: false, reason: 'no_matching_signature' });
    const wrongSecret = await verifyStandardWebhook({
      headers: d!.headers,
      body: d!.body,
      secrets: [previous],
      nowSeconds: Math.floor(clock.now() / 1000),
    });
    expect(wrongSecret).toMatchObject({ ok: false, reason: 'no_matching_signature' });
    const stale = await verifyStandardWebhook({
      headers: d!.headers,
      body: d!.body,
      secrets: [current],
      nowSeconds: Math.floor(clock.now() / 1000) + 301,
    });
    expect(stale).toMatchObject({ ok: false, reason: 'timestamp_out_of_tolerance' });
  });

  it('a receiver with a wrong secret answers 401, which is a permanent failure (not a pause)', async () => {
    receiver.setSecrets([previous]);
    const err = await send(config()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ errorClass: 'permanent', status: 401 });
  });

  it('during the grace period two signatures go out, each valid for its own secret; after it, one', async () => {
    const rotating = config({
      secrets: { [SIGNING_SECRET]: 'cred-1', [PREVIOUS_SIGNING_SECRET]: 'cred-2', 'header:x-api-key': 'cred-h' },
      previousSecretExpiresAt: clock.now() + 24 * HOUR,
    });
    // A receiver not yet updated still knows only the old secret, and still accepts the lead.
    receiver.setSecrets([previous]);
    await send(rotating);
    expect(receiver.deliveries[0]?.verification).toEqual({ ok: true, matchedSecrets: [0], signatureCount: 2 });
    receiver.setSecrets([current]);
    await send(rotating);
    expect(receiver.deliveries[1]?.verification).toEqual({ ok: true, matchedSecrets: [0], signatureCount: 2 });
    const [sigA, sigB] = (receiver.deliveries[1]?.headers['webhook-signature'] ?? '').split(' ');
    expect(sigA).not.toBe(sigB);

    clock.advance(24 * HOUR);
    receiver.setSecrets([current, previous]);
    await send(rotating);
    expect(receiver.deliveries[2]?.verification).toEqual({ ok: true, matchedSecrets: [0], signatureCount: 1 });
    receiver.setSecrets([previous]);
    await expect(send(rotating)).rejects.toMatchObject({ errorClass: 'permanent', status: 401 });
  });

  it('uses the configured method and never lets a header replace the signature headers', async () => {
    receiver.setSecrets([current]);
    await send(config({ method: 'PUT', headers: [{ name: 'X-Source', secret: false, value: 'zbl' }] }));
    expect(receiver.deliveries[0]).toMatchObject({ method: 'PUT', headers: { 'x-source': 'zbl' } });
    expect(() => config({ headers: [{ name: 'Webhook-Signature', secret: false, value: 'v1,forged' }] })).toThrow();
    expect(() => config({ headers: [{ name: 'Content-Type', secret: false, value: 'text/plain' }] })).toThrow();
    expect(() => config({ url: 'http://example.com/hook' })).toThrow();
  });

  it('a refusal of a request that waited long after signing is retried, not given up', async () => {
    receiver.setSecrets([current]);
    const real = createFetchHttpClient({ timeoutMs: 2000 });
    // The limiter held the request for six minutes before it left: the receiver sees an old timestamp.
    const slow: HttpClient = {
      request: async (req) => {
        clock.advance(6 * 60_000);
        return real.request(req);
      },
    };
    const receiverNow = receiver.deliveries.length;
    const err = await send(config(), undefined, slow).catch((e: unknown) => e);
    expect(receiver.deliveries[receiverNow]?.verification).toMatchObject({ reason: 'timestamp_out_of_tolerance' });
    expect(err).toMatchObject({ errorClass: 'transient', status: 401 });
  });
});
