/**
 * HubSpot's OAuth 2.0 authorisation server, for tests: the authorise page consents at once (or
 * refuses, when told to) and redirects back with `code` and `state`; the token endpoint checks the
 * app's client id and secret, the redirect URI, the code's single use and its PKCE verifier (S256),
 * and serves the refresh grant. Token lifetimes follow the emulator's clock, so a test can let a
 * token expire without waiting. None of this is in NOTES (which covers the CRM API): the paths and
 * the error bodies (`{status: "BAD_…", message}`) follow HubSpot's public OAuth documentation.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { RawResponse } from '../activecampaign/faults';
import { json, oauthError } from './errors';
import type { Clock } from './state';

export interface OAuthAppConfig {
  clientId: string;
  clientSecret: string;
}

export interface OAuthServerConfig {
  /** Seconds an access token lives (HubSpot: 1800). */
  accessTokenSeconds: number;
  /** What the consent page does. */
  consent: 'approve' | 'deny';
  /** Issue a new refresh token on every refresh (HubSpot keeps the same one). */
  rotateRefreshTokens: boolean;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  scopes: string[];
  expiresAt: number;
}

interface AccessToken {
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

export interface OAuthStats {
  authorizations: number;
  codeExchanges: number;
  refreshes: number;
  refusals: number;
}

const CODE_LIFETIME_MS = 10 * 60_000;

function token(prefix: string): string {
  return `${prefix}-${randomBytes(24).toString('base64url')}`;
}

function isLoopbackRedirect(uri: string): boolean {
  if (!URL.canParse(uri)) return false;
  const url = new URL(uri);
  return (
    url.protocol === 'http:' &&
    (url.hostname === '127.0.0.1' || url.hostname === '[::1]' || url.hostname === 'localhost')
  );
}

export class OAuthServer {
  config: OAuthServerConfig = { accessTokenSeconds: 1800, consent: 'approve', rotateRefreshTokens: false };
  readonly stats: OAuthStats = { authorizations: 0, codeExchanges: 0, refreshes: 0, refusals: 0 };
  private codes = new Map<string, PendingCode>();
  private access = new Map<string, AccessToken>();
  private refresh = new Map<string, { clientId: string; scopes: string[] }>();

  constructor(
    private readonly apps: OAuthAppConfig[],
    private readonly clock: Clock,
    private readonly portal: { id: string; domain: string; user: string },
  ) {}

  reset(): void {
    this.codes.clear();
    this.access.clear();
    this.refresh.clear();
    this.config = { accessTokenSeconds: 1800, consent: 'approve', rotateRefreshTokens: false };
    Object.assign(this.stats, { authorizations: 0, codeExchanges: 0, refreshes: 0, refusals: 0 });
  }

  /** For the API: 'valid', 'expired' (with how long ago) or 'unknown'. */
  check(bearer: string): { kind: 'valid' } | { kind: 'expired'; secondsAgo: number } | { kind: 'unknown' } {
    const t = this.access.get(bearer);
    if (!t) return { kind: 'unknown' };
    const now = this.clock();
    return t.expiresAt > now ? { kind: 'valid' } : { kind: 'expired', secondsAgo: (now - t.expiresAt) / 1000 };
  }

  /** Every access and refresh token issued since the last reset (for secrets scans). */
  issuedTokens(): string[] {
    return [...this.access.keys(), ...this.refresh.keys()];
  }

  /** Expires every access token now (a test's shortcut to "the token ran out"). */
  expireAll(): void {
    const now = this.clock();
    for (const t of this.access.values()) t.expiresAt = Math.min(t.expiresAt, now);
  }

