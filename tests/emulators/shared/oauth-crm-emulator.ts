/**
 * The frame both OAuth CRM emulators (HubSpot, Pipedrive) are built in: the OAuth paths answered by
 * the shared authorisation server, the API behind them, one reset that puts every part back as the
 * emulator started, and the addresses a test connects to. Each emulator brings its own records,
 * rate window, control views and API.
 */
import type { AcFault, RawResponse } from '../activecampaign/faults';
import { AcFaults } from '../activecampaign/faults';
import type { OAuthAuthorizationServer, OAuthBaseConfig } from './oauth-authorization-server';
import { startOAuthCrmServer, type CrmLogEntry, type CrmRequest } from './oauth-crm-server';

/** The options both emulators take. */
export interface OAuthCrmEmulatorOptions {
  port?: number;
  host?: string;
  /** Seconds an OAuth access token lives. */
  accessTokenSeconds?: number;
  logLimit?: number;
}

export interface CrmRateWindow<R> {
  reset(): void;
  configure(patch: Partial<R>): void;
}

/** What the control endpoints act on. */
export interface OAuthCrmParts<E, S, O, W> {
  state: S;
  oauth: O;
  rate: W;
  faults: AcFaults;
  log: E[];
  reset(): void;
}

export interface OAuthCrmSetup<E extends CrmLogEntry, S, O, W, R> {
  options: OAuthCrmEmulatorOptions;
  clock: () => number;
  state: S;
  oauth: O;
  rate: W;
  /** The rate settings the emulator started with, which a reset goes back to. */
  rateConfig: R;
  jsonType: string;
  badJsonBody: string;
  statusResponse(fault: Extract<AcFault, { kind: 'status' }>): RawResponse;
  /** The token endpoint's path; the authorise page is at /oauth/authorize for both services. */
  tokenPath: string;
  control(t: OAuthCrmParts<E, S, O, W>, method: string, path: string, query: URLSearchParams, raw: string): RawResponse;
  /** The service's own log fields, added to the common ones. */
  entry(base: CrmLogEntry, url: URL): E;
  /** A further OAuth path the service answers, or null. */
  oauthRoute?(url: URL, method: string): RawResponse | null;
  /** The API; may fill in the service's own log fields. */
  api(request: CrmRequest, entry: E, origin: string): RawResponse & Pick<CrmLogEntry, 'auth' | 'rateLimited'>;
}

export interface RunningOAuthCrm<E, S, O, W> extends Readonly<OAuthCrmParts<E, S, O, W>> {
  readonly url: string;
  readonly port: number;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  close(): Promise<void>;
}

export async function startOAuthCrmEmulator<
  E extends CrmLogEntry,
  S extends { reset(): void },
  O extends OAuthAuthorizationServer<OAuthBaseConfig>,
  W extends CrmRateWindow<R>,
  R,
>(o: OAuthCrmSetup<E, S, O, W, R>): Promise<RunningOAuthCrm<E, S, O, W>> {
  const { state, oauth, rate } = o;
  const initialTokenSeconds = o.options.accessTokenSeconds ?? oauth.config.accessTokenSeconds;
  oauth.config.accessTokenSeconds = initialTokenSeconds;
  const faults = new AcFaults();
  const log: E[] = [];
  let origin = '';

  const reset = (): void => {
    state.reset();
    oauth.reset();
    oauth.config.accessTokenSeconds = initialTokenSeconds;
    rate.reset();
    rate.configure(o.rateConfig);
    faults.clear();
    log.length = 0;
  };
  const parts: OAuthCrmParts<E, S, O, W> = { state, oauth, rate, faults, log, reset };

  const server = await startOAuthCrmServer<E>({
    host: o.options.host ?? '127.0.0.1',
    port: o.options.port ?? 0,
    clock: o.clock,
    logLimit: o.options.logLimit ?? 10_000,
    log,
    faults,
    jsonType: o.jsonType,
    badJsonBody: o.badJsonBody,
    statusResponse: o.statusResponse,
    control: (method, path, query, raw) => o.control(parts, method, path, query, raw),
    tokenPath: o.tokenPath,
    entry: o.entry,
    route(request, entry) {
      const { req, url, method, raw } = request;
      if (url.pathname === '/oauth/authorize' && method === 'GET') return oauth.authorize(url.searchParams);
      if (url.pathname === o.tokenPath && method === 'POST') {
        return oauth.tokenEndpoint(raw, req.headers['content-type'], req.headers.authorization);
      }
      const own = o.oauthRoute?.(url, method);
      if (own) return own;
      const outcome = o.api(request, entry, origin);
      entry.auth = outcome.auth;
      entry.rateLimited = outcome.rateLimited;
      return outcome;
    },
  });
  origin = server.origin;

  return {
    ...parts,
    url: origin,
    port: server.port,
    authorizeUrl: `${origin}/oauth/authorize`,
    tokenUrl: `${origin}${o.tokenPath}`,
    close: () => server.close(),
  };
}
