import { oauthAuth, typedTokenAuth, type CrmAuth } from '../oauth-connector/auth';

/**
 * How requests to Pipedrive are authorised (docs/crm/pipedrive.md §2): OAuth as `Authorization: Bearer`, renewed
 * before expiry and once after a 401; a personal API token in the `x-api-token` header, never in
 * the query (the current specs dropped `?api_token=`).
 */
export type PipedriveAuth = CrmAuth;

export const personalTokenAuth = typedTokenAuth;
export { oauthAuth };

export function authHeaders(auth: PipedriveAuth, token: string): Record<string, string> {
  return auth.kind === 'oauth' ? { Authorization: `Bearer ${token}` } : { 'x-api-token': token };
}
