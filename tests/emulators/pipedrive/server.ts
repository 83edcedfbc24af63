import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { bodyForLog, listen, readBody, send } from '../activecampaign/http-util';
import { handleApiCall } from './api';
import { handleControl, type LogEntry } from './control';
import { JSON_TYPE } from './errors';
import { DEFAULT_BAD_JSON, PipedriveFaults, statusFaultResponse } from './faults';
import { OAuthServer, type OAuthAppConfig } from './oauth-server';
import { DEFAULT_RATE, RateWindow, type PipedriveRateConfig } from './rate-limit';
import { CompanyState, type Clock } from './state';

/** Personal API tokens are 40 hexadecimal characters. */
export const DEFAULT_API_TOKEN = '0123456789abcdef0123456789abcdef01234567';
export const DEFAULT_OAUTH_APP: OAuthAppConfig = {
  clientId: 'zbl-pipedrive-client-id',
  clientSecret: 'zbl-pipedrive-client-secret',
};

export interface PipedriveEmulatorOptions {
  port?: number;
  host?: string;
  apiTokens?: string[];
  apps?: OAuthAppConfig[];
  rate?: Partial<PipedriveRateConfig>;
  /** Seconds an OAuth access token lives. */
  accessTokenSeconds?: number;
  /** Drives token lifetimes, rate windows, the daily reset and timestamps; default `Date.now`. */
  clock?: Clock;
  logLimit?: number;
}

export interface PipedriveEmulator {
  /** The API address to use instead of https://api.pipedrive.com. */
  readonly url: string;
  readonly port: number;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly apiToken: string;
  readonly app: OAuthAppConfig;
  readonly state: CompanyState;
  readonly oauth: OAuthServer;
  readonly rate: RateWindow;
  readonly faults: InstanceType<typeof PipedriveFaults>;
  readonly log: LogEntry[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * Pipedrive emulator (v2 persons and organizations, v1 users/me, person fields, lead labels and
 * leads) with Pipedrive's OAuth authorisation server, following /work/shared/specs/pipedrive/NOTES.md.
 * Where NOTES is silent the choice is marked in its module.
 */
export async function startPipedriveEmulator(options: PipedriveEmulatorOptions = {}): Promise<PipedriveEmulator> {
  const clock = options.clock ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  const apiTokens = options.apiTokens ?? [DEFAULT_API_TOKEN];
  const apps = options.apps ?? [DEFAULT_OAUTH_APP];
  const state = new CompanyState(clock);
  const oauth = new OAuthServer(apps, clock);
  const initialTokenSeconds = options.accessTokenSeconds ?? 3599;
  oauth.config.accessTokenSeconds = initialTokenSeconds;
  const rate = new RateWindow({ ...DEFAULT_RATE, ...options.rate });
  const faults = new PipedriveFaults();
  const log: LogEntry[] = [];
  const logLimit = options.logLimit ?? 10_000;
  const hanging = new Set<ServerResponse>();

  const reset = (): void => {
    state.reset();
    oauth.reset();
    oauth.config.accessTokenSeconds = initialTokenSeconds;
    rate.reset();
    rate.configure({ ...DEFAULT_RATE, ...options.rate });
    faults.clear();
    log.length = 0;
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    let raw: string;
    try {
      raw = await readBody(req);
    } catch {
      send(res, { status: 413, headers: { 'Content-Type': JSON_TYPE, Connection: 'close' }, body: '{}' });
      req.socket.destroy();
      return;
    }
    if (url.pathname === '/__emulator' || url.pathname.startsWith('/__emulator/')) {
      const target = { state, oauth, rate, faults, log, reset };
      send(res, handleControl(target, method, url.pathname.slice('/__emulator'.length), url.searchParams, raw));
      return;
    }
    const entry: LogEntry = {
      seq: (log.at(-1)?.seq ?? 0) + 1,
      at: clock(),
      method,
      path: url.pathname,
      query: url.search.slice(1),
      status: 0,
      fault: null,
      rateLimited: false,
      auth: null,
      queryToken: url.searchParams.has('api_token'),
      cost: 0,
      body: url.pathname === '/oauth/token' ? '(form)' : bodyForLog(raw),
    };
    const finish = (status: number): void => {
      entry.status = status;
      log.push(entry);
      if (log.length > logLimit) log.splice(0, log.length - logLimit);
    };

    const fault = faults.take(method, url.pathname, 'main');
    if (fault) {
      entry.fault = fault.kind;
      switch (fault.kind) {
        case 'status': {
          const out = statusFaultResponse(fault);
          send(res, out);
          finish(out.status);
          return;
        }
        case 'badJson': {
          const status = fault.status ?? 200;
          send(res, { status, headers: { 'Content-Type': JSON_TYPE }, body: fault.body ?? DEFAULT_BAD_JSON });
          finish(status);
          return;
        }
        case 'reset':
          req.socket.resetAndDestroy();
          finish(0);
          return;
        case 'timeout':
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          finish(0);
          return;
        case 'delay':
          await new Promise((r) => setTimeout(r, fault.ms));
          break;
      }
    }

    if (url.pathname === '/oauth/authorize' && method === 'GET') {
      const out = oauth.authorize(url.searchParams);
      send(res, out);
      finish(out.status);
      return;
    }
    if (url.pathname === '/oauth/token' && method === 'POST') {
      const out = oauth.tokenEndpoint(raw, req.headers['content-type'], req.headers.authorization);
      send(res, out);
      finish(out.status);
      return;
    }

    const header = req.headers['x-api-token'];
    const outcome = handleApiCall(
      { state, oauth, rate, apiTokens, clock },
      {
        method,
        path: url.pathname,
        query: url.searchParams,
        rawBody: raw,
        authorization: req.headers.authorization,
        apiToken: Array.isArray(header) ? header[0] : header,
      },
    );
    entry.auth = outcome.auth;
    entry.rateLimited = outcome.rateLimited;
    entry.cost = outcome.cost;
    send(res, outcome);
    finish(outcome.status);
  };

  const server = createServer((req, res) => void onRequest(req, res));
  const port = await listen(server, options.port ?? 0, host);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  oauth.apiDomain = origin;

  return {
    url: origin,
    port,
    authorizeUrl: `${origin}/oauth/authorize`,
    tokenUrl: `${origin}/oauth/token`,
    apiToken: apiTokens[0] ?? DEFAULT_API_TOKEN,
    app: apps[0] ?? DEFAULT_OAUTH_APP,
    state,
    oauth,
    rate,
    faults,
    log,
    reset,
    async close(): Promise<void> {
      for (const r of hanging) r.socket?.destroy();
      hanging.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
