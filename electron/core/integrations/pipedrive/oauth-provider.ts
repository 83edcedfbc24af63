import type { OAuthProviderSpec } from '../oauth/providers';

/**
 * Pipedrive's authorisation server (docs/crm/pipedrive.md §2): scopes come from the app's own
 * settings, and the token endpoint wants the app's credentials in a Basic header.
 */
export const pipedriveOAuthProvider: OAuthProviderSpec = {
  id: 'pipedrive',
  label: 'Pipedrive',
  authorizeUrl: 'https://oauth.pipedrive.com/oauth/authorize',
  tokenUrl: 'https://oauth.pipedrive.com/oauth/token',
  scopes: ['base', 'contacts:full', 'leads:full'],
  requestScopes: false,
  clientAuth: 'basic',
};
