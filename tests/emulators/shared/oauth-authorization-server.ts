/**
 * The OAuth 2.0 authorisation server the OAuth CRM emulators (HubSpot, Pipedrive) share, for tests:
 * the authorise page consents at once (or refuses, when told to) and redirects back to a loopback
 * URI with `code` and `state`; the token endpoint takes a form body, checks the app, the redirect
 * URI, the code's single use and its PKCE verifier (S256), and serves the refresh grant, rotating
 * the refresh token only when told to. Lifetimes follow the emulator's clock, so a test can let a
 * token expire without waiting. What each service does its own way (how the app authenticates, the
 * look of its secrets, its answers and refusals, which scopes it grants) comes from its subclass.
 */
import { createHash } from 'node:crypto';
import type { RawResponse } from '../activecampaign/faults';

export interface OAuthAppConfig {
  clientId: string;
  clientSecret: string;
}

export interface OAuthBaseConfig {
  /** Seconds an access token lives. */
  accessTokenSeconds: number;
  /** What the consent page does. */
  consent: 'approve' | 'deny';
  /** Issue a new refresh token on every refresh (both services keep the same one). */
  rotateRefreshTokens: boolean;
}

export interface OAuthStats {
  authorizations: number;
  codeExchanges: number;
  refreshes: number;
  refusals: number;
}

/** The token endpoint's refusals after client authentication, each answered in the service's words. */
export type OAuthRefusal = 'contentType' | 'grantType' | 'code' | 'redirectUri' | 'verifier' | 'refreshToken';

export interface IssuedAccessToken {
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

export interface TokenAnswer {
  accessToken: string;
  refreshToken: string;
  scopes: string[];
  seconds: number;
}

/** For the API: 'valid' (with its scopes), 'expired' (with how long ago) or 'unknown'. */
export type TokenCheck =
  { kind: 'valid'; scopes: string[] } | { kind: 'expired'; secondsAgo: number } | { kind: 'unknown' };

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  /** What the authorise request asked for (`scope`, space-separated). */
  requested: string[];
  expiresAt: number;
}

