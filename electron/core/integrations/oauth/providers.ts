import type { OAuthProvider } from '#contract/oauth';

/** What the app needs to know about a provider's authorisation server. */
export interface OAuthProviderSpec {
  id: OAuthProvider;
  /** For messages: "HubSpot". */
  label: string;
  authorizeUrl: string;
  tokenUrl: string;
  /** The scopes the app needs; shown in Settings so the agency ticks them in its app. */
  scopes: readonly string[];
  /** Some providers take scopes from the app's own settings and want none in the request. */
  requestScopes: boolean;
  /** How the token endpoint wants the app's credentials (RFC 6749 §2.3.1). */
  clientAuth: 'body' | 'basic';
}

export const OAUTH_PROVIDERS: Readonly<Record<OAuthProvider, OAuthProviderSpec>> = {
  hubspot: {
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
  },
  pipedrive: {
    id: 'pipedrive',
    label: 'Pipedrive',
    authorizeUrl: 'https://oauth.pipedrive.com/oauth/authorize',
    tokenUrl: 'https://oauth.pipedrive.com/oauth/token',
    scopes: ['base', 'contacts:full', 'leads:full'],
    requestScopes: false,
    clientAuth: 'basic',
  },
};

/** The loopback redirect's path; the port is the listener's (RFC 8252 §7.3). */
export const CALLBACK_PATH = '/oauth/callback';

export function redirectUriFor(port: number | null): string {
  return `http://127.0.0.1:${port ?? '<port>'}${CALLBACK_PATH}`;
}
