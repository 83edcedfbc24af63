import type { OAuthTokenSource } from '../oauth/tokens';

/**
 * How requests to an OAuth CRM (HubSpot, Pipedrive) are authorised: an OAuth connection whose tokens
 * the vault renews, or a token the user typed. Each connector says how the token travels.
 */
export interface CrmAuth {
  kind: 'oauth' | 'token';
  /** Where an OAuth token is renewed, for the attempt's timeline; absent for a typed token. */
  tokenUrl?: string;
  token(): Promise<string>;
  /** After a 401: a renewed token to try once more, or null when there is none to be had. */
  renew(rejected: string): Promise<string | null>;
}

/** A typed token (HubSpot's private app token, Pipedrive's personal API token): a 401 means it was revoked or mistyped. */
export function typedTokenAuth(token: string): CrmAuth {
  return { kind: 'token', token: () => Promise.resolve(token), renew: () => Promise.resolve(null) };
}

/** An OAuth connection: tokens come from the vault, renewed before they expire and once after a 401. */
export function oauthAuth(tokens: OAuthTokenSource, credentialId: string, tokenUrl?: string): CrmAuth {
  return {
    kind: 'oauth',
    tokenUrl,
    token: () => tokens.accessToken(credentialId),
    renew: (rejected) => tokens.accessToken(credentialId, { rejected }),
  };
}
