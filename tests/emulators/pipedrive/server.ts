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
import { DEFAULT_RATE, RateWindow, type PipedriveRateConfig } from './rate-limit';
import { CompanyState, type Clock } from './state';

/** Personal API tokens are 40 hexadecimal characters. */
export const DEFAULT_API_TOKEN = '0123456789abcdef0123456789abcdef01234567';
export const DEFAULT_OAUTH_APP: OAuthAppConfig = {
  clientId: 'zbl-pipedrive-client-id',
  clientSecret: 'zbl-pipedrive-client-secret',
};

export interface PipedriveEmulatorOptions extends OAuthCrmEmulatorOptions {
  apiTokens?: string[];
  apps?: OAuthAppConfig[];
  rate?: Partial<PipedriveRateConfig>;
  /** Drives token lifetimes, rate windows, the daily reset and timestamps; default `Date.now`. */
  clock?: Clock;
}

export interface PipedriveEmulator extends RunningOAuthCrm<LogEntry, CompanyState, OAuthServer, RateWindow> {
  /** The API address to use instead of https://api.pipedrive.com. */
  readonly url: string;
  readonly apiToken: string;
  readonly app: OAuthAppConfig;
}

/**
 * Pipedrive emulator (v2 persons and organizations, v1 users/me, person fields, lead labels and
 * leads) with Pipedrive's OAuth authorisation server, following docs/crm/pipedrive.md.
 * Where docs/crm/pipedrive.md is silent the choice is marked in its module.
 */
export async function startPipedriveEmulator(options: PipedriveEmulatorOptions = {}): Promise<PipedriveEmulator> {
  const clock = options.clock ?? Date.now;
  const apiTokens = options.apiTokens ?? [DEFAULT_API_TOKEN];
  const apps = options.apps ?? [DEFAULT_OAUTH_APP];
  const state = new CompanyState(clock);
  const oauth = new OAuthServer(apps, clock);
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
    tokenPath: '/oauth/token',
    control: handleControl,
    entry: (base, url): LogEntry => ({ ...base, queryToken: url.searchParams.has('api_token'), cost: 0 }),
    api({ req, url, method, raw }, entry) {
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
      entry.cost = outcome.cost;
      return outcome;
    },
  });
  oauth.apiDomain = emulator.url;

  return {
    ...emulator,
    apiToken: apiTokens[0] ?? DEFAULT_API_TOKEN,
    app: apps[0] ?? DEFAULT_OAUTH_APP,
  };
}
