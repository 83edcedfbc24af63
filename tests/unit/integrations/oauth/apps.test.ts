import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OAuthAppView } from '#contract';
import type { Core } from '../../../../electron/core';
import { OAUTH_APPS_FILE } from '../../../../electron/core/integrations/oauth/app-credentials';
import { call, ManualClock, openTestCore, tempDir } from '../../support/core-harness';

describe('the agency’s OAuth apps (Settings)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(() => {
    tmp = tempDir();
    core = openTestCore(tmp.dir, new ManualClock());
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  const SECRET = 'hubspot-client-secret-0123456789';

  it('lists HubSpot and Pipedrive with their defaults before anything is entered', async () => {
    const apps = await call<OAuthAppView[]>(core, 'oauth:apps', {});
    expect(apps.map((a) => a.provider)).toEqual(['hubspot', 'pipedrive']);
    expect(apps[0]).toMatchObject({
      clientId: null,
      clientSecret: { set: false, hint: null },
      authorizeUrl: 'https://app.hubspot.com/oauth/authorize',
      tokenUrl: 'https://api.hubapi.com/oauth/v1/token',
      redirectUri: 'http://127.0.0.1:<port>/oauth/callback',
      customEndpoints: false,
    });
    expect(apps[1]!.defaults.tokenUrl).toBe('https://oauth.pipedrive.com/oauth/token');
  });

  it('seals the client secret: the renderer gets a hint, the file holds ciphertext only', async () => {
    const saved = await call<OAuthAppView>(core, 'oauth:saveApp', {
      provider: 'hubspot',
      clientId: ' 1a2b3c4d-client ',
      clientSecret: `  ${SECRET}\n`,
      redirectPort: 53682,
    });
    expect(saved).toMatchObject({
      clientId: '1a2b3c4d-client',
      clientSecret: { set: true, hint: '…6789' },
      redirectUri: 'http://127.0.0.1:53682/oauth/callback',
    });
    const file = readFileSync(join(tmp.dir, OAUTH_APPS_FILE), 'utf8');
    expect(file).toContain('1a2b3c4d-client');
    expect(file).not.toContain(SECRET);
    // An empty secret keeps the stored one.
    const again = await call<OAuthAppView>(core, 'oauth:saveApp', { provider: 'hubspot', clientId: 'other-id' });
    expect(again.clientSecret).toEqual({ set: true, hint: '…6789' });
    const logs = readFileSync(join(tmp.dir, 'logs', 'app.log'), 'utf8');
    expect(logs).not.toContain(SECRET);
  });

  it('refuses a missing secret and endpoints that are not https (plain http only for this computer)', async () => {
    const noSecret = await core.dispatch('oauth:saveApp', { provider: 'pipedrive', clientId: 'abc' });
    expect(noSecret).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { issues: [{ path: ['clientSecret'] }] } },
    });
    const plain = await core.dispatch('oauth:saveApp', {
      provider: 'hubspot',
      clientId: 'abc',
      clientSecret: SECRET,
      tokenUrl: 'http://auth.example.com/token',
    });
    expect(plain).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['tokenUrl'], reason: 'invalid_url' }] } },
    });
    const local = await call<OAuthAppView>(core, 'oauth:saveApp', {
      provider: 'hubspot',
      clientId: 'abc',
      clientSecret: SECRET,
      tokenUrl: 'http://127.0.0.1:9999/oauth/v1/token',
    });
    expect(local).toMatchObject({ tokenUrl: 'http://127.0.0.1:9999/oauth/v1/token', customEndpoints: true });
    const removed = await call<OAuthAppView>(core, 'oauth:deleteApp', { provider: 'hubspot' });
    expect(removed).toMatchObject({ clientId: null, clientSecret: { set: false } });
  });
});
