/**
 * A webhook receiver on 127.0.0.1 for tests, Playwright and manual runs: records every delivery
 * with the verdict of an independent Standard Webhooks verifier, and answers as scripted (2xx,
 * 410, other statuses, timeouts, resets, slow answers). `/__receiver/*` drives it from another
 * process.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control';
import { ResponseScript, type ResponseRule } from './responses';
import { verifyStandardWebhook, type Verification } from './verify';

export interface Delivery {
  seq: number;
  /** Receiver clock, ms. */
  at: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The parsed body, or null when it is not JSON. */
  json: unknown;
  verification: Verification;
  /** The seq of an earlier delivery with the same webhook-id (a retry or a duplicate). */
  repeatOf: number | null;
  /** What the receiver did: a status, or `timeout` / `reset`. */
  answer: number | 'timeout' | 'reset';
}

export interface WebhookReceiverOptions {
  port?: number;
  host?: string;
  /** Secrets accepted for verification; several while the sender rotates. */
  secrets?: string[];
  toleranceSeconds?: number;
  /** Receiver "now" in ms (for the timestamp tolerance); defaults to Date.now. */
  clock?: () => number;
}

export interface WebhookReceiver {
  readonly url: string;
  readonly port: number;
  readonly deliveries: readonly Delivery[];
  readonly script: ResponseScript;
  setSecrets(secrets: string[]): void;
  secrets(): string[];
  /** Resolves once `count` deliveries have arrived (without waiting on a clock). */
  waitForDeliveries(count: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function reply(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

export async function startWebhookReceiver(options: WebhookReceiverOptions = {}): Promise<WebhookReceiver> {
  const clock = options.clock ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  let secrets = [...(options.secrets ?? [])];
  const deliveries: Delivery[] = [];
  const script = new ResponseScript();
  const hanging = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  const firstById = new Map<string, number>();
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const wake = (): void => {
    for (const w of [...waiters]) {
      if (deliveries.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };

  const reset = (): void => {
    deliveries.length = 0;
    firstById.clear();
    script.clear();
  };

  const defaultAnswer = (verification: Verification): { status: number; body: string } =>
    verification.ok
      ? { status: 200, body: '{"received":true}' }
      : { status: 401, body: JSON.stringify({ error: verification.reason }) };

  async function deliver(req: IncomingMessage, res: ServerResponse, url: URL, raw: string): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : (v ?? '');
    const verification = await verifyStandardWebhook({
      headers,
      body: raw,
      secrets,
      nowSeconds: Math.floor(clock() / 1000),
      toleranceSeconds: options.toleranceSeconds,
    });
    const id = headers['webhook-id'] ?? '';
    const seq = deliveries.length + 1;
    const repeatOf = id !== '' ? (firstById.get(id) ?? null) : null;
    if (id !== '' && repeatOf === null) firstById.set(id, seq);
    const delivery: Delivery = {
      seq,
      at: clock(),
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      headers,
      body: raw,
      json: parseJson(raw),
      verification,
      repeatOf,
      answer: 0,
    };
    deliveries.push(delivery);
    wake();
    const rule: ResponseRule | null = script.take();
    if (rule?.kind === 'timeout') {
      delivery.answer = 'timeout';
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (rule?.kind === 'reset') {
      delivery.answer = 'reset';
      req.socket.resetAndDestroy();
      return;
    }
    if (rule?.kind === 'slow') {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          timers.delete(t);
          resolve();
        }, rule.ms);
        timers.add(t);
      });
    }
    const base = defaultAnswer(verification);
    if (rule?.kind === 'status') {
      delivery.answer = rule.status;
      reply(res, rule.status, rule.body ?? '', rule.headers);
      return;
    }
    const status = rule?.kind === 'slow' && rule.status !== undefined ? rule.status : base.status;
    delivery.answer = status;
    reply(res, status, base.body);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      const raw = await readBody(req);
      if (url.pathname === '/__receiver' || url.pathname.startsWith('/__receiver/')) {
        const out = handleControl(
          {
            deliveries: () => deliveries,
            script,
            setSecrets: (s) => {
              secrets = [...s];
            },
            secrets: () => secrets,
            reset,
          },
          req.method ?? 'GET',
          url.pathname.slice('/__receiver'.length),
          raw,
        );
        reply(res, out.status, JSON.stringify(out.body));
        return;
      }
      await deliver(req, res, url, raw);
    })().catch(() => {
      if (!res.headersSent) reply(res, 500, '{"error":"receiver failure"}');
    });
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve((server.address() as AddressInfo).port));
  });
  const origin = `http://${host}:${port}`;

  return {
    url: `${origin}/hooks/leads`,
    port,
    deliveries,
    script,
    setSecrets: (s) => {
      secrets = [...s];
    },
    secrets: () => [...secrets],
    waitForDeliveries: (count) =>
      deliveries.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    reset,
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const res of hanging) res.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
