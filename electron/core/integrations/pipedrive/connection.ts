import type { PipedriveConnectionInput } from '#contract/pipedrive';
import type { LookupHttpFactory } from '../fetch-http-client';
import { oauthPurpose, type OAuthBundle } from '../oauth/bundle';
import {
  configText,
  newUrlNeedsCredentials,
  oauthConnection as crmOAuthConnection,
  resolveCrmConnection,
  type ConnectionDeps,
  type OAuthCrmSpec,
} from '../oauth-connector/connection';
import type { IntegrationRow } from '../repository';
import { createPipedriveApi, type PipedriveApi } from './api-client';
import type { PipedriveAuth } from './auth';
import { sharedPipedriveRateState } from './rate-state';
import { TOKEN_MESSAGES, typedToken } from './token';
import { companyKey, normalizePipedriveApiUrl } from './url';

export type { ConnectionDeps };

export const TOKEN_PURPOSE = 'pipedrive:token';
export const OAUTH_PURPOSE = oauthPurpose('pipedrive');

const PIPEDRIVE: OAuthCrmSpec = {
  provider: 'pipedrive',
  label: 'Pipedrive',
  normalizeApiUrl: normalizePipedriveApiUrl,
  typedToken,
  accountField: 'companyId',
  missingCredential: `Sign in with Pipedrive, or paste a personal API token. ${TOKEN_MESSAGES.empty}`,
};

export interface PipedriveConnection {
  apiUrl: string;
  auth: PipedriveAuth;
  /** Known for saved integrations and OAuth connections; the rate memory is per company. */
  companyId: string | null;
  /** The credential already in the vault, if any (a saved one, or an OAuth connection). */
  credentialId: string | null;
  bundle: OAuthBundle | null;
}

export function storedConfig(row: IntegrationRow | null): {
  apiUrl: string | null;
  auth: string | null;
  companyId: string | null;
  companyDomain: string | null;
} {
  return {
    apiUrl: configText(row, 'apiUrl'),
    auth: configText(row, 'auth'),
    companyId: configText(row, 'companyId'),
    companyDomain: configText(row, 'companyDomain'),
  };
}

/** An OAuth connection made in this app for Pipedrive (and, when given, for this client). */
export function oauthConnection(deps: ConnectionDeps, credentialId: string, clientId?: string): OAuthBundle {
  return crmOAuthConnection(deps, PIPEDRIVE, credentialId, clientId);
}

export const NEW_URL_NEEDS_CREDENTIALS = newUrlNeedsCredentials('Pipedrive');

/** The Pipedrive account a lookup talks to; see `resolveCrmConnection` for which credential wins. */
export function resolvePipedriveConnection(input: PipedriveConnectionInput, deps: ConnectionDeps): PipedriveConnection {
  const { accountId, ...conn } = resolveCrmConnection(PIPEDRIVE, input, deps);
  return { ...conn, companyId: accountId };
}

export function rateKeyOfConnection(conn: Pick<PipedriveConnection, 'apiUrl' | 'companyId'>): string {
  return companyKey(conn.apiUrl, conn.companyId);
}

/** The API over the wizard's lookup client, which waits for the same per-company limiter as dispatches. */
export function apiFor(conn: PipedriveConnection, lookupHttp: LookupHttpFactory): PipedriveApi {
  const key = rateKeyOfConnection(conn);
  return createPipedriveApi({
    http: lookupHttp({ type: 'pipedrive', rateLimitKey: key }),
    apiUrl: conn.apiUrl,
    auth: conn.auth,
    rate: { state: sharedPipedriveRateState, key },
  });
}
