import { ConnectorError } from '../connector';
import type { ResolvedOAuthApp } from '../oauth/app-credentials';
import type { OAuthBundle } from '../oauth/bundle';
import type { FetchFn, TokenSet } from '../oauth/token-endpoint';
import { tokenInfoSchema } from './wire';

/**
 * Which portal and user a fresh OAuth token belongs to: `GET /oauth/v1/access-tokens/{token}` on
 * the token endpoint's host (HubSpot's OAuth API, outside the CRM API docs/crm/hubspot.md covers). Plain
 * fetch, never recorded: the token is in the path.
 */
const UNKNOWN: OAuthBundle['account'] = { id: null, domain: null, user: null };

export function identifyHubspotAccount(fetchFn: FetchFn) {
  return async (
    tokens: TokenSet,
    app: ResolvedOAuthApp,
  ): Promise<{ account: OAuthBundle['account']; scopes?: string[] }> => {
    const url = new URL(`/oauth/v1/access-tokens/${encodeURIComponent(tokens.accessToken)}`, app.tokenUrl);
    let body: unknown;
    try {
      const res = await fetchFn(url.toString(), {
        method: 'GET',
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(20_000),
      });
      if (!res.ok) return { account: UNKNOWN };
      body = await res.json();
    } catch (err) {
      throw new ConnectorError('transient', 'HubSpot did not describe the connected account; try again.', {
        cause: err,
      });
    }
    const info = tokenInfoSchema.safeParse(body);
    if (!info.success) return { account: UNKNOWN };
    return {
      account: { id: info.data.hub_id ?? null, domain: info.data.hub_domain ?? null, user: info.data.user ?? null },
      scopes: info.data.scopes ?? [],
    };
  };
}
