import { eq } from 'drizzle-orm';
import type { HubspotConnectionInput } from '../../../contract/hubspot';
import type { Db } from '../../db/connection';
import { credentials } from '../../db/schema';
import { fieldError } from '../../errors';
import type { Vault } from '../../vault/vault';
import type { LookupHttpFactory } from '../fetch-http-client';
import { oauthPurpose, parseBundle, type OAuthBundle } from '../oauth/bundle';
import type { OAuthTokenSource } from '../oauth/tokens';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import { createHubspotApi, type HubspotApi } from './api-client';
import { oauthAuth, privateAppAuth, type HubspotAuth } from './auth';
import { sharedHubspotRateState } from './rate-state';
import { typedToken, TOKEN_MESSAGES } from './token';
import { normalizeHubspotApiUrl, portalKey } from './url';

export const TOKEN_PURPOSE = 'hubspot:token';
export const OAUTH_PURPOSE = oauthPurpose('hubspot');

export interface HubspotConnection {
  apiUrl: string;
  auth: HubspotAuth;
  /** Known for saved integrations and OAuth connections; the rate limiter is per portal. */
  portalId: string | null;
  /** The credential already in the vault, if any (a saved one, or an OAuth connection). */
  credentialId: string | null;
  bundle: OAuthBundle | null;
}

export interface ConnectionDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  tokens: OAuthTokenSource;
}

function stored(config: unknown): { apiUrl: string | null; auth: string | null; portalId: string | null } {
  const c = typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { apiUrl: text(c.apiUrl), auth: text(c.auth), portalId: text(c.portalId) };
}

/** An OAuth connection made in this app for HubSpot (and, when given, for this client). */
export function oauthConnection(deps: ConnectionDeps, credentialId: string, clientId?: string): OAuthBundle {
  const row = deps.db
    .select({ clientId: credentials.clientId, purpose: credentials.purpose })
    .from(credentials)
    .where(eq(credentials.id, credentialId))
    .get();
  const bundle = row?.purpose === OAUTH_PURPOSE ? parseBundle(deps.vault.get(credentialId)) : null;
  if (!row || !bundle || (clientId !== undefined && row.clientId !== clientId)) {
    throw fieldError('invalid_input', 'connectionId', 'unknown_connection', 'Sign in with HubSpot again.');
  }
  return bundle;
}

export const NEW_URL_NEEDS_CREDENTIALS =
  'Connect again: stored HubSpot credentials are only ever sent to the API address they were saved with.';

/**
 * The HubSpot account a lookup talks to. A typed token wins, then a fresh OAuth connection, then
 * the saved integration's credential, which is used only with the API address it was saved with.
 */
export function resolveHubspotConnection(input: HubspotConnectionInput, deps: ConnectionDeps): HubspotConnection {
  const row: IntegrationRow | null =
    input.integrationId !== undefined ? deps.repo.require(input.integrationId, 'hubspot') : null;
  const saved = stored(row?.config);
  const url = normalizeHubspotApiUrl(input.apiUrl ?? saved.apiUrl ?? undefined);
  if (!url.ok) throw fieldError('invalid_input', 'apiUrl', url.reason, url.message);
  const token = typedToken(input.token);
  if (token !== null) {
    return { apiUrl: url.apiUrl, auth: privateAppAuth(token), portalId: null, credentialId: null, bundle: null };
  }
  if (input.connectionId !== undefined) {
    const bundle = oauthConnection(deps, input.connectionId, row?.clientId);
    return {
      apiUrl: url.apiUrl,
      auth: oauthAuth(deps.tokens, bundle.id),
      portalId: bundle.account.id,
      credentialId: bundle.id,
      bundle,
    };
  }
  if (row?.credentialId) {
    if (url.apiUrl !== saved.apiUrl) {
      throw fieldError('invalid_input', 'token', 'required_for_new_url', NEW_URL_NEEDS_CREDENTIALS);
    }
    const secret = deps.vault.get(row.credentialId);
    if (saved.auth === 'oauth') {
      const bundle = parseBundle(secret);
      if (bundle) {
        return {
          apiUrl: url.apiUrl,
          auth: oauthAuth(deps.tokens, bundle.id),
          portalId: saved.portalId,
          credentialId: row.credentialId,
          bundle,
        };
      }
    } else {
      return {
        apiUrl: url.apiUrl,
        auth: privateAppAuth(secret),
        portalId: saved.portalId,
        credentialId: row.credentialId,
        bundle: null,
      };
    }
  }
  throw fieldError(
    'invalid_input',
    'token',
    'empty',
    `Sign in with HubSpot, or paste a private app token. ${TOKEN_MESSAGES.empty}`,
  );
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
