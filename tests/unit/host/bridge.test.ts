import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../../electron/core';
import { createFileLog } from '../../../electron/core/logs/file-log';
import { rawText } from '../../../electron/host/raw-text';
import { startHostServer, type HostServer } from '../../../electron/host/server';
import { ManualClock, openTestCore, tempDir } from '../support/core-harness';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the bridge like a page would; resolves with the socket or the HTTP status of the refusal. */
function connect(server: HostServer, opts: { token?: string | null; origin?: string; host?: string }) {
  const token = opts.token === undefined ? server.token : opts.token;
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/bridge${query}`, {
    headers: {
      origin: opts.origin ?? `http://127.0.0.1:${server.port}`,
      host: opts.host ?? `127.0.0.1:${server.port}`,
    },
  });
  return new Promise<{ ws: WebSocket } | { refused: number }>((resolve) => {
    ws.on('open', () => resolve({ ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    ws.on('error', () => resolve({ refused: -1 }));
  });
}

function rpc(ws: WebSocket, id: number, channel: string, input: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const msg = JSON.parse(rawText(data)) as { type: string; id?: number; result?: unknown };
      if (msg.type === 'result' && msg.id === id) {
        ws.off('message', onMessage);
        resolve(msg.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'call', id, channel, input }));
  });
}

describe('headless host', () => {
  const tmp = tempDir();
  let core: Core;
  let server: HostServer;

  beforeAll(async () => {
    const clock = new ManualClock();
    core = openTestCore(join(tmp.dir, 'data'), clock);
    const rendererDir = join(tmp.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ZBL</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(tmp.dir, 'secret.txt'), 'outside');
    server = await startHostServer({
      core,
      log: createFileLog({ dir: join(tmp.dir, 'logs'), clock }),
      rendererDir,
      bind: '127.0.0.1',
      port: 0,
    });
  });
  afterAll(async () => {
    await server.close();
    core.close();
    tmp.cleanup();
  });

  it('prints a loopback URL that carries the token only in the fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict CSP, and index.html for client-side routes', async () => {
    const index = await get(server.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await get(server.port, '/assets/app.js')).headers['content-type']).toContain('javascript');
    expect((await get(server.port, '/settings')).body).toContain('<title>ZBL</title>');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const answer = await get(server.port, path);
      expect(answer.body).not.toContain('outside');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const answer = await get(server.port, '/', { host: `evil.example:${server.port}` });
    expect(answer.status).toBe(421);
  });

  it('answers contract calls with the token and our Origin, and pushes events', async () => {
    const conn = await connect(server, {});
    expect('ws' in conn).toBe(true);
    if (!('ws' in conn)) return;
    const events: string[] = [];
    conn.ws.on('message', (d) => {
      const msg = JSON.parse(rawText(d)) as { type: string; event?: string };
      if (msg.type === 'event' && msg.event) events.push(msg.event);
    });
    const created = await rpc(conn.ws, 1, 'clients:create', { name: 'Via bridge' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Via bridge' } });
    const bad = await rpc(conn.ws, 2, 'clients:create', { name: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect.poll(() => events).toContain('clients:changed');
    conn.ws.close();
  });

  it('refuses the bridge without the token, with a wrong one, or from another Origin', async () => {
    expect(await connect(server, { token: null })).toEqual({ refused: 401 });
    expect(await connect(server, { token: 'x'.repeat(32) })).toEqual({ refused: 401 });
    expect(await connect(server, { origin: 'https://evil.example' })).toEqual({ refused: 403 });
    expect(await connect(server, { origin: `http://localhost:${server.port + 1}` })).toEqual({ refused: 403 });
    expect(await connect(server, { host: `rebind.example:${server.port}` })).toEqual({ refused: 421 });
  });

  it('closes the socket on a frame that is not a call', async () => {
    const conn = await connect(server, {});
    if (!('ws' in conn)) throw new Error('bridge refused');
    const code = await new Promise<number>((resolve) => {
      conn.ws.on('close', (c) => resolve(c));
      conn.ws.send('not json');
    });
    expect(code).toBe(1007);
  });
  it('reopens on a new core: calls made meanwhile wait for it, and pages of the old one are told to reconnect', async () => {
    const first = await connect(server, {});
    if (!('ws' in first)) throw new Error('bridge refused');
    const closed = new Promise<number>((resolve) => first.ws.on('close', (c) => resolve(c)));
    server.restarting();
    // Still open: the answer to the call that asked for the restore, and the event saying so, get through.
    const waiting = rpc(first.ws, 1, 'clients:list', {});

    // A page connecting while the data reopens: its call waits for the new core and is answered by it.
    const again = await connect(server, {});
    if (!('ws' in again)) throw new Error('bridge refused');
    const events: string[] = [];
    again.ws.on('message', (d) => {
      const msg = JSON.parse(rawText(d)) as { type: string; event?: string };
      if (msg.type === 'event' && msg.event) events.push(msg.event);
    });
    const answer = rpc(again.ws, 1, 'clients:list', {});
    const old = core;
    old.close();
    core = openTestCore(join(tmp.dir, 'data-restored'), new ManualClock());
    await core.dispatch('clients:create', { name: 'Only in the new one' });
    server.replaceCore(core);
    expect(await closed).toBe(1012);
    expect(await answer).toMatchObject({ ok: true, value: [{ name: 'Only in the new one' }] });
    void waiting;
    await rpc(again.ws, 2, 'clients:create', { name: 'Second' });
    await expect.poll(() => events).toContain('clients:changed');
    again.ws.close();
  });
});
