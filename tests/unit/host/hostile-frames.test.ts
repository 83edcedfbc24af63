import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { createFileLog } from '../../../electron/core/logs/file-log';
import { startHostServer, type HostServer } from '../../../electron/host/server';
import { ManualClock, openTestCore, tempDir } from '../support/core-harness';

/** A bridge connection made by hand, so the test can send frames no WebSocket library would. */
async function rawBridge(server: HostServer): Promise<{ socket: Socket; received: () => Buffer }> {
  const socket = tcpConnect(server.port, '127.0.0.1');
  let data = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => (data = Buffer.concat([data, chunk])));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    [
      `GET /bridge?token=${encodeURIComponent(server.token)} HTTP/1.1`,
      `Host: 127.0.0.1:${server.port}`,
      `Origin: http://127.0.0.1:${server.port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  await expect.poll(() => data.toString('latin1')).toContain('\r\n\r\n');
  expect(data.toString('latin1')).toMatch(/^HTTP\/1\.1 101/);
  const headerEnd = data.indexOf('\r\n\r\n') + 4;
  return { socket, received: () => data.subarray(headerEnd) };
}

interface FrameOptions {
  opcode: number;
  payload?: Buffer;
  rsv1?: boolean;
  masked?: boolean;
  /** Declares a length without sending that much. */
  declaredLength?: number;
}

function frame({ opcode, payload = Buffer.alloc(0), rsv1 = false, masked = true, declaredLength }: FrameOptions) {
  const length = declaredLength ?? payload.length;
  const head: number[] = [0x80 | (rsv1 ? 0x40 : 0) | opcode];
  const maskBit = masked ? 0x80 : 0;
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) head.push(maskBit | 126, length >> 8, length & 0xff);
  else {
    const big = Buffer.alloc(8);
    big.writeBigUInt64BE(BigInt(length));
    head.push(maskBit | 127, ...big);
  }
  if (!masked) return Buffer.concat([Buffer.from(head), payload]);
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(head), mask, body]);
}

/** The close code of the server's close frame (servers never mask). */
function closeCode(bytes: Buffer): number | null {
  if (bytes.length < 4 || bytes[0] !== 0x88) return null;
  return bytes.readUInt16BE(2);
}

const HOSTILE: { name: string; frame: Buffer; code: number }[] = [
  { name: 'a frame over the size limit', frame: frame({ opcode: 1, declaredLength: 64 * 1024 * 1024 }), code: 1009 },
  {
    name: 'a text frame with invalid UTF-8',
    frame: frame({ opcode: 1, payload: Buffer.from([0xff, 0xfe]) }),
    code: 1007,
  },
  { name: 'an unmasked frame', frame: frame({ opcode: 1, payload: Buffer.from('{}'), masked: false }), code: 1002 },
  { name: 'a reserved opcode', frame: frame({ opcode: 3, payload: Buffer.from('x') }), code: 1002 },
  {
    name: 'an RSV1 bit without compression',
    frame: frame({ opcode: 1, payload: Buffer.from('{}'), rsv1: true }),
    code: 1002,
  },
  { name: 'a 200-byte ping', frame: frame({ opcode: 9, payload: Buffer.alloc(200, 1) }), code: 1002 },
];

describe('headless host under hostile WebSocket frames', () => {
  const tmp = tempDir();
  let core: Core;
  let server: HostServer;

  beforeAll(async () => {
    const clock = new ManualClock();
    core = openTestCore(join(tmp.dir, 'data'), clock);
    const rendererDir = join(tmp.dir, 'renderer');
    mkdirSync(rendererDir, { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>ZBL</title>');
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

  it.each(HOSTILE)('closes the connection on $name with close code $code and keeps serving', async (hostile) => {
    const bystander = await rawBridge(server);
    const attacker = await rawBridge(server);
    attacker.socket.write(hostile.frame);
    await expect.poll(() => closeCode(attacker.received())).toBe(hostile.code);

    // The other window is still served: a call on its connection is answered.
    const call = Buffer.from(JSON.stringify({ type: 'call', id: 1, channel: 'clients:list', input: {} }));
    bystander.socket.write(frame({ opcode: 1, payload: call }));
    await expect.poll(() => bystander.received().toString('utf8')).toContain('"type":"result"');
    attacker.socket.destroy();
    bystander.socket.destroy();
  });

  it('survives a client that resets the connection during a refused upgrade', async () => {
    for (let i = 0; i < 20; i++) {
      const socket = tcpConnect(server.port, '127.0.0.1');
      socket.on('error', () => undefined);
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`GET /bridge HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\n`);
      socket.write('Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n');
      socket.resetAndDestroy();
    }
    const alive = await rawBridge(server);
    alive.socket.destroy();
  });
});
