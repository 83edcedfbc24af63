import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHubspotEmulator, type HubspotEmulator } from '../../emulators/hubspot';

/** The emulator itself, over HTTP, against docs/crm/hubspot.md. */
describe('HubSpot emulator', () => {
  let now = Date.UTC(2026, 10, 26, 12);
  let emu: HubspotEmulator;
  beforeAll(async () => {
    emu = await startHubspotEmulator({ clock: () => now });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const api = (method: string, path: string, body?: unknown, token: string | null = emu.privateToken) =>
    fetch(`${emu.url}${path}`, {
      method,
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${emu.url}/__emulator${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

  it('wants Authorization: Bearer (docs/crm/hubspot.md §1): none or an unknown token is a 401', async () => {
    for (const token of [null, 'wrong-token-value']) {
      const res = await api('GET', '/crm/v3/properties/contacts', undefined, token);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
    }
    expect((await api('GET', '/crm/v3/properties/contacts')).status).toBe(200);
  });

  it('create needs both properties and associations, and a duplicate e-mail is a 409 naming the id (docs/crm/hubspot.md §2)', async () => {
    expect((await api('POST', '/crm/v3/objects/contacts', { properties: { email: 'a@b.co' } })).status).toBe(400);
    const created = await api('POST', '/crm/v3/objects/contacts', {
      properties: { email: 'a@b.co' },
      associations: [],
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const dup = await api('POST', '/crm/v3/objects/contacts', { properties: { email: 'A@b.co' }, associations: [] });
    expect(dup.status).toBe(409);
    expect(await dup.json()).toMatchObject({
      category: 'CONFLICT',
      message: `Contact already exists. Existing ID: ${id}`,
    });
  });

  it('upserts by e-mail: 200 with new true then false; 207 with errors for an unknown property (docs/crm/hubspot.md §3)', async () => {
    const body = (properties: Record<string, string>) => ({
      inputs: [{ id: 'x@y.co', idProperty: 'email', properties }],
    });
    const first = await api('POST', '/crm/v3/objects/contacts/batch/upsert', body({ firstname: 'X' }));
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'COMPLETE', results: [{ new: true }] });
    const second = await api('POST', '/crm/v3/objects/contacts/batch/upsert', body({ firstname: 'Y' }));
    expect(await second.json()).toMatchObject({ results: [{ new: false, properties: { firstname: 'Y' } }] });
    const bad = await api('POST', '/crm/v3/objects/contacts/batch/upsert', body({ nope: '1' }));
    expect(bad.status).toBe(207);
    expect(await bad.json()).toMatchObject({ results: [], errors: [{ category: 'VALIDATION_ERROR' }] });
    const noId = await api('POST', '/crm/v3/objects/contacts/batch/upsert', { inputs: [{ properties: {} }] });
    expect(noId.status).toBe(400);
  });

  it('creates a single checkbox property (bool, booleancheckbox) whose values are its options (docs/crm/hubspot.md §9)', async () => {
    const made = await api('POST', '/crm/v3/properties/contacts', {
      name: 'zbl_test_contact',
      label: 'Zero Bad Leads test contact',
      type: 'bool',
      fieldType: 'booleancheckbox',
      groupName: 'contactinformation',
      options: [
        { label: 'Yes', value: 'true', displayOrder: 0, hidden: false },
        { label: 'No', value: 'false', displayOrder: 1, hidden: false },
      ],
    });
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({
      type: 'bool',
      fieldType: 'booleancheckbox',
      options: [{ value: 'true' }, { value: 'false' }],
    });
    const again = await api('POST', '/crm/v3/properties/contacts', {
      name: 'zbl_test_contact',
      label: 'Again',
      type: 'bool',
      fieldType: 'booleancheckbox',
      groupName: 'contactinformation',
    });
    expect(again.status).toBe(409);
    const wrongField = await api('POST', '/crm/v3/properties/contacts', {
      name: 'other_flag',
      label: 'Other',
      type: 'bool',
      fieldType: 'text',
      groupName: 'contactinformation',
    });
    expect(wrongField.status).toBe(400);

    const upsert = (value: string) =>
      api('POST', '/crm/v3/objects/contacts/batch/upsert', {
        inputs: [{ id: 't@example.com', idProperty: 'email', properties: { zbl_test_contact: value } }],
      });
    expect(await (await upsert('true')).json()).toMatchObject({
      results: [{ properties: { email: 't@example.com' } }],
    });
    expect(emu.state.contactByEmail('t@example.com')!.properties.zbl_test_contact).toBe('true');
    const refused = await upsert('yes');
    expect(refused.status).toBe(207);
    expect(JSON.stringify(await refused.json())).toContain('was not one of the allowed options');
  });

  it('pages lists with limit and after (docs/crm/hubspot.md §6)', async () => {
    for (let i = 0; i < 5; i++) emu.state.createContact({ email: `p${i}@y.co` });
    const first = (await (await api('GET', '/crm/v3/objects/contacts?limit=2')).json()) as {
      results: unknown[];
      paging: { next: { after: string; link: string } };
    };
    expect(first.results).toHaveLength(2);
    expect(first.paging.next.after).toBe('2');
    const last = (await (await api('GET', '/crm/v3/objects/contacts?limit=2&after=4')).json()) as Record<
      string,
      unknown
    >;
    expect(last.results).toHaveLength(1);
    expect(last.paging).toBeUndefined();
  });

  it('search needs every field the spec marks required and matches EQ (docs/crm/hubspot.md §4)', async () => {
    emu.state.createCompany({ name: 'Acme' });
    expect((await api('POST', '/crm/v3/objects/companies/search', { filterGroups: [] })).status).toBe(400);
    const found = await api('POST', '/crm/v3/objects/companies/search', {
      filterGroups: [{ filters: [{ propertyName: 'name', operator: 'EQ', value: 'acme' }] }],
      properties: ['name'],
      limit: 1,
      after: '0',
      sorts: [],
    });
    expect(await found.json()).toMatchObject({ total: 1, results: [{ properties: { name: 'Acme' } }] });
  });

  it('sends rate-limit headers; OAuth calls get no daily ones; over the window, 429 (docs/crm/hubspot.md §7)', async () => {
    emu.rate.configure({ max: 2 });
    const a = await api('GET', '/account-info/v3/details');
    expect(a.headers.get('x-hubspot-ratelimit-max')).toBe('2');
    expect(a.headers.get('x-hubspot-ratelimit-remaining')).toBe('1');
    expect(a.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    expect(a.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('499999');
    await api('GET', '/account-info/v3/details');
    const limited = await api('GET', '/account-info/v3/details');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
    now += 10_000;
    expect((await api('GET', '/account-info/v3/details')).status).toBe(200);
  });

  it('injects faults through the control endpoint: statuses with HubSpot bodies, gateway HTML, bad JSON, resets', async () => {
    const added = await control('POST', '/faults', [
      { kind: 'status', status: 503, path: '/crm/v3/properties/contacts' },
      { kind: 'badJson', path: '/crm/v3/properties/contacts' },
      { kind: 'reset', path: '/crm/v3/properties/contacts' },
      { kind: 'status', status: 429, retryAfter: 7, path: '/crm/v3/properties/contacts' },
    ]);
    expect(added.status).toBe(201);
    const gateway = await api('GET', '/crm/v3/properties/contacts');
    expect([gateway.status, gateway.headers.get('content-type')]).toEqual([503, 'text/html; charset=utf-8']);
    const cut = await api('GET', '/crm/v3/properties/contacts');
    await expect(cut.json()).rejects.toThrow();
    await expect(api('GET', '/crm/v3/properties/contacts')).rejects.toThrow();
    const limited = await api('GET', '/crm/v3/properties/contacts');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    expect((await api('GET', '/crm/v3/properties/contacts')).status).toBe(200);
  });

  describe('OAuth', () => {
    async function authorize(redirect = 'http://127.0.0.1:5555/oauth/callback') {
      const url = new URL(emu.authorizeUrl);
      url.search = new URLSearchParams({ client_id: emu.app.clientId, redirect_uri: redirect, state: 'st' }).toString();
      const res = await fetch(url, { redirect: 'manual' });
      return new URL(res.headers.get('location')!);
    }
    const token = (form: Record<string, string>) =>
      fetch(emu.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: emu.app.clientId,
          client_secret: emu.app.clientSecret,
          ...form,
        }).toString(),
      });

    it('exchanges a code once, for the same redirect URI, and serves the refresh grant and token lifetimes', async () => {
      const back = await authorize();
      expect(back.searchParams.get('state')).toBe('st');
      const code = back.searchParams.get('code')!;
      const wrongUri = await token({ grant_type: 'authorization_code', code, redirect_uri: 'http://127.0.0.1:1/x' });
      expect(await wrongUri.json()).toMatchObject({ status: 'BAD_REDIRECT_URI' });
      const code2 = (await authorize()).searchParams.get('code')!;
      const ok = await token({
        grant_type: 'authorization_code',
        code: code2,
        redirect_uri: 'http://127.0.0.1:5555/oauth/callback',
      });
      const tokens = (await ok.json()) as { access_token: string; refresh_token: string; expires_in: number };
      expect(tokens.expires_in).toBe(1800);
      const call = await api('GET', '/account-info/v3/details', undefined, tokens.access_token);
      expect(call.status).toBe(200);
      expect(call.headers.get('x-hubspot-ratelimit-daily')).toBeNull();
      now += 1800_000;
      const expired = await api('GET', '/account-info/v3/details', undefined, tokens.access_token);
      expect(expired.status).toBe(401);
      expect(await expired.json()).toMatchObject({ category: 'EXPIRED_AUTHENTICATION' });
      const renewed = await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
      const fresh = (await renewed.json()) as { access_token: string };
      expect((await api('GET', '/account-info/v3/details', undefined, fresh.access_token)).status).toBe(200);
      const wrongSecret = await token({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_secret: 'x',
      });
      expect(await wrongSecret.json()).toMatchObject({ status: 'BAD_CLIENT_SECRET' });
    });

    it('only redirects to the loopback interface, and refuses unknown apps', async () => {
      const url = new URL(emu.authorizeUrl);
      url.search = new URLSearchParams({
        client_id: emu.app.clientId,
        redirect_uri: 'https://evil.example/cb',
      }).toString();
      expect((await fetch(url, { redirect: 'manual' })).status).toBe(400);
      url.search = new URLSearchParams({ client_id: 'nope', redirect_uri: 'http://127.0.0.1:1/cb' }).toString();
      expect((await fetch(url, { redirect: 'manual' })).status).toBe(400);
    });
  });
});

describe('HubSpot emulator cli', () => {
  it('prints HUBSPOT_EMULATOR_READY <url> and serves the API until SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../emulators/hubspot/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--token', 'pat-cli-token-0000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /^HUBSPOT_EMULATOR_READY (\S+)$/m.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`cli exited early with ${String(code)}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${url}/account-info/v3/details`, {
        headers: { authorization: 'Bearer pat-cli-token-0000' },
      });
      expect(await res.json()).toMatchObject({ portalId: 12345678 });
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    }
  });
});
