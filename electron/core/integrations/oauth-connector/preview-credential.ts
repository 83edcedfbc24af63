import { AppError } from '../../errors';
import type { CrmAuth } from './auth';
import { serializeBundle, type OAuthBundle } from '../oauth/bundle';
import { maskHint } from '../../vault/vault';
import type { SampleLead } from '../shared/sample-lead';
import type { HttpClient, IntegrationType } from '../connector';
import type { OAuthTokenSource } from '../oauth/tokens';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import type { CrmConnectionInput } from './connection';

export interface PreviewCredential<C> {
  conn: C | null;
  /** The credential as the connector would read it from the vault: the OAuth bundle, or the token. */
  secret: string | null;
  /** What the preview shows in place of the credential. */
  hint: string;
}

/**
 * The connection a HubSpot or Pipedrive preview may read with. A preview without a usable
 * credential still shows the calls, all simulated, so a credential that cannot be used is no error.
 */
type Connected = { bundle: OAuthBundle | null; auth: CrmAuth };

export async function previewCredential<C extends Connected>(
  given: boolean,
  connect: () => C,
  noCredentialHint: string,
): Promise<PreviewCredential<C>> {
  let conn: C | null = null;
  if (given) {
    try {
      conn = connect();
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
    }
  }
  if (conn === null) return { conn, secret: null, hint: noCredentialHint };
  if (conn.bundle !== null) return { conn, secret: serializeBundle(conn.bundle), hint: '(OAuth access token)' };
  const secret = await conn.auth.token();
  return { conn, secret, hint: maskHint(secret) };
}

export interface PreviewInput {
  integrationId?: string;
  config?: unknown;
  token?: string;
  connectionId?: string;
}

export interface PreviewSetup<Config, C> extends PreviewCredential<C> {
  row: IntegrationRow | null;
  config: Config;
}

/**
 * What a HubSpot or Pipedrive preview runs with: the settings passed (or the saved integration's),
 * and the credential of the kind those settings name, typed, freshly connected or saved.
 */
export async function previewSetup<Config extends { apiUrl: string; auth: 'oauth' | 'token' }, C extends Connected>(
  input: PreviewInput,
  o: {
    type: IntegrationType;
    repo: IntegrationsRepository;
    parseConfig(raw: unknown): Config;
    typedToken(raw: string | undefined): string | null;
    connect(input: CrmConnectionInput): C;
    noCredentialHint: string;
  },
): Promise<PreviewSetup<Config, C>> {
  const row = input.integrationId !== undefined ? o.repo.require(input.integrationId, o.type) : null;
  if (!row && input.config === undefined) {
    throw new AppError('invalid_input', 'Pass the settings to preview, or the id of a saved integration.');
  }
  const config = o.parseConfig(input.config ?? row?.config);
  const given = o.typedToken(input.token) !== null || input.connectionId !== undefined || !!row?.credentialId;
  const credential = await previewCredential(
    given,
    () =>
      o.connect({
        integrationId: row?.id,
        apiUrl: config.apiUrl,
        token: config.auth === 'token' ? input.token : undefined,
        connectionId: config.auth === 'oauth' ? input.connectionId : undefined,
      }),
    o.noCredentialHint,
  );
  return { row, config, ...credential };
}

/** What a HubSpot or Pipedrive preview runs on, once `previewSetup` found it. */
export interface OAuthCrmPreviewInput<Config> {
  config: Config;
  lead: SampleLead;
  clientId: string;
  /** The credential as the connector would read it from the vault; null: nothing is read remotely. */
  secret: string | null;
  credentialHint: string;
  tokens: OAuthTokenSource;
  live: HttpClient | null;
}
