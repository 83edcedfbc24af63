import { eq } from 'drizzle-orm';
import type { OAuthProvider } from '#contract/oauth';
import type { Db } from '../../db/connection';
import { credentials } from '../../db/schema';
import { fieldError } from '../../errors';
import type { Vault } from '../../vault/vault';
import { oauthAuth, typedTokenAuth, type CrmAuth } from './auth';
import { oauthPurpose, parseBundle, type OAuthBundle } from '../oauth/bundle';
import type { OAuthTokenSource } from '../oauth/tokens';
import type { IntegrationRow, IntegrationsRepository } from '../repository';

/**
 * Finding the account a HubSpot or Pipedrive lookup talks to: both take a typed token or an OAuth
 * connection made in this app, and keep either in the vault. What differs is the service's name,
 * how its API address and tokens are checked, and where its account id sits in the saved config.
 */

export interface ConnectionDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  tokens: OAuthTokenSource;
}

export interface OAuthCrmSpec {
  provider: OAuthProvider;
  /** As people call it: "HubSpot". */
  label: string;
  normalizeApiUrl(
    raw: string | undefined,
  ): { ok: true; apiUrl: string } | { ok: false; reason: string; message: string };
  /** A token typed in the wizard, or null when the field was left empty. */
  typedToken(raw: string | undefined): string | null;
  /** The saved config's field naming the remote account (HubSpot's portal, Pipedrive's company). */
  accountField: string;
  /** What to say when there is no credential at all. */
  missingCredential: string;
}

export interface CrmConnection {
  apiUrl: string;
  auth: CrmAuth;
  /** Known for saved integrations and OAuth connections; rate memory is per remote account. */
  accountId: string | null;
  /** The credential already in the vault, if any (a saved one, or an OAuth connection). */
  credentialId: string | null;
  bundle: OAuthBundle | null;
}

export interface CrmConnectionInput {
  integrationId?: string;
  apiUrl?: string;
  token?: string;
  connectionId?: string;
}

/** A saved config's string field, or null. */
export function configText(row: IntegrationRow | null, key: string): string | null {
  const c = row && typeof row.config === 'object' && row.config !== null ? row.config : {};
  const v = c[key];
  return typeof v === 'string' ? v : null;
}

/** An OAuth connection made in this app for `provider` (and, when given, for this client). */
export function oauthConnection(
  deps: ConnectionDeps,
  spec: Pick<OAuthCrmSpec, 'provider' | 'label'>,
  credentialId: string,
  clientId?: string,
): OAuthBundle {
  const row = deps.db
    .select({ clientId: credentials.clientId, purpose: credentials.purpose })
    .from(credentials)
    .where(eq(credentials.id, credentialId))
    .get();
  const bundle = row?.purpose === oauthPurpose(spec.provider) ? parseBundle(deps.vault.get(credentialId)) : null;
  if (!row || !bundle || (clientId !== undefined && row.clientId !== clientId)) {
    throw fieldError('invalid_input', 'connectionId', 'unknown_connection', `Sign in with ${spec.label} again.`);
  }
  return bundle;
}

export function newUrlNeedsCredentials(label: string): string {
  return `Connect again: stored ${label} credentials are only ever sent to the API address they were saved with.`;
}

/**
 * A typed token wins, then a fresh OAuth connection, then the saved integration's credential,
 * which is used only with the API address it was saved with.
 */
export function resolveCrmConnection(
  spec: OAuthCrmSpec,
  input: CrmConnectionInput,
  deps: ConnectionDeps,
): CrmConnection {
  const row = input.integrationId !== undefined ? deps.repo.require(input.integrationId, spec.provider) : null;
  const savedUrl = configText(row, 'apiUrl');
  const url = spec.normalizeApiUrl(input.apiUrl ?? savedUrl ?? undefined);
  if (!url.ok) throw fieldError('invalid_input', 'apiUrl', url.reason, url.message);
  const token = spec.typedToken(input.token);
  if (token !== null) {
    return { apiUrl: url.apiUrl, auth: typedTokenAuth(token), accountId: null, credentialId: null, bundle: null };
  }
  if (input.connectionId !== undefined) {
    const bundle = oauthConnection(deps, spec, input.connectionId, row?.clientId);
    const auth = oauthAuth(deps.tokens, bundle.id);
    return { apiUrl: url.apiUrl, auth, accountId: bundle.account.id, credentialId: bundle.id, bundle };
  }
  if (row?.credentialId) {
    if (url.apiUrl !== savedUrl) {
      throw fieldError('invalid_input', 'token', 'required_for_new_url', newUrlNeedsCredentials(spec.label));
    }
    const secret = deps.vault.get(row.credentialId);
    const oauth = configText(row, 'auth') === 'oauth';
    const bundle = oauth ? parseBundle(secret) : null;
    if (!oauth || bundle) {
      return {
        apiUrl: url.apiUrl,
        auth: bundle ? oauthAuth(deps.tokens, bundle.id) : typedTokenAuth(secret),
        accountId: configText(row, spec.accountField),
        credentialId: row.credentialId,
        bundle,
      };
    }
  }
  throw fieldError('invalid_input', 'token', 'empty', spec.missingCredential);
}
