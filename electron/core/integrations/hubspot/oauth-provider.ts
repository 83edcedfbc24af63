import type { OAuthProviderSpec } from '../oauth/providers';

/** HubSpot's authorisation server and the scopes the app needs (docs/crm/hubspot.md §1). */
export const hubspotOAuthProvider: OAuthProviderSpec = {
  id: 'hubspot',
  label: 'HubSpot',
  authorizeUrl: 'https://app.hubspot.com/oauth/authorize',
  tokenUrl: 'https://api.hubapi.com/oauth/v1/token',
  scopes: [
    'oauth',
    'crm.objects.contacts.read',
    'crm.objects.contacts.write',
    'crm.schemas.contacts.read',
    'crm.schemas.contacts.write',
    'crm.objects.companies.read',
    'crm.objects.companies.write',
  ],
  requestScopes: true,
  clientAuth: 'body',
};
