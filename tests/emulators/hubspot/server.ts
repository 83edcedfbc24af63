import { startOAuthCrmServer } from '../shared/oauth-crm-server';
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
const TOKEN_PATH = '/oauth/v1/token';

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

  const server = await startOAuthCrmServer<LogEntry>({
    host,
    port: options.port ?? 0,
    clock,
    logLimit,
    log,
    faults,
    jsonType: JSON_TYPE,
    badJsonBody: DEFAULT_BAD_JSON,
    statusResponse: statusFaultResponse,
    control: (method, path, query, raw) =>
      handleControl({ state, oauth, rate, faults, log, reset }, method, path, query, raw),
    tokenPath: TOKEN_PATH,
    entry: (base) => base,
    route({ req, url, method, raw }, entry) {
      if (url.pathname === '/oauth/authorize' && method === 'GET') return oauth.authorize(url.searchParams);
      if (url.pathname === TOKEN_PATH && method === 'POST') {
        return oauth.tokenEndpoint(raw, req.headers['content-type']);
      }
      const info = /^\/oauth\/v1\/access-tokens\/([^/]+)$/.exec(url.pathname);
      if (info && method === 'GET') return oauth.tokenInfo(decodeURIComponent(info[1] ?? ''));
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
      return outcome;
    },
  });
  origin = server.origin;
  const { port } = server;

  return {
    url: origin,
    port,
    authorizeUrl: `${origin}/oauth/authorize`,
    tokenUrl: `${origin}${TOKEN_PATH}`,
    privateToken: privateTokens[0] ?? DEFAULT_PRIVATE_TOKEN,
    app: apps[0] ?? DEFAULT_OAUTH_APP,
    state,
    oauth,
    rate,
    faults,
    log,
    reset,
    close: () => server.close(),
  };
}
