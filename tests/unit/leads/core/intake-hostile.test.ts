import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeStatus } from '#contract';
import type { Core } from '../../../../electron/core';
import { INTAKE_MAX_BODY_BYTES } from '../../../../electron/core/leads/intake/server';
import { call, tempDir } from '../../support/core-harness';
import { openDispatchCore, seedClient } from '../../support/dispatch-core';
import { FakeTime } from '../../support/fake-time';

const LEAD = { fullName: 'Ana Souza', email: 'ana@acme.com.br', phone: '11987654321', company: 'Acme' };

/** Writes the whole upload before reading, as most HTTP clients do, and reports what it saw. */
function upload(
  url: string,
  token: string,
  body: Buffer,
): Promise<{ status: number; code: string | null } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(body.length),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { error?: { code: string } };
          resolve({ status: res.statusCode ?? 0, code: parsed.error?.code ?? null });
        });
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    // In 16 KB pieces, like a socket would carry it.
    for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024));
    req.end();
  });
}

function logLines(dataDir: string): { level: string; message: string }[] {
  const text = readFileSync(join(dataDir, 'logs', 'app.log'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { level: string; message: string });
}

describe('local intake API under careless and hostile senders', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let endpoint: string;
  let token: string;

  beforeEach(async () => {
    tmp = tempDir();
    const time = new FakeTime();
    core = openDispatchCore(tmp.dir, { clock: time, timers: time });
    const client = seedClient(core);
    const enabled = await call<{ status: IntakeStatus; token: string | null }>(core, 'intake:enable', {
      clientId: client,
    });
    token = enabled.token ?? '';
    endpoint = enabled.status.endpoint ?? '';
  });
  afterEach(async () => {
    await core.forTests.stop();
    core.close();
    tmp.cleanup();
  });

  it.each([
    ['just over the limit', INTAKE_MAX_BODY_BYTES + 1024],
    ['ten times the limit', INTAKE_MAX_BODY_BYTES * 10],
    // Past what loopback buffers hold: closing with it unread resets the connection under the sender's write.
    ['of 16 MB', 16 * 1024 * 1024],
  ])('answers an upload %s with a 413 the sender can read', async (_name, size) => {
    const body = Buffer.from(JSON.stringify({ ...LEAD, company: 'x'.repeat(size) }));
    expect(await upload(endpoint, token, body)).toEqual({ status: 413, code: 'body_too_large' });
    // And keeps answering afterwards.
    expect(await upload(endpoint, token, Buffer.from(JSON.stringify(LEAD)))).toEqual({ status: 202, code: null });
  });

  it('lets a plain socket that writes 16 MB before reading still read the 413', async () => {
    const url = new URL(endpoint);
    const socket = tcpConnect(Number(url.port), '127.0.0.1');
    let answer = '';
    let failure: string | null = null;
    socket.on('data', (c: Buffer) => (answer += c.toString('latin1')));
    socket.on('error', (err: NodeJS.ErrnoException) => (failure = err.code ?? err.message));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const size = 16 * 1024 * 1024;
    socket.write(
      `POST /v1/leads HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${size}\r\n\r\n`,
    );
    const piece = Buffer.alloc(64 * 1024, 0x20);
    for (let sent = 0; sent < size; sent += piece.length) {
      if (!socket.write(piece)) await new Promise((resolve) => socket.once('drain', resolve));
      if (failure) break;
    }
    await new Promise((resolve) => socket.once('close', resolve));
    expect(failure).toBeNull();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"body_too_large"');
  });

  it('answers 413 before the upload when the sender asks with Expect: 100-continue', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(endpoint, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': String(INTAKE_MAX_BODY_BYTES * 100),
          expect: '100-continue',
        },
      });
      req.on('continue', () => reject(new Error('the server asked for the oversized body')));
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('logs a sender that stops in the middle of its body as its problem, not an app error', async () => {
    const socket = tcpConnect(Number(new URL(endpoint).port), '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /v1/leads HTTP/1.1\r\nHost: ${new URL(endpoint).host}\r\nAuthorization: Bearer ${token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email": "ana@',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await expect
      .poll(() =>
        logLines(tmp.dir)
          .filter((l) => l.message.startsWith('intake:'))
          .map((l) => l.message),
      )
      .toContain('intake: the sender went away before its request was read');
    const line = logLines(tmp.dir).find(
      (l) => l.message === 'intake: the sender went away before its request was read',
    );
    expect(line?.level).toBe('info');
    expect(logLines(tmp.dir).filter((l) => l.level === 'error')).toEqual([]);
  });
});
