import {
  startOAuthCrmEmulator,
  type OAuthCrmEmulatorOptions,
  type RunningOAuthCrm,
} from '../shared/oauth-crm-emulator';
import { handleApiCall } from './api';
import { handleControl, type LogEntry } from './control';
import { JSON_TYPE } from './errors';
import { DEFAULT_BAD_JSON, statusFaultResponse } from './faults';
import { OAuthServer, type OAuthAppConfig } from './oauth-server';
import { DEFAULT_RATE, RateWindow, type HubspotRateConfig } from './rate-limit';
import { PortalState, type Clock } from './state';

export const DEFAULT_PRIVATE_TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
export const DEFAULT_OAUTH_APP: OAuthAppConfig = {
  clientId: 'zbl-emulator-client-id',
  clientSecret: 'zbl-emulator-client-secret',
};
export const DEFAULT_PORTAL_ID = '12345678';

export interface HubspotEmulatorOptions extends OAuthCrmEmulatorOptions {
  /** Private app tokens the API accepts. */
  privateTokens?: string[];
  /** OAuth apps the authorisation server knows. */
  apps?: OAuthAppConfig[];
  portalId?: string;
  rate?: Partial<HubspotRateConfig>;
  /** Drives token lifetimes, rate windows and timestamps; default `Date.now`. */
  clock?: Clock;
}

export interface HubspotEmulator extends RunningOAuthCrm<LogEntry, PortalState, OAuthServer, RateWindow> {
  /** The API address to use instead of https://api.hubapi.com. */
  readonly url: string;
  readonly privateToken: string;
  readonly app: OAuthAppConfig;
}

/**
 * HubSpot CRM v3 emulator (contacts, companies, properties, associations) with HubSpot's OAuth
 * authorisation server, following docs/crm/hubspot.md. Where docs/crm/hubspot.md is silent
 * (401 and 429 bodies, OAuth, properties, account details) the choice is marked in its module.
 */
export async function startHubspotEmulator(options: HubspotEmulatorOptions = {}): Promise<HubspotEmulator> {
  const clock = options.clock ?? Date.now;
  const privateTokens = options.privateTokens ?? [DEFAULT_PRIVATE_TOKEN];
  const apps = options.apps ?? [DEFAULT_OAUTH_APP];
  const state = new PortalState(options.portalId ?? DEFAULT_PORTAL_ID, clock);
  const oauth = new OAuthServer(apps, clock, {
    id: state.portalId,
    domain: 'zbl-emulator.hubspot.com',
    user: 'owner@agency.example',
  });
  const rateConfig = { ...DEFAULT_RATE, ...options.rate };
  const rate = new RateWindow({ ...rateConfig });

  const emulator = await startOAuthCrmEmulator({
    options,
    clock,
    state,
    oauth,
    rate,
    rateConfig,
    jsonType: JSON_TYPE,
    badJsonBody: DEFAULT_BAD_JSON,
    statusResponse: statusFaultResponse,
    tokenPath: '/oauth/v1/token',
    control: handleControl,
    entry: (base): LogEntry => base,
    oauthRoute(url, method) {
      const info = /^\/oauth\/v1\/access-tokens\/([^/]+)$/.exec(url.pathname);
      return info && method === 'GET' ? oauth.tokenInfo(decodeURIComponent(info[1] ?? '')) : null;
    },
    api: ({ req, url, method, raw }, _entry, origin) =>
      handleApiCall(
        { state, oauth, rate, privateTokens, clock },
        {
          method,
          path: url.pathname,
          query: url.searchParams,
          rawBody: raw,
          authorization: req.headers.authorization,
          origin,
        },
      ),
  });

  return {
    ...emulator,
    privateToken: privateTokens[0] ?? DEFAULT_PRIVATE_TOKEN,
    app: apps[0] ?? DEFAULT_OAUTH_APP,
  };
}
