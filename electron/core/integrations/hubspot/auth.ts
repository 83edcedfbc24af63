import { oauthAuth, typedTokenAuth, type CrmAuth } from '../oauth-connector/auth';

/** How requests to HubSpot are authorised: always `Authorization: Bearer` (docs/crm/hubspot.md §1). */
export type HubspotAuth = CrmAuth;

/** A private app's access token: it does not expire, so a 401 means it was revoked or mistyped. */
export const privateAppAuth = typedTokenAuth;
export { oauthAuth };
