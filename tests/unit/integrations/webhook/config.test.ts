import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client, IntegrationDetail, OutputOf } from '#contract';
import type { Core } from '../../../../electron/core';
import { checkWebhookUrl } from '../../../../electron/core/integrations/webhook/config';
import { call, ManualClock, openTestCore, tempDir } from '../../support/core-harness';
import { revealSecret, saveWebhook } from './support';

const HOUR = 3_600_000;

describe('webhook settings: validation, secrets and rotation', () => {
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let core: Core;
  let client: Client;

  beforeEach(async () => {
    tmp = tempDir();
    clock = new ManualClock();
    core = openTestCore(tmp.dir, clock);
    client = await call<Client>(core, 'clients:create', { name: 'Acme' });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  async function issues(config: Record<string, unknown>): Promise<Array<[string, string]>> {
    const result = await core.dispatch('webhook:save', {
      clientId: client.id,
      config: { url: 'https://crm.example.com/hook', ...config },
    });
    if (result.ok) return [];
    const details = result.error.details as { issues?: Array<{ path: unknown[]; reason: string }> } | undefined;
    return (details?.issues ?? [{ path: [], reason: result.error.code }]).map((i) => [i.path.join('.'), i.reason]);
  }

  it('accepts https anywhere and plain http only to this computer', () => {
    expect(checkWebhookUrl('https://crm.example.com/hooks?x=1')).toEqual({
      ok: true,
      url: 'https://crm.example.com/hooks?x=1',
    });
    for (const ok of ['http://localhost:3000/h', 'http://127.0.0.1/h', 'http://[::1]:8080/']) {
      expect(checkWebhookUrl(ok).ok, ok).toBe(true);
    }
    expect(checkWebhookUrl('http://crm.example.com/h')).toEqual({ ok: false, reason: 'insecure_http' });
    expect(checkWebhookUrl('http://127.0.0.1.nip.io/h')).toEqual({ ok: false, reason: 'insecure_http' });
    expect(checkWebhookUrl('ftp://x.com')).toEqual({ ok: false, reason: 'invalid_url' });
    expect(checkWebhookUrl('https://user:pw@x.com')).toEqual({ ok: false, reason: 'credentials_in_url' });
    expect(checkWebhookUrl('https://x.com/#a')).toEqual({ ok: false, reason: 'fragment' });
    expect(checkWebhookUrl('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reports every problem on its field', async () => {
    expect(await issues({ url: 'http://crm.example.com' })).toEqual([['config.url', 'insecure_http']]);
    expect(
      await issues({
        headers: [
          { name: 'X Bad', value: 'a' },
          { name: 'webhook-signature', value: 'v1,x' },
          { name: 'Content-Type', value: 'text/plain' },
          { name: 'X-Token', value: 'a\r\nInjected: yes' },
          { name: 'x-token', value: 'b' },
          { name: 'Authorization', secret: true },
          { name: 'X-Pin', value: '1234', secret: true },
          { name: 'X-ZBL-Test', value: 'false' },
        ],
      }),
    ).toEqual([
      ['config.headers.0.name', 'invalid_name'],
      ['config.headers.1.name', 'reserved'],
      ['config.headers.2.name', 'reserved'],
      ['config.headers.3.value', 'invalid_value'],
      ['config.headers.4.name', 'duplicate'],
      ['config.headers.5.value', 'required'],
      ['config.headers.6.value', 'too_short'],
      // The app marks test leads with it (docs/webhook-signing.md §1).
      ['config.headers.7.name', 'reserved'],
    ]);
    expect(await issues({ bodyTemplate: '{"a": "{{lead.nope}}"}' })).toEqual([
      ['config.bodyTemplate.a', 'unknown_placeholder'],
    ]);
    expect(await issues({ bodyTemplate: '{' })).toEqual([['config.bodyTemplate', 'invalid_json']]);
    expect(await issues({ timeoutMs: 61_000 })).toEqual([['config.timeoutMs', 'too_big']]);
    expect(await issues({ method: 'GET' })).toEqual([['config.method', 'invalid_value']]);
    expect(await issues({ name: '  ' })).toEqual([['config.name', 'empty']]);
  });

  it('saves a draft with a fresh secret shown once, the default template and secret headers in the vault', async () => {
    const saved = await saveWebhook(core, client.id, 'https://crm.example.com/hook', {
      headers: [
        { name: 'Authorization', value: 'Bearer abcdefghijklmnop', secret: true },
        { name: 'X-Tenant', value: 'acme' },
      ],
    });
    expect(saved.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(saved.signingSecret!.slice(6), 'base64')).toHaveLength(32);
    expect(saved.config).toMatchObject({
      method: 'POST',
      timeoutMs: 10_000,
      rotationGraceHours: 24,
      headers: [
        { name: 'Authorization', secret: true, value: null, hint: '…mnop' },
        { name: 'X-Tenant', secret: false, value: 'acme', hint: null },
      ],
      signing: { set: true, rotatedAt: null, previousExpiresAt: null },
    });
    expect(saved.config.bodyTemplate).toContain('{{lead}}');
    const row = core.sqlite
      .prepare<[string], { config: string }>('SELECT config FROM integrations WHERE id = ?')
      .get(saved.id);
    expect(row?.config).not.toContain('abcdefghijklmnop');
    expect(row?.config).not.toContain(saved.signingSecret!.slice(6));
    const detail = await call<IntegrationDetail>(core, 'integrations:get', { id: saved.id });
    expect(detail).toMatchObject({ type: 'webhook', status: 'draft', credential: { set: true } });

    // A blank secret value keeps the stored one; a removed secret header leaves the vault.
    const again = await saveWebhook(
      core,
      client.id,
      'https://crm.example.com/hook2',
      { headers: [{ name: 'Authorization', secret: true }] },
      saved.id,
    );
    expect(again.signingSecret).toBeNull();
    expect(again.config.headers).toEqual([{ name: 'Authorization', secret: true, value: null, hint: '…mnop' }]);
    expect(await revealSecret(core, saved.id)).toBe(saved.signingSecret);
    const count = () =>
      core.sqlite
        .prepare<[], { n: number }>("SELECT count(*) AS n FROM credentials WHERE purpose LIKE 'webhook:%'")
        .get()?.n;
    expect(count()).toBe(2);
    await saveWebhook(core, client.id, 'https://crm.example.com/hook2', { headers: [] }, saved.id);
    expect(count()).toBe(1);
    await call(core, 'integrations:delete', { id: saved.id });
    expect(count()).toBe(0);
  });

  it('rotates: the previous secret keeps signing for the grace period, then leaves the vault', async () => {
    const saved = await saveWebhook(core, client.id, 'https://crm.example.com/hook', { rotationGraceHours: 2 });
    const rotated = await call<OutputOf<'webhook:rotateSecret'>>(core, 'webhook:rotateSecret', { id: saved.id });
    expect(rotated.signingSecret).not.toBe(saved.signingSecret);
    expect(rotated.signing).toMatchObject({ rotatedAt: clock.now(), previousExpiresAt: clock.now() + 2 * HOUR });
    expect(await revealSecret(core, saved.id)).toBe(rotated.signingSecret);

    const preview = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', { integrationId: saved.id });
    expect(preview.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    clock.advance(2 * HOUR);
    const after = await call<OutputOf<'webhook:revealSecret'>>(core, 'webhook:revealSecret', { id: saved.id });
    expect(after.signing.previousExpiresAt).toBeNull();
    const later = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', { integrationId: saved.id });
    expect(later.headers['webhook-signature']?.split(' ')).toHaveLength(1);

    await call(core, 'webhook:rotateSecret', { id: saved.id });
    const ended = await call<OutputOf<'webhook:endRotation'>>(core, 'webhook:endRotation', { id: saved.id });
    expect(ended.signing.previousExpiresAt).toBeNull();
  });

  it('keeps {{client.name}} current after the client is renamed', async () => {
    const saved = await saveWebhook(core, client.id, 'https://crm.example.com/hook', {
      bodyTemplate: '{"c":"{{client.name}}","i":"{{integration.id}}"}',
    });
    const first = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', { integrationId: saved.id });
    expect(JSON.parse(first.body)).toEqual({ c: 'Acme', i: saved.id });
    await call(core, 'clients:rename', { id: client.id, name: 'Acme Brasil' });
    const second = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', { integrationId: saved.id });
    expect(JSON.parse(second.body)).toEqual({ c: 'Acme Brasil', i: saved.id });
  });

  it('previews unsaved settings with masked secret headers and template errors in place', async () => {
    const preview = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', {
      clientId: client.id,
      config: {
        url: 'https://crm.example.com/h',
        method: 'PATCH',
        headers: [{ name: 'Authorization', value: 'Bearer typed-secret-value', secret: true }],
        bodyTemplate: '{"email":"{{lead.email}}","score":"{{score}}"}',
      },
      lead: { email: 'ana@empresa.com.br', score: 91 },
    });
    expect(preview).toMatchObject({ method: 'PATCH', errors: [] });
    expect(JSON.parse(preview.body)).toEqual({ email: 'ana@empresa.com.br', score: 91 });
    expect(preview.headers.Authorization).toBe('…alue');
    expect(preview.headers['webhook-signature']).toMatch(/^v1,\(/);
    expect(JSON.stringify(preview)).not.toContain('typed-secret');
    const broken = await call<OutputOf<'webhook:preview'>>(core, 'webhook:preview', {
      clientId: client.id,
      config: { url: 'https://crm.example.com/h', bodyTemplate: '{"a":"{{lead.x}}"}' },
    });
    expect(broken).toMatchObject({ body: '', errors: [{ path: ['bodyTemplate', 'a'] }] });
  });
});
