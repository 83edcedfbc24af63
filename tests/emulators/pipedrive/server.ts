import { startOAuthCrmServer } from '../shared/oauth-crm-server';
import { handleApiCall } from './api';
import { handleControl, type LogEntry } from './control';
import { JSON_TYPE } from './errors';
import { DEFAULT_BAD_JSON, PipedriveFaults, statusFaultResponse } from './faults';
import { OAuthServer, type OAuthAppConfig } from './oauth-server';
import { DEFAULT_RATE, RateWindow, type PipedriveRateConfig } from './rate-limit';
import { CompanyState, type Clock } from './state';

/** Personal API tokens are 40 hexadecimal characters. */
export const DEFAULT_API_TOKEN = '0123456789abcdef0123456789abcdef01234567';
const TOKEN_PATH = '/oauth/token';
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
    entry: (base, url) => ({ ...base, queryToken: url.searchParams.has('api_token'), cost: 0 }),
    route({ req, url, method, raw }, entry) {
      if (url.pathname === '/oauth/authorize' && method === 'GET') return oauth.authorize(url.searchParams);
      if (url.pathname === TOKEN_PATH && method === 'POST') {
        return oauth.tokenEndpoint(raw, req.headers['content-type'], req.headers.authorization);
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
      return outcome;
    },
  });
  const { origin, port } = server;
  oauth.apiDomain = origin;

  return {
    url: origin,
    port,
    authorizeUrl: `${origin}/oauth/authorize`,
    tokenUrl: `${origin}${TOKEN_PATH}`,
    apiToken: apiTokens[0] ?? DEFAULT_API_TOKEN,
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
