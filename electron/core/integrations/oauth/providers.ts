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

/** The providers the registered connectors sign in with, by id; the registry builds it (integrations/registry.ts). */
export type OAuthProviders = ReadonlyMap<OAuthProvider, OAuthProviderSpec>;

/** The spec of `provider`; a provider no connector registers is a programming error. */
export function providerSpec(providers: OAuthProviders, provider: OAuthProvider): OAuthProviderSpec {
  const spec = providers.get(provider);
  if (!spec) throw new Error(`oauth: no connector signs in with ${provider}`);
  return spec;
}

/** The loopback redirect's path; the port is the listener's (RFC 8252 §7.3). */
export const CALLBACK_PATH = '/oauth/callback';

export function redirectUriFor(port: number | null): string {
  return `http://127.0.0.1:${port ?? '<port>'}${CALLBACK_PATH}`;
}
