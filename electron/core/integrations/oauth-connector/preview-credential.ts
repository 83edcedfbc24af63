import { AppError } from '../../errors';
import type { HubspotAuth } from '../hubspot/auth';
import { serializeBundle, type OAuthBundle } from '../oauth/bundle';
import { maskHint } from '../../vault/vault';

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
export async function previewCredential<C extends { bundle: OAuthBundle | null; auth: HubspotAuth }>(
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
