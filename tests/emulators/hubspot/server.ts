import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { bodyForLog, listen, readBody, send } from '../activecampaign/http-util';
import { handleApiCall } from './api';
import { handleControl, type LogEntry } from './control';
import { JSON_TYPE } from './errors';
import { DEFAULT_BAD_JSON, HubspotFaults, statusFaultResponse } from './faults';
import { OAuthServer, type OAuthAppConfig } from './oauth-server';
import { DEFAULT_RATE, RateWindow, type HubspotRateConfig } from './rate-limit';
import { PortalState, type Clock } from './state';

export const DEFAULT_PRIVATE_TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
export const DEFAULT_OAUTH_APP: OAuthAppConfig = {
  clientId: 'zbl-emulator-client-id',
  clientSecret: 'zbl-emulator-client-secret',
};
export const DEFAULT_PORTAL_ID = '12345678';

export interface HubspotEmulatorOptions {
  port?: number;
  host?: string;
  /** Private app tokens the API accepts. */
  privateTokens?: string[];
  /** OAuth apps the authorisation server knows. */
  apps?: OAuthAppConfig[];
  portalId?: string;
  rate?: Partial<HubspotRateConfig>;
  /** Seconds an OAuth access token lives. */
  accessTokenSeconds?: number;
  /** Drives token lifetimes, rate windows and timestamps; default `Date.now`. */
  clock?: Clock;
  logLimit?: number;
}

export interface HubspotEmulator {
  /** The API address to use instead of https://api.hubapi.com. */
  readonly url: string;
  readonly port: number;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly privateToken: string;
  readonly app: OAuthAppConfig;
  readonly state: PortalState;
  readonly oauth: OAuthServer;
  readonly rate: RateWindow;
  readonly faults: HubspotFaults;
  readonly log: LogEntry[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * HubSpot CRM v3 emulator (contacts, companies, properties, associations) with HubSpot's OAuth
 * authorisation server, following /work/shared/specs/hubspot/NOTES.md. Where NOTES is silent
 * (401 and 429 bodies, OAuth, properties, account details) the choice is marked in its module.
 */
export async function startHubspotEmulator(options: HubspotEmulatorOptions = {}): Promise<HubspotEmulator> {
  const clock = options.clock ?? Date.now;
  const host = options.host ?? '127.0.0.1';
  const privateTokens = options.privateTokens ?? [DEFAULT_PRIVATE_TOKEN];
  const apps = options.apps ?? [DEFAULT_OAUTH_APP];
  const state = new PortalState(options.portalId ?? DEFAULT_PORTAL_ID, clock);
  const oauth = new OAuthServer(apps, clock, {
    id: state.portalId,
    domain: 'zbl-emulator.hubspot.com',
    user: 'owner@agency.example',
  });
  const initialTokenSeconds = options.accessTokenSeconds ?? 1800;
  oauth.config.accessTokenSeconds = initialTokenSeconds;
  const rate = new RateWindow({ ...DEFAULT_RATE, ...options.rate });
  const faults = new HubspotFaults();
  const log: LogEntry[] = [];
  const logLimit = options.logLimit ?? 10_000;
  const hanging = new Set<ServerResponse>();
  let origin = '';

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
      send(
        res,
        handleControl(
          { state, oauth, rate, faults, log, reset },
          method,
          url.pathname.slice('/__emulator'.length),
          url.searchParams,
          raw,
        ),
      );
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
      body: url.pathname === '/oauth/v1/token' ? '(form)' : bodyForLog(raw),
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
    if (url.pathname === '/oauth/v1/token' && method === 'POST') {
      const out = oauth.tokenEndpoint(raw, req.headers['content-type']);
      send(res, out);
      finish(out.status);
      return;
    }
    const info = /^\/oauth\/v1\/access-tokens\/([^/]+)$/.exec(url.pathname);
    if (info && method === 'GET') {
      const out = oauth.tokenInfo(decodeURIComponent(info[1] ?? ''));
      send(res, out);
      finish(out.status);
      return;
    }

    const outcome = handleApiCall(
      { state, oauth, rate, privateTokens, clock },
      {
        method,
        path: url.pathname,
        query: url.searchParams,
        rawBody: raw,
        authorization: req.headers.authorization,
        origin,
      },
    );
    entry.auth = outcome.auth;
    entry.rateLimited = outcome.rateLimited;
    send(res, outcome);
    finish(outcome.status);
  };

  const server = createServer((req, res) => void onRequest(req, res));
  const port = await listen(server, options.port ?? 0, host);
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  return {
    url: origin,
    port,
    authorizeUrl: `${origin}/oauth/authorize`,
    tokenUrl: `${origin}/oauth/v1/token`,
    privateToken: privateTokens[0] ?? DEFAULT_PRIVATE_TOKEN,
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
