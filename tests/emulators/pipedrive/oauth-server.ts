/**
 * Pipedrive's OAuth 2.0 authorisation server, for tests (NOTES §2: authorize at `/oauth/authorize`,
 * tokens at `/oauth/token` with HTTP Basic `client_id:client_secret`). The consent page approves
 * at once (or refuses, when told to) and redirects with `code` and `state`; the token endpoint
 * checks the Basic credentials, the redirect URI, the code's single use and its PKCE verifier
 * (S256), and serves the refresh grant. Scopes come from the app's settings, not the request.
 * Lifetimes follow the emulator's clock. The answer's members (`api_domain`, comma-separated
 * `scope`) and the RFC 6749 error bodies follow Pipedrive's OAuth guide, outside NOTES.
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
  /** Seconds an access token lives (Pipedrive: 3599). */
  accessTokenSeconds: number;
  consent: 'approve' | 'deny';
  rotateRefreshTokens: boolean;
  /** What the app was granted in its settings. */
  scopes: string[];
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  expiresAt: number;
}

export interface OAuthStats {
  authorizations: number;
  codeExchanges: number;
  refreshes: number;
  refusals: number;
}

const CODE_LIFETIME_MS = 5 * 60_000;
const DEFAULTS: OAuthServerConfig = {
  accessTokenSeconds: 3599,
  consent: 'approve',
  rotateRefreshTokens: false,
  scopes: ['base', 'contacts:full', 'leads:full'],
};

function token(prefix: string): string {
  return `${prefix}:${randomBytes(24).toString('hex')}`;
}

function isLoopbackRedirect(uri: string): boolean {
  if (!URL.canParse(uri)) return false;
  const url = new URL(uri);
  return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
}

function basicCredentials(header: string | undefined): OAuthAppConfig | null {
  const b64 = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!b64) return null;
  const text = Buffer.from(b64, 'base64').toString('utf8');
  const at = text.indexOf(':');
  if (at < 0) return null;
  return { clientId: decodeURIComponent(text.slice(0, at)), clientSecret: decodeURIComponent(text.slice(at + 1)) };
}

export class OAuthServer {
  config: OAuthServerConfig = { ...DEFAULTS, scopes: [...DEFAULTS.scopes] };
  readonly stats: OAuthStats = { authorizations: 0, codeExchanges: 0, refreshes: 0, refusals: 0 };
  private codes = new Map<string, PendingCode>();
  private access = new Map<string, { clientId: string; scopes: string[]; expiresAt: number }>();
  private refresh = new Map<string, { clientId: string; scopes: string[] }>();

  constructor(
    private readonly apps: OAuthAppConfig[],
    private readonly clock: Clock,
    /** `api_domain` in token answers: where the company's API lives. */
    public apiDomain = '',
  ) {}

  reset(): void {
    this.codes.clear();
    this.access.clear();
    this.refresh.clear();
    this.config = { ...DEFAULTS, scopes: [...DEFAULTS.scopes] };
    Object.assign(this.stats, { authorizations: 0, codeExchanges: 0, refreshes: 0, refusals: 0 });
  }

  check(bearer: string): { kind: 'valid'; scopes: string[] } | { kind: 'expired' } | { kind: 'unknown' } {
    const t = this.access.get(bearer);
    if (!t) return { kind: 'unknown' };
    return t.expiresAt > this.clock() ? { kind: 'valid', scopes: t.scopes } : { kind: 'expired' };
  }

  /** Every access and refresh token issued since the last reset (for secrets scans). */
  issuedTokens(): string[] {
    return [...this.access.keys(), ...this.refresh.keys()];
  }

  expireAll(): void {
    const now = this.clock();
    for (const t of this.access.values()) t.expiresAt = Math.min(t.expiresAt, now);
  }

