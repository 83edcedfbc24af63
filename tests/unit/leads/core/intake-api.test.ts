import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeStatus } from '#contract';
import type { Core } from '../../../../electron/core';
import { call, tempDir } from '../../support/core-harness';
import { openDispatchCore, recordEvents, seedClient, seedIntegration } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';
import { scriptedConnector } from '../../dispatch/fixtures/connectors';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** A raw request, so bodies and headers can be as wrong as a careless sender makes them. */
function send(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: JSON.parse(text) as Record<string, unknown>,
        });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const LEAD = { fullName: 'Ana Souza', email: 'ana@acme.com.br', phone: '11987654321', company: 'Acme' };

describe('local intake API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let client: string;
  let endpoint: string;
  let token: string;
  const count = () => (core.forTests.sqlite.prepare('SELECT count(*) AS n FROM leads').get() as { n: number }).n;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    send(endpoint, {
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeEach(async () => {
    tmp = tempDir();
    const time = new FakeTime();
    core = openDispatchCore(tmp.dir, {
      clock: time,
      timers: time,
      connectors: [scriptedConnector(time, () => ({ remoteId: 'r' }))],
    });
    client = seedClient(core);
    const enabled = await call<{ status: IntakeStatus; token: string | null }>(core, 'intake:enable', {
      clientId: client,
    });
    expect(enabled.token).toMatch(/^zbl_[A-Za-z0-9_-]{43}$/);
    token = enabled.token ?? '';
    endpoint = enabled.status.endpoint ?? '';
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/leads$/);
  });
  afterEach(async () => {
    await core.forTests.stop();
    core.close();
    tmp.cleanup();
  });

  it('is off until a client enables it, and keeps only the token hash', async () => {
    const other = seedClient(core);
    expect(await call(core, 'intake:status', { clientId: other })).toMatchObject({ enabled: false, endpoint: null });
    const stored = core.forTests.sqlite
      .prepare('SELECT intake_token_hash AS h FROM lead_settings WHERE client_id = ?')
      .get(client);
    expect(JSON.stringify(stored)).not.toContain(token);
    // Enabling again does not show the token again.
    expect(await call(core, 'intake:enable', { clientId: client })).toMatchObject({ token: null });
  });

  it('answers 202 with the lead id, stores it scored and queues it when qualified', async () => {
    seedIntegration(core, client, { status: 'active' });
    const answer = await post({ ...LEAD, cnpj: 11222333000181, utm_source: 'x', custom: { Segmento: 'Varejo' } });
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({
      status: 'accepted',
      qualified: true,
      dispatches: 1,
      ignoredFields: ['utm_source'],
    });
    const row = core.forTests.sqlite
      .prepare('SELECT client_id, origin, cnpj, custom FROM leads WHERE id = ?')
      .get(answer.body.id);
    expect(row).toEqual({ client_id: client, origin: 'api', cnpj: '11222333000181', custom: '{"segmento":"Varejo"}' });
  });

  it('merges a lead sent again with an e-mail the client has into that lead, instead of doubling it', async () => {
    seedIntegration(core, client, { status: 'active' });
    const first = await post(LEAD);
    expect(first).toMatchObject({ status: 202, body: { merged: false, dispatches: 1 } });
    const again = await post({ email: 'ANA@acme.com.br', company: 'Acme Ltda', jobTitle: 'Diretora' });
    expect(again).toMatchObject({ status: 202, body: { id: first.body.id, merged: true, status: 'accepted' } });
    expect(count()).toBe(1);
    const lead = core.forTests.sqlite
      .prepare('SELECT email, full_name, phone_e164, company, job_title FROM leads WHERE id = ?')
      .get(first.body.id);
    // The new values fill in; what the second form left out stays; the address keeps its spelling.
    expect(lead).toEqual({
      email: 'ana@acme.com.br',
      full_name: 'Ana Souza',
      phone_e164: '+5511987654321',
      company: 'Acme Ltda',
      job_title: 'Diretora',
    });
    // The CRM already has this person: the merge does not send it twice.
    expect(core.forTests.sqlite.prepare('SELECT count(*) AS n FROM dispatches').get()).toEqual({ n: 1 });
  });

  it('honours Idempotency-Key: a retry gets the same lead, another body with the key is refused', async () => {
    const first = await post(LEAD, { 'idempotency-key': 'form-123' });
    const again = await post(LEAD, { 'idempotency-key': 'form-123' });
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const other = await post({ ...LEAD, fullName: 'Outra' }, { 'idempotency-key': 'form-123' });
    expect(other).toMatchObject({ status: 422, body: { error: { code: 'idempotency_key_reused' } } });
    const bad = await post(LEAD, { 'idempotency-key': 'has space' });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'invalid_idempotency_key' } } });
    expect(count()).toBe(1);
  });

  it('answers every bad request with a clear 4xx and stores nothing', async () => {
    const cases: Array<[Promise<Answer>, number, string]> = [
      [post('{"fullName": "Ana", '), 400, 'invalid_json'],
      [post(JSON.stringify({ ...LEAD, company: 'x'.repeat(70 * 1024) })), 413, 'body_too_large'],
      [post({ fullName: 'Sem E-mail', phone: '11987654321' }), 422, 'email_required'],
      [post({ ...LEAD, email: 42 }), 422, 'invalid_lead'],
      [post([LEAD]), 422, 'invalid_lead'],
      [post(LEAD, { authorization: 'Bearer zbl_wrong' }), 401, 'invalid_token'],
      [
        send(endpoint, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(LEAD) }),
        401,
        'missing_token',
      ],
      [post(LEAD, { 'content-type': 'text/plain' }), 415, 'unsupported_media_type'],
      [send(endpoint, { method: 'GET', headers: { authorization: `Bearer ${token}` } }), 405, 'method_not_allowed'],
      [send(endpoint.replace('/v1/leads', '/v1/other'), { headers: {} }), 404, 'not_found'],
      [post(LEAD, { host: 'evil.example:80' }), 421, 'wrong_host'],
    ];
    for (const [pending, status, code] of cases) {
      const answer = await pending;
      expect({ status: answer.status, code: (answer.body.error as { code?: string }).code }).toEqual({ status, code });
    }
    expect(count()).toBe(0);
  });

  it('stops taking leads when disabled, and an old token stops working when rotated', async () => {
    const events = recordEvents(core);
    const rotated = await call<{ token: string }>(core, 'intake:rotateToken', { clientId: client });
    const old = await post(LEAD);
    expect(old).toMatchObject({ status: 401, body: { error: { code: 'invalid_token' } } });
    token = rotated.token;
    expect((await post(LEAD)).status).toBe(202);
    const second = seedClient(core);
    await call(core, 'intake:enable', { clientId: second });
    await call(core, 'intake:disable', { clientId: client });
    expect(await post(LEAD)).toMatchObject({ status: 403, body: { error: { code: 'intake_disabled' } } });
    expect(count()).toBe(1);
    // Every window hears of each change, so a status shown elsewhere follows.
    expect(events.filter((e) => e.event === 'intake:changed').map((e) => e.payload)).toEqual([
      { clientId: client, reason: 'rotated' },
      { clientId: second, reason: 'enabled' },
      { clientId: client, reason: 'disabled' },
    ]);
  });
});
