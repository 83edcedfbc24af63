import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAcEmulator, type AcContactView, type AcEmulator } from '../../emulators/activecampaign';
import type { AcLogEntry, AcStats } from '../../emulators/activecampaign';
import { acCall, controlCall } from '../../emulators/activecampaign/test-client';

let emu: AcEmulator;

beforeAll(async () => {
  emu = await startAcEmulator({ ratePerSecond: 0, apiToken: 'MAIN' });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.reset();
});

describe('control endpoints (/__emulator)', () => {
  it('health lists the accounts and their URLs; no Api-Token needed', async () => {
    const res = await controlCall<{ ok: boolean; accounts: Array<{ name: string; apiUrl: string; tokens: string[] }> }>(
      emu.url,
      'GET',
      '/health',
    );
    expect(res.status).toBe(200);
    expect(res.body.accounts).toEqual([{ name: 'main', url: emu.url, apiUrl: `${emu.url}/api/3`, tokens: ['MAIN'] }]);
    expect(emu.log.entries()).toEqual([]);
  });

  it('seed + contact + state expose contacts with tags, lists and company', async () => {
    const seeded = await controlCall(emu.url, 'POST', '/seed', {
      lists: ['Parceiros'],
      contacts: [
        { email: 'Seeded@Example.com', firstName: 'Sé', tags: ['vip'], lists: ['Parceiros'], account: 'Acme' },
      ],
    });
    expect(seeded.status).toBe(200);
    const contact = await controlCall<AcContactView>(emu.url, 'GET', '/contact?email=seeded@example.com');
    expect(contact.body).toMatchObject({
      email: 'seeded@example.com',
      tags: ['vip'],
      lists: [{ id: '3', name: 'Parceiros', status: '1' }],
      account: { name: 'Acme', jobTitle: null },
    });
    const state = await controlCall<{ lists: Array<{ name: string }>; accounts: Array<{ contactIds: string[] }> }>(
      emu.url,
      'GET',
      '/state',
    );
    expect(state.body.lists.map((l) => l.name)).toEqual(['Newsletter', 'Clientes 2026', 'Parceiros']);
    expect(state.body.accounts[0]?.contactIds).toEqual(['1']);

    const badSeed = await controlCall<{ error: string }>(emu.url, 'POST', '/seed', {
      contacts: [{ email: 'x@example.com', lists: ['Missing'] }],
    });
    expect(badSeed.status).toBe(400);
    expect(badSeed.body.error).toContain('Missing');
  });

  it('faults can be queued, listed and cleared over HTTP', async () => {
    const added = await controlCall<{ ids: string[] }>(emu.url, 'POST', '/faults', [
      { kind: 'status', status: 503, retryAfter: 5, method: 'POST', path: '/api/3/contact/sync', times: 2 },
      { kind: 'badJson', path: '/users/me' },
    ]);
    expect(added.status).toBe(201);
    expect(added.body.ids).toHaveLength(2);
    const listed = await controlCall<{ faults: Array<{ remaining: number | string }> }>(emu.url, 'GET', '/faults');
    expect(listed.body.faults.map((f) => f.remaining)).toEqual([2, 1]);

    const first = await acCall(emu, 'POST', '/contact/sync', { contact: { email: 'f@example.com' } });
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('5');

    expect((await controlCall(emu.url, 'DELETE', '/faults')).status).toBe(200);
    expect((await acCall(emu, 'POST', '/contact/sync', { contact: { email: 'f@example.com' } })).status).toBe(201);
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);

    const invalid = await controlCall(emu.url, 'POST', '/faults', { kind: 'explode' });
    expect(invalid.status).toBe(400);
  });

  it('"times": "always" keeps failing until cleared', async () => {
    await controlCall(emu.url, 'POST', '/faults', { kind: 'status', status: 500, path: '/lists', times: 'always' });
    for (let i = 0; i < 3; i++) expect((await acCall(emu, 'GET', '/lists')).status).toBe(500);
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
  });

  it('log and stats report what the API saw; reset clears them and the data', async () => {
    await acCall(emu, 'POST', '/contact/sync', { contact: { email: 'l@example.com' } });
    await acCall(emu, 'GET', '/users/me', undefined, { token: 'bad' });
    const log = await controlCall<{ entries: AcLogEntry[] }>(emu.url, 'GET', '/log');
    expect(log.body.entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual([
      'POST /contact/sync 201',
      'GET /users/me 403',
    ]);
    const stats = await controlCall<AcStats>(emu.url, 'GET', '/stats');
    expect(stats.body).toMatchObject({
      requests: 2,
      byStatus: { '201': 1, '403': 1 },
      authFailures: 1,
      rateLimited: 0,
    });

    expect((await controlCall(emu.url, 'POST', '/reset')).status).toBe(200);
    expect(emu.state.snapshot().contacts).toEqual([]);
    expect(emu.log.entries()).toEqual([]);
    expect(emu.stats.requests).toBe(0);
  });

  it('config changes the rate limit from another process', async () => {
    await controlCall(emu.url, 'POST', '/config', { ratePerSecond: 1, retryAfterSeconds: 7 });
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
    const limited = await acCall(emu, 'GET', '/users/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    await controlCall(emu.url, 'POST', '/config', { ratePerSecond: null });
    expect((await acCall(emu, 'GET', '/users/me')).status).toBe(200);
  });

  it('unknown endpoints and accounts are 404', async () => {
    expect((await controlCall(emu.url, 'GET', '/nope')).status).toBe(404);
    expect((await controlCall(emu.url, 'GET', '/state?account=ghost')).status).toBe(404);
  });
});

describe('several accounts on one emulator', () => {
  it('each account has its own URL, keys and data', async () => {
    const created = await controlCall<{ name: string; apiUrl: string }>(emu.url, 'POST', '/accounts', {
      name: 'agency-b',
      apiToken: 'B-KEY',
    });
    expect(created.status).toBe(201);
    expect(created.body.apiUrl).toBe(`${emu.url}/acct/agency-b/api/3`);
    const b = { apiUrl: created.body.apiUrl, apiToken: 'B-KEY' };

    // A key is only valid on its own account, like a key pasted with the wrong API URL.
    expect((await acCall(b, 'GET', '/users/me', undefined, { token: 'MAIN' })).status).toBe(403);
    expect((await acCall(emu, 'GET', '/users/me', undefined, { token: 'B-KEY' })).status).toBe(403);

    expect((await acCall(b, 'POST', '/contact/sync', { contact: { email: 'only-b@example.com' } })).status).toBe(201);
    expect(emu.account('agency-b').state.contact('only-b@example.com')).toBeDefined();
    expect(emu.state.contact('only-b@example.com')).toBeUndefined();

    const duplicate = await controlCall(emu.url, 'POST', '/accounts', { name: 'agency-b', apiToken: 'X' });
    expect(duplicate.status).toBe(409);
  });
});

describe('cli', () => {
  it('prints AC_EMULATOR_READY <url> and serves the API until SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../emulators/activecampaign/cli.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--port', '0', '--token', 'CLI-KEY', '--extra-lists', '30'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /^AC_EMULATOR_READY (\S+)$/m.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`cli exited early with ${String(code)}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const lists = await acCall<{ meta: { total: string } }>(
        { apiUrl: `${url}/api/3`, apiToken: 'CLI-KEY' },
        'GET',
        '/lists',
      );
      expect(lists.status).toBe(200);
      expect(lists.body.meta.total).toBe('32');
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    }
  });
});
