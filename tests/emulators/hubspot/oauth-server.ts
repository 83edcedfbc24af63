/**
 * HubSpot's OAuth 2.0 authorisation server, for tests (the shared flow in
 * ../shared/oauth-authorization-server.ts): the app authenticates with `client_id` and
 * `client_secret` in the form body and the scopes granted are the ones the authorise request asked
 * for. None of this is in docs/crm/hubspot.md (which covers the CRM API): the paths, the token shapes and the
 * error bodies (`{status: "BAD_…", message}`) follow HubSpot's public OAuth documentation.
 */
import { randomBytes } from 'node:crypto';
import type { RawResponse } from '../activecampaign/faults';
import {
  OAuthAuthorizationServer,
  type OAuthAppConfig,
  type OAuthBaseConfig,
  type OAuthRefusal,
  type TokenAnswer,
} from '../shared/oauth-authorization-server';
import { json, oauthError } from './errors';
import type { Clock } from './state';

export type { OAuthAppConfig, OAuthStats } from '../shared/oauth-authorization-server';

/** HubSpot: access tokens live 1800 seconds; refreshing keeps the same refresh token. */
export type OAuthServerConfig = OAuthBaseConfig;

const REFUSALS: Record<OAuthRefusal, [code: string, message: string]> = {
  contentType: ['BAD_REQUEST', 'The body must be application/x-www-form-urlencoded.'],
  grantType: ['BAD_GRANT_TYPE', 'grant_type must be authorization_code or refresh_token'],
  code: ['BAD_AUTH_CODE', 'missing or unknown auth code'],
  redirectUri: ['BAD_REDIRECT_URI', 'redirect_uri does not match the one the code was issued for'],
  verifier: ['BAD_CODE_VERIFIER', 'code_verifier does not match code_challenge'],
  refreshToken: ['BAD_REFRESH_TOKEN', 'missing or unknown refresh token'],
};

const SECRET_PREFIX = { access: 'CJ-access', refresh: 'na1-refresh' } as const;

export class OAuthServer extends OAuthAuthorizationServer<OAuthServerConfig> {
  protected readonly codeLifetimeMs = 10 * 60_000;
  protected readonly denial = { error: 'access_denied', description: 'The user did not authorize the app' };

  constructor(
    apps: OAuthAppConfig[],
    clock: Clock,
    private readonly portal: { id: string; domain: string; user: string },
  ) {
    super(apps, clock);
  }

  protected defaults(): OAuthServerConfig {
    return { accessTokenSeconds: 1800, consent: 'approve', rotateRefreshTokens: false };
  }

  protected secret(kind: 'code' | 'access' | 'refresh'): string {
    if (kind === 'code') return randomBytes(18).toString('base64url');
    return `${SECRET_PREFIX[kind]}-${randomBytes(24).toString('base64url')}`;
  }

  protected authenticate(form: URLSearchParams): OAuthAppConfig | RawResponse {
    const app = this.apps.find((a) => a.clientId === form.get('client_id'));
    if (!app) return oauthError('BAD_CLIENT_ID', 'missing or invalid client_id');
    if (form.get('client_secret') !== app.clientSecret) {
      return oauthError('BAD_CLIENT_SECRET', 'missing or invalid client_secret');
    }
    return app;
  }

  protected refusal(reason: OAuthRefusal): RawResponse {
    return oauthError(...REFUSALS[reason]);
  }

  protected grantedScopes(requested: string[]): string[] {
    return requested;
  }

  protected tokenAnswer(t: TokenAnswer): RawResponse {
    return json(200, {
      token_type: 'bearer',
      refresh_token: t.refreshToken,
      access_token: t.accessToken,
      expires_in: t.seconds,
    });
  }

  /** GET /oauth/v1/access-tokens/{token}: what the token belongs to. */
  tokenInfo(accessToken: string): RawResponse {
    const t = this.access.get(accessToken);
    if (!t)
      return json(404, { status: 'error', message: 'Token not found', correlationId: randomBytes(8).toString('hex') });
    return json(200, {
      token: accessToken,
      user: this.portal.user,
      hub_domain: this.portal.domain,
      scopes: t.scopes,
      hub_id: Number(this.portal.id),
      app_id: 1234567,
      expires_in: Math.max(0, Math.round((t.expiresAt - this.clock()) / 1000)),
      user_id: 42,
      token_type: 'access',
    });
  }
}
