/**
 * Pipedrive's OAuth 2.0 authorisation server, for tests (docs/crm/pipedrive.md §2: authorize at `/oauth/authorize`,
 * tokens at `/oauth/token` with HTTP Basic `client_id:client_secret`), on the shared flow in
 * ../shared/oauth-authorization-server.ts. Scopes come from the app's settings, not the request.
 * The answer's members (`api_domain`, comma-separated `scope`) and the RFC 6749 error bodies follow
 * Pipedrive's OAuth guide, outside docs/crm/pipedrive.md.
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

export interface OAuthServerConfig extends OAuthBaseConfig {
  /** What the app was granted in its settings. */
  scopes: string[];
}

const REFUSALS: Record<OAuthRefusal, [status: number, error: string, description: string]> = {
  contentType: [400, 'invalid_request', 'The body must be application/x-www-form-urlencoded.'],
  grantType: [400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token'],
  code: [400, 'invalid_grant', 'The authorization code is invalid or expired.'],
  redirectUri: [400, 'invalid_grant', 'redirect_uri does not match the one the code was issued for.'],
  verifier: [400, 'invalid_grant', 'PKCE verification failed.'],
  refreshToken: [400, 'invalid_grant', 'The refresh token is invalid or was revoked.'],
};

function basicCredentials(header: string | undefined): OAuthAppConfig | null {
  const b64 = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!b64) return null;
  const text = Buffer.from(b64, 'base64').toString('utf8');
  const at = text.indexOf(':');
  if (at < 0) return null;
  return { clientId: decodeURIComponent(text.slice(0, at)), clientSecret: decodeURIComponent(text.slice(at + 1)) };
}

export class OAuthServer extends OAuthAuthorizationServer<OAuthServerConfig> {
  protected readonly codeLifetimeMs = 5 * 60_000;
  protected readonly denial = { error: 'user_denied', description: 'The user denied access to the app' };

  constructor(
    apps: OAuthAppConfig[],
    clock: Clock,
    /** `api_domain` in token answers: where the company's API lives. */
    public apiDomain = '',
  ) {
    super(apps, clock);
  }

  /** Pipedrive: access tokens live 3599 seconds; refreshing keeps the same refresh token. */
  protected defaults(): OAuthServerConfig {
    return {
      accessTokenSeconds: 3599,
      consent: 'approve',
      rotateRefreshTokens: false,
      scopes: ['base', 'contacts:full', 'leads:full'],
    };
  }

  protected secret(kind: 'code' | 'access' | 'refresh'): string {
    if (kind === 'code') return randomBytes(18).toString('hex');
    return `${kind}:${randomBytes(24).toString('hex')}`;
  }

  protected authenticate(_form: URLSearchParams, authorization: string | undefined): OAuthAppConfig | RawResponse {
    const given = basicCredentials(authorization);
    const app = this.apps.find((a) => a.clientId === given?.clientId);
    if (!given || !app || app.clientSecret !== given.clientSecret) {
      return oauthError(401, 'invalid_client', 'Client authentication failed (HTTP Basic client_id:client_secret).');
    }
    return app;
  }

  protected refusal(reason: OAuthRefusal): RawResponse {
    return oauthError(...REFUSALS[reason]);
  }

  protected grantedScopes(): string[] {
    return [...this.config.scopes];
  }

  protected tokenAnswer(t: TokenAnswer): RawResponse {
    return json(200, {
      access_token: t.accessToken,
      token_type: 'Bearer',
      refresh_token: t.refreshToken,
      scope: t.scopes.join(','),
      expires_in: t.seconds,
      api_domain: this.apiDomain,
    });
  }
}
