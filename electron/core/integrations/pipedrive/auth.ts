import { oauthAuth, privateAppAuth, type HubspotAuth } from '../hubspot/auth';

/**
 * How requests to Pipedrive are authorised (NOTES §2): OAuth as `Authorization: Bearer`, renewed
 * before expiry and once after a 401; a personal API token in the `x-api-token` header, never in
 * the query (the current specs dropped `?api_token=`). The token source is the one HubSpot uses.
 */
export type PipedriveAuth = HubspotAuth;

export const personalTokenAuth = privateAppAuth;
export { oauthAuth };

export function authHeaders(auth: PipedriveAuth, token: string): Record<string, string> {
  return auth.kind === 'oauth' ? { Authorization: `Bearer ${token}` } : { 'x-api-token': token };
}
