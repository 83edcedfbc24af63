import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { s256 } from '../../../electron/core/integrations/oauth/pkce';
import { FIELD_KEYS, startPipedriveEmulator, type PipedriveEmulator } from '../../emulators/pipedrive';

/** The emulator follows docs/crm/pipedrive.md: auth forms, envelopes, paging, errors, limits, OAuth and faults. */
describe('Pipedrive emulator', () => {
  let now = Date.UTC(2026, 10, 26, 12, 0, 0);
  let emu: PipedriveEmulator;

  beforeAll(async () => {
    emu = await startPipedriveEmulator({ clock: () => now });
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    emu.reset();
    now = Date.UTC(2026, 10, 26, 12, 0, 0);
  });

  const api = (path: string, init: RequestInit = {}, token: string | null = emu.apiToken) =>
    fetch(`${emu.url}${path}`, {
      ...init,
      headers: {
        ...(token ? { 'x-api-token': token } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });

  it('takes the token in x-api-token only: ?api_token= alone is 401 with the spec body', async () => {
    const ok = await api('/api/v1/users/me');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ success: true, data: { company_domain: 'agencia-exemplo' } });
    const query = await api(`/api/v1/users/me?api_token=${emu.apiToken}`, {}, null);
    expect(query.status).toBe(401);
    expect(await query.json()).toEqual({ success: false, error: 'unauthorized access', errorCode: 401 });
    expect(emu.log.at(-1)).toMatchObject({ queryToken: true, auth: 'none' });
    expect((await api('/api/v1/users/me', {}, 'wrong-token')).status).toBe(401);
  });

  it('v2 persons: create answers 200, e-mails must be objects, exact search by e-mail, cursor paging', async () => {
    const plain = await post('/api/v2/persons', { name: 'Ana', emails: 'ana@x.com' });
    expect(plain.status).toBe(400);
    for (let i = 0; i < 3; i++) {
      const res = await post('/api/v2/persons', {
        name: `Ana ${i}`,
        emails: [{ value: `ana${i}@x.com`, primary: true, label: 'work' }],
        custom_fields: { [FIELD_KEYS.score]: 80 + i },
      });
      expect(res.status).toBe(200);
    }
    const short = await api('/api/v2/persons/search?term=a&fields=email');
    expect(short.status).toBe(400);
    const exact = await api('/api/v2/persons/search?term=ANA1@X.COM&fields=email&exact_match=true');
    const body = (await exact.json()) as { data: { items: Array<{ item: { name: string } }> } };
    expect(body.data.items.map((i) => i.item.name)).toEqual(['Ana 1']);
    const page1 = (await (await api('/api/v2/persons/search?term=x.com&fields=email&limit=2')).json()) as {
      data: { items: unknown[] };
      additional_data: { next_cursor: string | null };
    };
    expect(page1.data.items).toHaveLength(2);
    const cursor = page1.additional_data.next_cursor!;
    const page2 = (await (
      await api(`/api/v2/persons/search?term=x.com&fields=email&limit=2&cursor=${cursor}`)
    ).json()) as {
      data: { items: unknown[] };
      additional_data: { next_cursor: string | null };
    };
    expect(page2.data.items).toHaveLength(1);
    expect(page2.additional_data.next_cursor).toBeNull();
    const typed = await post('/api/v2/persons', { name: 'B', custom_fields: { [FIELD_KEYS.score]: '80' } });
    expect(typed.status).toBe(400);
    const unknown = await post('/api/v2/persons', { name: 'B', custom_fields: { nope: 'x' } });
    expect(((await unknown.json()) as { error: string }).error).toContain('Unknown custom field');
  });

  it('v1 lists: personFields nest paging under additional_data.pagination, leads keep it flat', async () => {
    emu.state.addFields(120);
    const first = (await (await api('/api/v1/personFields?start=0&limit=100')).json()) as {
      data: unknown[];
      additional_data: { pagination: { more_items_in_collection: boolean; next_start: number } };
    };
    expect(first.data).toHaveLength(100);
    expect(first.additional_data.pagination).toMatchObject({ more_items_in_collection: true, next_start: 100 });
    const person = (await (await post('/api/v2/persons', { name: 'P' })).json()) as { data: { id: number } };
    const noLink = await post('/api/v1/leads', { title: 'x' });
    expect(((await noLink.json()) as { error: string }).error).toContain('linked to a person or an organization');
    const created = await post('/api/v1/leads', { title: 'Lead', person_id: person.data.id });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ data: { source_name: 'API', origin: 'API' } });
    const list = (await (await api(`/api/v1/leads?person_id=${person.data.id}&limit=1`)).json()) as {
      additional_data: unknown;
    };
    expect(list.additional_data).toEqual({ start: 0, limit: 1, more_items_in_collection: false });
    const badLabel = await post('/api/v1/leads', { title: 'L', person_id: person.data.id, label_ids: ['nope'] });
    expect(badLabel.status).toBe(400);
  });

  it('v1 notes: content and an existing person (or lead, organization) required, 200 with the note (docs §10)', async () => {
    const person = (await (await post('/api/v2/persons', { name: 'P' })).json()) as { data: { id: number } };
    expect((await post('/api/v1/notes', { person_id: person.data.id })).status).toBe(400);
    expect((await post('/api/v1/notes', { content: '<p>x</p>' })).status).toBe(400);
    expect((await post('/api/v1/notes', { content: '<p>x</p>', person_id: 999_999 })).status).toBe(400);
    const made = await post('/api/v1/notes', { content: '<p>Test</p>', person_id: person.data.id });
    expect(made.status).toBe(200);
    expect(await made.json()).toMatchObject({
      success: true,
      data: { content: '<p>Test</p>', person_id: person.data.id },
    });
    expect(emu.log.at(-1)).toMatchObject({ path: '/api/v1/notes', cost: 10 });
  });

  it('lead labels take Pipedrive’s ten colours, and cost 10 tokens to list or add (docs §6)', async () => {
    for (const color of ['gray', 'dark-gray', 'brown', 'orange', 'pink']) {
      expect((await post('/api/v1/leadLabels', { name: `L ${color}`, color })).status).toBe(200);
    }
    expect((await post('/api/v1/leadLabels', { name: 'Bad', color: 'teal' })).status).toBe(400);
    expect(emu.log.at(-2)).toMatchObject({ path: '/api/v1/leadLabels', cost: 10 });
  });

  it('charges x-token-cost against a daily budget: 429 with Retry-After until the day resets', async () => {
    emu.rate.configure({ dailyTokens: 25 });
    expect((await api('/api/v2/persons/search?term=ab&fields=email')).status).toBe(200);
    expect((await api('/api/v1/users/me')).status).toBe(200);
    const over = await api('/api/v1/users/me?x=1');
    expect(over.status).toBe(200);
    const spent = await api('/api/v2/persons/search?term=ab&fields=email');
    expect(spent.status).toBe(429);
    expect(spent.headers.get('retry-after')).toBe(String(12 * 3600));
    expect(spent.headers.get('x-ratelimit-limit')).toBe('80');
    now += 12 * 3600_000;
    expect((await api('/api/v1/users/me')).status).toBe(200);
  });

  it('a burst window per token with X-RateLimit-* headers', async () => {
    emu.rate.configure({ burst: 2, windowMs: 2_000 });
    const a = await api('/api/v1/users/me');
    expect(a.headers.get('x-ratelimit-remaining')).toBe('1');
    await api('/api/v1/users/me');
    const c = await api('/api/v1/users/me');
    expect(c.status).toBe(429);
    expect(c.headers.get('retry-after')).toBe('2');
    expect(c.headers.get('x-ratelimit-reset')).toBe('2');
  });

  it('OAuth: Basic client auth, PKCE, single-use codes, refresh grant, lifetimes on the clock', async () => {
    const verifier = 'v'.repeat(43);
    const redirect = 'http://127.0.0.1:9/oauth/callback';
    const authorize = new URL(emu.authorizeUrl);
    authorize.search = new URLSearchParams({
      client_id: emu.app.clientId,
      redirect_uri: redirect,
      state: 'st',
      code_challenge: s256(verifier),
      code_challenge_method: 'S256',
    }).toString();
    const consent = await fetch(authorize, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location')!);
    expect(back.searchParams.get('state')).toBe('st');
    const code = back.searchParams.get('code')!;
    const basic = `Basic ${Buffer.from(`${emu.app.clientId}:${emu.app.clientSecret}`).toString('base64')}`;
    const token = (params: Record<string, string>, authorization = basic) =>
      fetch(emu.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
        body: new URLSearchParams(params).toString(),
      });
    const exchange = { grant_type: 'authorization_code', code, redirect_uri: redirect, code_verifier: verifier };
    expect((await token(exchange, 'Basic bm9wZTpub3Bl')).status).toBe(401);
    const wrong = await token({ ...exchange, code_verifier: 'w'.repeat(43) });
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await token(exchange)).status).toBe(400);

    const again = await fetch(authorize, { redirect: 'manual' });
    const code2 = new URL(again.headers.get('location')!).searchParams.get('code')!;
    const issued = (await (await token({ ...exchange, code: code2 })).json()) as Record<string, unknown>;
    expect(issued).toMatchObject({ token_type: 'Bearer', scope: 'base,contacts:full,leads:full', api_domain: emu.url });
    const bearer = { Authorization: `Bearer ${String(issued.access_token)}` };
    expect((await api('/api/v1/users/me', { headers: bearer }, null)).status).toBe(200);
    now += 3600_000;
    expect((await api('/api/v1/users/me', { headers: bearer }, null)).status).toBe(401);
    const refreshed = (await (
      await token({ grant_type: 'refresh_token', refresh_token: String(issued.refresh_token) })
    ).json()) as Record<string, unknown>;
    const renewed = { Authorization: `Bearer ${String(refreshed.access_token)}` };
    expect((await api('/api/v1/users/me', { headers: renewed }, null)).status).toBe(200);
  });

  it('refuses writes outside the token’s scopes with 403', async () => {
    emu.oauth.config.scopes = ['base', 'contacts:read'];
    const authorize = new URL(emu.authorizeUrl);
    const redirect = 'http://127.0.0.1:9/cb';
    authorize.search = new URLSearchParams({ client_id: emu.app.clientId, redirect_uri: redirect }).toString();
    const code = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!).searchParams.get(
      'code',
    )!;
    const issued = (await (
      await fetch(emu.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${emu.app.clientId}:${emu.app.clientSecret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect }).toString(),
      })
    ).json()) as { access_token: string };
    const res = await api(
      '/api/v2/persons',
      { method: 'POST', body: '{"name":"x"}', headers: { Authorization: `Bearer ${issued.access_token}` } },
      null,
    );
    expect(res.status).toBe(403);
  });

  it('injects faults through the control endpoints: status, bad JSON, reset', async () => {
    const add = (rule: unknown) =>
      fetch(`${emu.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify(rule) });
    expect((await add({ kind: 'status', status: 429, retryAfter: 7, path: '/api/v1/users/me' })).status).toBe(201);
    const limited = await api('/api/v1/users/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    await add({ kind: 'status', status: 503 });
    expect((await api('/api/v1/users/me')).headers.get('content-type')).toContain('text/html');
    await add({ kind: 'badJson' });
    await expect((await api('/api/v1/users/me')).json()).rejects.toThrow();
    await add({ kind: 'reset' });
    await expect(api('/api/v1/users/me')).rejects.toThrow();
    const state = (await (await fetch(`${emu.url}/__emulator/state`)).json()) as { labels: unknown[] };
    expect(state.labels).toHaveLength(3);
  });
});
