import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { credentials } from '../../db/schema';
import type { Clock, Log } from '../../ports';
import type { Vault } from '../../vault/vault';
import { ConnectorError } from '../connector';
import type { OAuthAppStore } from './app-credentials';
import { accountHint, oauthPurpose, parseBundle, serializeBundle, type OAuthBundle } from './bundle';
import { requestToken, type FetchFn } from './token-endpoint';

/** Refreshed this long before it expires, so a token never dies between reading it and its request landing. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export interface AccessTokenOptions {
  /**
   * The token the API just answered 401 to. Refreshed unless another caller already replaced it,
   * in which case the newer one is answered without asking the provider again.
   */
  rejected?: string;
}

/** Where connectors get OAuth access tokens; the credential id comes from the bundle in the vault. */
export interface OAuthTokenSource {
  accessToken(credentialId: string, options?: AccessTokenOptions): Promise<string>;
}

export interface OAuthTokenService extends OAuthTokenSource {
  /** Whether this core's vault holds that OAuth credential. */
  owns(credentialId: string): boolean;
  bundle(credentialId: string): OAuthBundle;
}

function needsReconnect(provider: string, why: string): ConnectorError {
  return new ConnectorError('auth', `${why} Connect the ${provider} account again in the integration's settings.`, {
    details: { reason: 'oauth_reconnect' },
  });
}

/**
 * Access tokens for OAuth connections: read from the vault, refreshed ahead of expiry (a margin)
 * or once after the API refused one, and written back to the vault. Concurrent refreshes of one
 * connection share a single token request: providers rotate refresh tokens, so a second parallel
 * refresh could spend a token the first just replaced.
 */
export function createOAuthTokens(deps: {
  db: Db;
  vault: Vault;
  apps: OAuthAppStore;
  clock: Clock;
  log: Log;
  fetch: FetchFn;
  marginMs?: number;
}): OAuthTokenService {
  const { db, vault, apps, clock, log } = deps;
  const marginMs = deps.marginMs ?? REFRESH_MARGIN_MS;
  const refreshing = new Map<string, Promise<OAuthBundle>>();

  function row(id: string) {
    return db
      .select({ clientId: credentials.clientId, purpose: credentials.purpose })
      .from(credentials)
      .where(eq(credentials.id, id))
      .get();
  }

  function bundle(id: string): OAuthBundle {
    const found = row(id);
    let parsed: OAuthBundle | null;
    try {
      parsed = found ? parseBundle(vault.get(id)) : null;
    } catch (err) {
      throw new ConnectorError(
        'auth',
        `The stored connection could not be opened: ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
    if (!found || !parsed || found.purpose !== oauthPurpose(parsed.provider)) {
      throw needsReconnect('remote', 'The stored connection could not be read.');
    }
    log.redactValue(parsed.accessToken);
    if (parsed.refreshToken !== null) log.redactValue(parsed.refreshToken);
    return parsed;
  }

  async function refresh(current: OAuthBundle): Promise<OAuthBundle> {
    const spec = apps.spec(current.provider);
    if (current.refreshToken === null) throw needsReconnect(spec.label, `${spec.label} gave no refresh token.`);
    let app;
    try {
      app = apps.resolve(current.provider);
    } catch {
      throw needsReconnect(spec.label, `The ${spec.label} app is no longer set up in Settings.`);
    }
    if (app.clientId !== current.clientId) {
      throw needsReconnect(spec.label, `The ${spec.label} app in Settings changed since this account was connected.`);
    }
    const tokens = await requestToken({
      fetch: deps.fetch,
      tokenUrl: current.tokenUrl,
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      clientAuth: spec.clientAuth,
      params: { grant_type: 'refresh_token', refresh_token: current.refreshToken },
      now: clock.now(),
      label: spec.label,
    });
    const next: OAuthBundle = {
      ...current,
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken ?? current.refreshToken,
      expiresAt: tokens.expiresAt,
      scopes: tokens.scopes.length > 0 ? tokens.scopes : current.scopes,
    };
    log.redactValue(next.accessToken);
    if (next.refreshToken !== null) log.redactValue(next.refreshToken);
    const owner = row(current.id);
    if (!owner) throw needsReconnect(spec.label, 'The connection was removed while it was being renewed.');
    vault.put({
      clientId: owner.clientId,
      purpose: oauthPurpose(current.provider),
      secret: serializeBundle(next),
      id: current.id,
      hint: accountHint(next),
    });
    log.info('oauth: access token renewed', { provider: current.provider, credentialId: current.id });
    return next;
  }

  function coalescedRefresh(current: OAuthBundle): Promise<OAuthBundle> {
    const pending = refreshing.get(current.id);
    if (pending) return pending;
    const started = refresh(current).finally(() => refreshing.delete(current.id));
    refreshing.set(current.id, started);
    return started;
  }

  return {
    owns(id) {
      const found = row(id);
      return found !== undefined && found.purpose.endsWith(':oauth');
    },
    bundle,
    async accessToken(id, options = {}) {
      const pending = refreshing.get(id);
      if (pending) return (await pending).accessToken;
      const current = bundle(id);
      if (options.rejected !== undefined) {
        if (current.accessToken !== options.rejected) return current.accessToken;
        return (await coalescedRefresh(current)).accessToken;
      }
      if (current.expiresAt !== null && current.expiresAt - clock.now() <= marginMs) {
        return (await coalescedRefresh(current)).accessToken;
      }
      return current.accessToken;
    },
  };
}
