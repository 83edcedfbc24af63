import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PATH, bridgeCallSchema, TOKEN_PARAM, type BridgeServerMessage } from '#contract/bridge';
import type { Core } from '../core';
import type { Log } from '../core/ports';
import { rawText } from './raw-text';
import { allowedHosts, hostAllowed, originAllowed, tokenMatches } from './security';
import { serveStatic } from './static-files';

export interface HostServerOptions {
  core: Pick<Core, 'dispatch' | 'events'>;
  log: Log;
  rendererDir: string;
  bind: string;
  port: number;
  /** Extra Host names to accept when serving a team from another machine (server mode). */
  publicNames?: readonly string[];
  token?: string;
}

export interface HostServer {
  /** The core is closing to open again (a restore): what pages send from now on waits for `replaceCore`. */
  restarting(): void;
  /** Pages still listening to the old core are disconnected; they reconnect to this one. */
  replaceCore(core: HostServerOptions['core']): void;
  url: string;
  /** The URL to open once: it carries the token in the fragment, which browsers never send to servers. */
  openUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Serves the renderer and the contract bridge; the bridge needs the per-run token and our Origin. */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  if (options.token !== undefined && options.token.length < 32)
    throw new Error('A bridge token needs 32 characters or more.');
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { log } = options;
  let core = options.core;
  /** Resolved while a core is open; a pending promise while it restarts. */
  let ready: Promise<void> = Promise.resolve();
  let markReady: (() => void) | null = null;
  let allowed = new Set<string>();
  /** Which core each page listens to. */
  const listening = new Map<WebSocket, HostServerOptions['core']>();

  const http = createServer((req, res) => {
    res.on('error', (err) => log.info('host: response failed', { error: String(err) }));
    if (!hostAllowed(req.headers.host, allowed)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('Unknown host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(options.rendererDir, req, res);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node hands the raw socket over without its own error handling: a client that resets now must not end the host.
    socket.on('error', (err) => log.info('host: bridge socket error before the upgrade', { error: String(err) }));
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname !== BRIDGE_PATH) return refuse(socket, 404, 'Not Found');
    if (!hostAllowed(req.headers.host, allowed)) return refuse(socket, 421, 'Misdirected Request');
    if (!originAllowed(req.headers.origin, allowed)) {
      log.warn('host: bridge refused a foreign origin', { origin: req.headers.origin ?? null });
      return refuse(socket, 403, 'Forbidden');
    }
    if (!tokenMatches(url.searchParams.get(TOKEN_PARAM), token)) {
      log.warn('host: bridge refused a call without the right token');
      return refuse(socket, 401, 'Unauthorized');
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveBridge(ws));
  });

  function send(ws: WebSocket, message: BridgeServerMessage): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }

  function serveBridge(ws: WebSocket): void {
    // ws has already closed the connection with the right code (1002, 1007, 1009) when it reports a bad frame;
    // without this listener the 'error' event would end the process and every other window with it.
    ws.on('error', (err) => log.warn('host: bridge connection closed on a bad frame', { error: err.message }));
    let unsubscribe: (() => void) | null = null;
    let closed = false;
    ws.on('close', () => {
      closed = true;
      listening.delete(ws);
      unsubscribe?.();
    });
    // A page that reconnects while the core restarts hears the new core's events, never the old one's.
    void ready.then(() => {
      if (closed) return;
      listening.set(ws, core);
      unsubscribe = core.events.subscribe((event, payload) => send(ws, { type: 'event', event, payload }));
    });
    ws.on('message', (data, isBinary) => {
      if (isBinary) return ws.close(1003, 'Text frames only');
      let parsed: unknown;
      try {
        parsed = JSON.parse(rawText(data));
      } catch {
        return ws.close(1007, 'Not JSON');
      }
      const call = bridgeCallSchema.safeParse(parsed);
      if (!call.success) return ws.close(1008, 'Not a call');
      const { id, channel, input } = call.data;
      void ready.then(() => core.dispatch(channel, input)).then((result) => send(ws, { type: 'result', id, result }));
    });
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.bind, () => {
      http.off('error', reject);
      http.on('error', (err) => log.error('host: server error', { error: String(err) }));
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  allowed = allowedHosts(options.bind, port, options.publicNames);
  const hostName = options.bind.includes(':') ? `[${options.bind}]` : options.bind;
  const url = `http://${hostName === '0.0.0.0' ? '127.0.0.1' : hostName}:${port}/`;

  return {
    restarting() {
      if (markReady) return;
      ready = new Promise<void>((resolve) => (markReady = resolve));
    },
    replaceCore(next) {
      const previous = core;
      core = next;
      // 1012 "service restart": pages reconnect by themselves, then reload on the new core.
      for (const [ws, heard] of listening) if (heard === previous) ws.close(1012, 'Restarting');
      markReady?.();
      markReady = null;
    },
    url,
    openUrl: `${url}#${TOKEN_PARAM}=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
