import { eq } from 'drizzle-orm';
import type { PipedriveConnectionInput } from '../../../contract/pipedrive';
import type { Db } from '../../db/connection';
import { credentials } from '../../db/schema';
import { fieldError } from '../../errors';
import type { Vault } from '../../vault/vault';
import type { LookupHttpFactory } from '../fetch-http-client';
import { oauthPurpose, parseBundle, type OAuthBundle } from '../oauth/bundle';
import type { OAuthTokenSource } from '../oauth/tokens';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import { createPipedriveApi, type PipedriveApi } from './api-client';
import { oauthAuth, personalTokenAuth, type PipedriveAuth } from './auth';
import { sharedPipedriveRateState } from './rate-state';
import { TOKEN_MESSAGES, typedToken } from './token';
import { companyKey, normalizePipedriveApiUrl } from './url';

export const TOKEN_PURPOSE = 'pipedrive:token';
export const OAUTH_PURPOSE = oauthPurpose('pipedrive');

export interface PipedriveConnection {
  apiUrl: string;
  auth: PipedriveAuth;
  /** Known for saved integrations and OAuth connections; the rate memory is per company. */
  companyId: string | null;
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

export function storedConfig(row: IntegrationRow | null): {
  apiUrl: string | null;
  auth: string | null;
  companyId: string | null;
  companyDomain: string | null;
} {
  const c = row && typeof row.config === 'object' && row.config !== null ? row.config : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    apiUrl: text(c.apiUrl),
    auth: text(c.auth),
    companyId: text(c.companyId),
    companyDomain: text(c.companyDomain),
  };
}

/** An OAuth connection made in this app for Pipedrive (and, when given, for this client). */
export function oauthConnection(deps: ConnectionDeps, credentialId: string, clientId?: string): OAuthBundle {
  const row = deps.db
    .select({ clientId: credentials.clientId, purpose: credentials.purpose })
    .from(credentials)
    .where(eq(credentials.id, credentialId))
    .get();
  const bundle = row?.purpose === OAUTH_PURPOSE ? parseBundle(deps.vault.get(credentialId)) : null;
  if (!row || !bundle || (clientId !== undefined && row.clientId !== clientId)) {
    throw fieldError('invalid_input', 'connectionId', 'unknown_connection', 'Sign in with Pipedrive again.');
  }
  return bundle;
}

export const NEW_URL_NEEDS_CREDENTIALS =
  'Connect again: stored Pipedrive credentials are only ever sent to the API address they were saved with.';

/**
 * The Pipedrive account a lookup talks to. A typed token wins, then a fresh OAuth connection,
 * then the saved integration's credential, which is used only with the API address it was saved with.
 */
export function resolvePipedriveConnection(input: PipedriveConnectionInput, deps: ConnectionDeps): PipedriveConnection {
  const row = input.integrationId !== undefined ? deps.repo.require(input.integrationId, 'pipedrive') : null;
  const saved = storedConfig(row);
  const url = normalizePipedriveApiUrl(input.apiUrl ?? saved.apiUrl ?? undefined);
  if (!url.ok) throw fieldError('invalid_input', 'apiUrl', url.reason, url.message);
  const token = typedToken(input.token);
  if (token !== null) {
    return { apiUrl: url.apiUrl, auth: personalTokenAuth(token), companyId: null, credentialId: null, bundle: null };
  }
  if (input.connectionId !== undefined) {
    const bundle = oauthConnection(deps, input.connectionId, row?.clientId);
    const auth = oauthAuth(deps.tokens, bundle.id);
    return { apiUrl: url.apiUrl, auth, companyId: bundle.account.id, credentialId: bundle.id, bundle };
  }
  if (row?.credentialId) {
    if (url.apiUrl !== saved.apiUrl) {
      throw fieldError('invalid_input', 'token', 'required_for_new_url', NEW_URL_NEEDS_CREDENTIALS);
    }
    const secret = deps.vault.get(row.credentialId);
    const bundle = saved.auth === 'oauth' ? parseBundle(secret) : null;
    if (saved.auth !== 'oauth' || bundle) {
      return {
        apiUrl: url.apiUrl,
        auth: bundle ? oauthAuth(deps.tokens, bundle.id) : personalTokenAuth(secret),
        companyId: saved.companyId,
        credentialId: row.credentialId,
        bundle,
      };
    }
  }
  throw fieldError(
    'invalid_input',
    'token',
    'empty',
    `Sign in with Pipedrive, or paste a personal API token. ${TOKEN_MESSAGES.empty}`,
  );
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