  authorize(query: URLSearchParams): RawResponse {
    const clientId = query.get('client_id') ?? '';
    const redirectUri = query.get('redirect_uri') ?? '';
    const html = (text: string): RawResponse => ({
      status: 400,
      headers: { 'Content-Type': 'text/html' },
      body: `<h1>${text}</h1>`,
    });
    if (!this.apps.some((a) => a.clientId === clientId)) return html('Invalid client_id');
    // RFC 8252 §7.3: any port on the loopback interface is accepted for a native app.
    if (!isLoopbackRedirect(redirectUri)) return html('Invalid redirect_uri');
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    if (this.config.consent === 'deny') {
      back.searchParams.set('error', 'user_denied');
      back.searchParams.set('error_description', 'The user denied access to the app');
    } else {
      const code = randomBytes(18).toString('hex');
      const challenge = query.get('code_challenge_method') === 'S256' ? query.get('code_challenge') : null;
      this.codes.set(code, { clientId, redirectUri, challenge, expiresAt: this.clock() + CODE_LIFETIME_MS });
      back.searchParams.set('code', code);
      this.stats.authorizations++;
    }
    return { status: 302, headers: { Location: back.toString(), 'Content-Type': 'text/plain' }, body: '' };
  }

  tokenEndpoint(rawBody: string, contentType: string | undefined, authorization: string | undefined): RawResponse {
    if (!(contentType ?? '').includes('application/x-www-form-urlencoded')) {
      return this.refuse(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    const given = basicCredentials(authorization);
    const app = this.apps.find((a) => a.clientId === given?.clientId);
    if (!given || !app || app.clientSecret !== given.clientSecret) {
      return this.refuse(401, 'invalid_client', 'Client authentication failed (HTTP Basic client_id:client_secret).');
    }
    const form = new URLSearchParams(rawBody);
    switch (form.get('grant_type')) {
      case 'authorization_code':
        return this.exchange(form, app);
      case 'refresh_token':
        return this.refreshGrant(form, app);
      default:
        return this.refuse(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
    }
  }

  private exchange(form: URLSearchParams, app: OAuthAppConfig): RawResponse {
    const code = form.get('code') ?? '';
    const pending = this.codes.get(code);
    // A code is single-use: whatever happens next, it is spent.
    this.codes.delete(code);
    if (!pending || pending.expiresAt <= this.clock() || pending.clientId !== app.clientId) {
      return this.refuse(400, 'invalid_grant', 'The authorization code is invalid or expired.');
    }
    if (form.get('redirect_uri') !== pending.redirectUri) {
      return this.refuse(400, 'invalid_grant', 'redirect_uri does not match the one the code was issued for.');
    }
    if (pending.challenge !== null) {
      const computed = createHash('sha256')
        .update(form.get('code_verifier') ?? '', 'ascii')
        .digest('base64url');
      if (computed !== pending.challenge) return this.refuse(400, 'invalid_grant', 'PKCE verification failed.');
    }
    this.stats.codeExchanges++;
    const refreshToken = token('refresh');
    const scopes = [...this.config.scopes];
    this.refresh.set(refreshToken, { clientId: app.clientId, scopes });
    return this.issue(app.clientId, scopes, refreshToken);
  }

  private refreshGrant(form: URLSearchParams, app: OAuthAppConfig): RawResponse {
    const given = form.get('refresh_token') ?? '';
    const known = this.refresh.get(given);
    if (!known || known.clientId !== app.clientId) {
      return this.refuse(400, 'invalid_grant', 'The refresh token is invalid or was revoked.');
    }
    this.stats.refreshes++;
    let refreshToken = given;
    if (this.config.rotateRefreshTokens) {
      this.refresh.delete(given);
      refreshToken = token('refresh');
      this.refresh.set(refreshToken, known);
    }
    return this.issue(app.clientId, known.scopes, refreshToken);
  }

  private issue(clientId: string, scopes: string[], refreshToken: string): RawResponse {
    const accessToken = token('access');
    const seconds = this.config.accessTokenSeconds;
    this.access.set(accessToken, { clientId, scopes, expiresAt: this.clock() + seconds * 1000 });
    return json(200, {
      access_token: accessToken,
      token_type: 'Bearer',
      refresh_token: refreshToken,
      scope: scopes.join(','),
      expires_in: seconds,
      api_domain: this.apiDomain,
    });
  }

  private refuse(status: number, error: string, description: string): RawResponse {
    this.stats.refusals++;
    return oauthError(status, error, description);
  }
}
