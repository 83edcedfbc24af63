import type { OAuthTokenSource } from '../oauth/tokens';

/** How requests to HubSpot are authorised: always `Authorization: Bearer` (NOTES §1). */
export interface HubspotAuth {
  kind: 'oauth' | 'token';
  /** Where an OAuth token is renewed, for the attempt's timeline; absent for a fixed token. */
  tokenUrl?: string;
  token(): Promise<string>;
  /** After a 401: a renewed token to try once more, or null when there is none to be had. */
  renew(rejected: string): Promise<string | null>;
}

/** A private app's access token: it does not expire, so a 401 means it was revoked or mistyped. */
export function privateAppAuth(token: string): HubspotAuth {
  return { kind: 'token', token: () => Promise.resolve(token), renew: () => Promise.resolve(null) };
}

/** An OAuth connection: tokens come from the vault, renewed before they expire and once after a 401. */
export function oauthAuth(tokens: OAuthTokenSource, credentialId: string, tokenUrl?: string): HubspotAuth {
  return {
    kind: 'oauth',
    tokenUrl,
    token: () => tokens.accessToken(credentialId),
    renew: (rejected) => tokens.accessToken(credentialId, { rejected }),
  };
}
