/**
 * The HTTP plumbing the OAuth CRM emulators (HubSpot, Pipedrive) share: body limit, control
 * endpoints under /__emulator, one log entry a request, fault rules, then the service's routes.
 * What differs per service (its OAuth paths, how it authenticates, what it logs) is `route`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AcFault, AcFaults, RawResponse } from '../activecampaign/faults';
import { bodyForLog, listen, readBody, send } from '../activecampaign/http-util';
import { applyFault } from './faults';

export interface CrmLogEntry {
  seq: number;
  at: number;
  method: string;
  path: string;
  query: string;
  status: number;
  fault: string | null;
  rateLimited: boolean;
  auth: 'token' | 'oauth' | 'none' | null;
  body: unknown;
}

export interface CrmRequest {
  req: IncomingMessage;
  url: URL;
  method: string;
  raw: string;
}

export interface OAuthCrmServerOptions<E extends CrmLogEntry> {
  host: string;
  port: number;
  clock: () => number;
  logLimit: number;
  log: E[];
  faults: AcFaults;
  jsonType: string;
  badJsonBody: string;
  statusResponse(fault: Extract<AcFault, { kind: 'status' }>): RawResponse;
  /** `/__emulator/*`, with the prefix taken off the path. */
  control(method: string, path: string, query: URLSearchParams, raw: string): RawResponse;
  /** The token endpoint, whose form body holds secrets and is not logged. */
  tokenPath: string;
  /** The service's own log fields, added to the common ones. */
  entry(base: CrmLogEntry, url: URL): E;
  /** Answers a request no fault settled; may fill in the entry (auth, rate limiting...). */
  route(request: CrmRequest, entry: E): RawResponse;
}

export interface RunningCrmServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startOAuthCrmServer<E extends CrmLogEntry>(
  o: OAuthCrmServerOptions<E>,
): Promise<RunningCrmServer> {
  const hanging = new Set<ServerResponse>();

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      send(res, { status: 413, headers: { 'Content-Type': o.jsonType, Connection: 'close' }, body: '{}' });
      req.socket.destroy();
      return;
    }
    if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
      send(res, o.control(method, url.pathname.slice('/__emulator'.length), url.searchParams, raw));
      return;
    }
    const entry = o.entry(
      {
        seq: (o.log.at(-1)?.seq ?? 0) + 1,
        at: o.clock(),
        method,
        path: url.pathname,
        query: url.search.slice(1),
        status: 0,
        fault: null,
        rateLimited: false,
        auth: null,
        body: url.pathname === o.tokenPath ? '(form)' : bodyForLog(raw),
      },
      url,
    );
    const finish = (status: number): void => {
      entry.status = status;
      o.log.push(entry);
      if (o.log.length > o.logLimit) o.log.splice(0, o.log.length - o.logLimit);
    };
    const fault = o.faults.take(method, url.pathname, 'main');
    if (fault) {
      entry.fault = fault.kind;
      const settled = await applyFault(fault, {
        req,
        res,
        hanging,
        statusResponse: o.statusResponse,
        jsonType: o.jsonType,
        badJsonBody: o.badJsonBody,
        finish,
      });
      if (settled) return;
    }
    const out = o.route({ req, url, method, raw }, entry);
    send(res, out);
    finish(out.status);
  };

  const server = createServer((req, res) => void onRequest(req, res));
  const port = await listen(server, o.port, o.host);
  return {
    origin: `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`,
    port,
    async close(): Promise<void> {
      for (const r of hanging) r.socket?.destroy();
      hanging.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