  authorize(query: URLSearchParams): RawResponse {
    const clientId = query.get('client_id') ?? '';
    const redirectUri = query.get('redirect_uri') ?? '';
    if (!this.apps.some((a) => a.clientId === clientId)) {
      return { status: 400, headers: { 'Content-Type': 'text/html' }, body: '<h1>Invalid client_id</h1>' };
    }
    // RFC 8252 §7.3: any port on the loopback interface is accepted for a native app.
    if (!isLoopbackRedirect(redirectUri)) {
      return { status: 400, headers: { 'Content-Type': 'text/html' }, body: '<h1>Invalid redirect_uri</h1>' };
    }
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    if (this.config.consent === 'deny') {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_description', 'The user did not authorize the app');
    } else {
      const code = randomBytes(18).toString('base64url');
      const method = query.get('code_challenge_method');
      const challenge = query.get('code_challenge');
      this.codes.set(code, {
        clientId,
        redirectUri,
        challenge: challenge !== null && method === 'S256' ? challenge : null,
        scopes: (query.get('scope') ?? '').split(/\s+/).filter(Boolean),
        expiresAt: this.clock() + CODE_LIFETIME_MS,
      });
      back.searchParams.set('code', code);
      this.stats.authorizations++;
    }
    return { status: 302, headers: { Location: back.toString(), 'Content-Type': 'text/plain' }, body: '' };
  }

  tokenEndpoint(rawBody: string, contentType: string | undefined): RawResponse {
    if (!(contentType ?? '').includes('application/x-www-form-urlencoded')) {
      return this.refuse('BAD_REQUEST', 'The body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(rawBody);
    const app = this.apps.find((a) => a.clientId === form.get('client_id'));
    if (!app) return this.refuse('BAD_CLIENT_ID', 'missing or invalid client_id');
    if (form.get('client_secret') !== app.clientSecret)
      return this.refuse('BAD_CLIENT_SECRET', 'missing or invalid client_secret');
    switch (form.get('grant_type')) {
      case 'authorization_code':
        return this.exchange(form, app);
      case 'refresh_token':
        return this.refreshGrant(form, app);
      default:
        return this.refuse('BAD_GRANT_TYPE', 'grant_type must be authorization_code or refresh_token');
    }
  }

  private exchange(form: URLSearchParams, app: OAuthAppConfig): RawResponse {
    const code = form.get('code') ?? '';
    const pending = this.codes.get(code);
    // A code is single-use: whatever happens next, it is spent.
    this.codes.delete(code);
    if (!pending || pending.expiresAt <= this.clock() || pending.clientId !== app.clientId) {
      return this.refuse('BAD_AUTH_CODE', 'missing or unknown auth code');
    }
    if (form.get('redirect_uri') !== pending.redirectUri) {
      return this.refuse('BAD_REDIRECT_URI', 'redirect_uri does not match the one the code was issued for');
    }
    if (pending.challenge !== null) {
      const verifier = form.get('code_verifier') ?? '';
      const computed = createHash('sha256').update(verifier, 'ascii').digest('base64url');
      if (computed !== pending.challenge)
        return this.refuse('BAD_CODE_VERIFIER', 'code_verifier does not match code_challenge');
    }
    this.stats.codeExchanges++;
    const refreshToken = token('na1-refresh');
    this.refresh.set(refreshToken, { clientId: app.clientId, scopes: pending.scopes });
    return this.issue(app.clientId, pending.scopes, refreshToken);
  }

  private refreshGrant(form: URLSearchParams, app: OAuthAppConfig): RawResponse {
    const given = form.get('refresh_token') ?? '';
    const known = this.refresh.get(given);
    if (!known || known.clientId !== app.clientId)
      return this.refuse('BAD_REFRESH_TOKEN', 'missing or unknown refresh token');
    this.stats.refreshes++;
    let refreshToken = given;
    if (this.config.rotateRefreshTokens) {
      this.refresh.delete(given);
      refreshToken = token('na1-refresh');
      this.refresh.set(refreshToken, known);
    }
    return this.issue(app.clientId, known.scopes, refreshToken);
  }

  private issue(clientId: string, scopes: string[], refreshToken: string): RawResponse {
    const accessToken = token('CJ-access');
    const seconds = this.config.accessTokenSeconds;
    this.access.set(accessToken, { clientId, scopes, expiresAt: this.clock() + seconds * 1000 });
    return json(200, {
      token_type: 'bearer',
      refresh_token: refreshToken,
      access_token: accessToken,
      expires_in: seconds,
    });
  }

  private refuse(code: string, message: string): RawResponse {
    this.stats.refusals++;
    return oauthError(code, message);
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