function isLoopbackRedirect(uri: string): boolean {
  if (!URL.canParse(uri)) return false;
  const url = new URL(uri);
  return url.protocol === 'http:' && ['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname);
}

function html400(text: string): RawResponse {
  return { status: 400, headers: { 'Content-Type': 'text/html' }, body: `<h1>${text}</h1>` };
}

export abstract class OAuthAuthorizationServer<C extends OAuthBaseConfig> {
  config: C;
  readonly stats: OAuthStats = { authorizations: 0, codeExchanges: 0, refreshes: 0, refusals: 0 };
  protected readonly access = new Map<string, IssuedAccessToken>();
  private codes = new Map<string, PendingCode>();
  private refresh = new Map<string, { clientId: string; scopes: string[] }>();

  /** How long an authorisation code may wait for its exchange. */
  protected abstract readonly codeLifetimeMs: number;
  /** The `error` and `error_description` a refused consent redirects back with. */
  protected abstract readonly denial: { error: string; description: string };

  constructor(
    protected readonly apps: OAuthAppConfig[],
    protected readonly clock: () => number,
  ) {
    this.config = this.defaults();
  }

  /** A fresh copy of the service's settings. */
  protected abstract defaults(): C;
  /** A new authorisation code, access token or refresh token, shaped like the service's. */
  protected abstract secret(kind: 'code' | 'access' | 'refresh'): string;
  /** The app that authenticated at the token endpoint, or the refusal to send. */
  protected abstract authenticate(
    form: URLSearchParams,
    authorization: string | undefined,
  ): OAuthAppConfig | RawResponse;
  protected abstract refusal(reason: OAuthRefusal): RawResponse;
  /** The scopes a code exchange grants, given what the authorise request asked for. */
  protected abstract grantedScopes(requested: string[]): string[];
  protected abstract tokenAnswer(t: TokenAnswer): RawResponse;

  reset(): void {
    this.codes.clear();
    this.access.clear();
    this.refresh.clear();
    this.config = this.defaults();
    Object.assign(this.stats, { authorizations: 0, codeExchanges: 0, refreshes: 0, refusals: 0 });
  }

  check(bearer: string): TokenCheck {
    const t = this.access.get(bearer);
    if (!t) return { kind: 'unknown' };
    const now = this.clock();
    return t.expiresAt > now
      ? { kind: 'valid', scopes: t.scopes }
      : { kind: 'expired', secondsAgo: (now - t.expiresAt) / 1000 };
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
    if (!this.apps.some((a) => a.clientId === clientId)) return html400('Invalid client_id');
    // RFC 8252 §7.3: any port on the loopback interface is accepted for a native app.
    if (!isLoopbackRedirect(redirectUri)) return html400('Invalid redirect_uri');
    const back = new URL(redirectUri);
    const state = query.get('state');
    if (state !== null) back.searchParams.set('state', state);
    if (this.config.consent === 'deny') {
      back.searchParams.set('error', this.denial.error);
      back.searchParams.set('error_description', this.denial.description);
    } else {
      const code = this.secret('code');
      this.codes.set(code, {
        clientId,
        redirectUri,
        challenge: query.get('code_challenge_method') === 'S256' ? query.get('code_challenge') : null,
        requested: (query.get('scope') ?? '').split(/\s+/).filter(Boolean),
        expiresAt: this.clock() + this.codeLifetimeMs,
      });
      back.searchParams.set('code', code);
      this.stats.authorizations++;
    }
    return { status: 302, headers: { Location: back.toString(), 'Content-Type': 'text/plain' }, body: '' };
  }

  tokenEndpoint(rawBody: string, contentType: string | undefined, authorization?: string): RawResponse {
    if (!(contentType ?? '').includes('application/x-www-form-urlencoded')) return this.refuse('contentType');
    const form = new URLSearchParams(rawBody);
    const app = this.authenticate(form, authorization);
    if (!('clientId' in app)) {
      this.stats.refusals++;
      return app;
    }
    switch (form.get('grant_type')) {
      case 'authorization_code':
        return this.exchange(form, app);
      case 'refresh_token':
        return this.refreshGrant(form, app);
      default:
        return this.refuse('grantType');
    }
  }

  private exchange(form: URLSearchParams, app: OAuthAppConfig): RawResponse {
    const code = form.get('code') ?? '';
    const pending = this.codes.get(code);
    // A code is single-use: whatever happens next, it is spent.
    this.codes.delete(code);
    if (!pending || pending.expiresAt <= this.clock() || pending.clientId !== app.clientId) return this.refuse('code');
    if (form.get('redirect_uri') !== pending.redirectUri) return this.refuse('redirectUri');
    if (pending.challenge !== null) {
      const verifier = form.get('code_verifier') ?? '';
      const computed = createHash('sha256').update(verifier, 'ascii').digest('base64url');
      if (computed !== pending.challenge) return this.refuse('verifier');
    }
    this.stats.codeExchanges++;
    const refreshToken = this.secret('refresh');
    const scopes = this.grantedScopes(pending.requested);
    this.refresh.set(refreshToken, { clientId: app.clientId, scopes });
    return this.issue(app.clientId, scopes, refreshToken);
  }

  private refreshGrant(form: URLSearchParams, app: OAuthAppConfig): RawResponse {
    const given = form.get('refresh_token') ?? '';
    const known = this.refresh.get(given);
    if (!known || known.clientId !== app.clientId) return this.refuse('refreshToken');
    this.stats.refreshes++;
    let refreshToken = given;
    if (this.config.rotateRefreshTokens) {
      this.refresh.delete(given);
      refreshToken = this.secret('refresh');
      this.refresh.set(refreshToken, known);
    }
    return this.issue(app.clientId, known.scopes, refreshToken);
  }

  private issue(clientId: string, scopes: string[], refreshToken: string): RawResponse {
    const accessToken = this.secret('access');
    const seconds = this.config.accessTokenSeconds;
    this.access.set(accessToken, { clientId, scopes, expiresAt: this.clock() + seconds * 1000 });
    return this.tokenAnswer({ accessToken, refreshToken, scopes, seconds });
  }

  private refuse(reason: OAuthRefusal): RawResponse {
    this.stats.refusals++;
    return this.refusal(reason);
  }
}
