import type { HubspotConnectionInput } from '#contract/hubspot';
import type { LookupHttpFactory } from '../fetch-http-client';
import { oauthPurpose, type OAuthBundle } from '../oauth/bundle';
import {
  newUrlNeedsCredentials,
  oauthConnection as crmOAuthConnection,
  resolveCrmConnection,
  type ConnectionDeps,
  type OAuthCrmSpec,
} from '../oauth-connector/connection';
import { createHubspotApi, type HubspotApi } from './api-client';
import type { HubspotAuth } from './auth';
import { sharedHubspotRateState } from './rate-state';
import { typedToken, TOKEN_MESSAGES } from './token';
import { normalizeHubspotApiUrl, portalKey } from './url';

export type { ConnectionDeps };

export const TOKEN_PURPOSE = 'hubspot:token';
export const OAUTH_PURPOSE = oauthPurpose('hubspot');

const HUBSPOT: OAuthCrmSpec = {
  provider: 'hubspot',
  label: 'HubSpot',
  normalizeApiUrl: normalizeHubspotApiUrl,
  typedToken,
  accountField: 'portalId',
  missingCredential: `Sign in with HubSpot, or paste a private app token. ${TOKEN_MESSAGES.empty}`,
};

export interface HubspotConnection {
  apiUrl: string;
  auth: HubspotAuth;
  /** Known for saved integrations and OAuth connections; the rate limiter is per portal. */
  portalId: string | null;
  /** The credential already in the vault, if any (a saved one, or an OAuth connection). */
  credentialId: string | null;
  bundle: OAuthBundle | null;
}

/** An OAuth connection made in this app for HubSpot (and, when given, for this client). */
export function oauthConnection(deps: ConnectionDeps, credentialId: string, clientId?: string): OAuthBundle {
  return crmOAuthConnection(deps, HUBSPOT, credentialId, clientId);
}

export const NEW_URL_NEEDS_CREDENTIALS = newUrlNeedsCredentials('HubSpot');

/** The HubSpot account a lookup talks to; see `resolveCrmConnection` for which credential wins. */
export function resolveHubspotConnection(input: HubspotConnectionInput, deps: ConnectionDeps): HubspotConnection {
  const { accountId, ...conn } = resolveCrmConnection(HUBSPOT, input, deps);
  return { ...conn, portalId: accountId };
}

export function rateKeyOf(conn: Pick<HubspotConnection, 'apiUrl' | 'portalId'>): string {
  return portalKey(conn.apiUrl, conn.portalId);
}

/** The API over the wizard's lookup client, which waits for the same per-portal limiter as dispatches. */
export function apiFor(conn: HubspotConnection, lookupHttp: LookupHttpFactory, now?: () => number): HubspotApi {
  const key = rateKeyOf(conn);
  return createHubspotApi({
    http: lookupHttp({ type: 'hubspot', rateLimitKey: key }),
    apiUrl: conn.apiUrl,
    auth: conn.auth,
    rate: { state: sharedHubspotRateState, key },
    now,
  });
}
