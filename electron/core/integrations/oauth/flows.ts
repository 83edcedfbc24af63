import { randomUUID } from 'node:crypto';
import type { OAuthProvider } from '#contract/oauth';
import { AppError } from '../../errors';
import type { Clock, Log, Timers } from '../../ports';
import type { Vault } from '../../vault/vault';
import { toAppError } from '../app-errors';
import { ConnectorError } from '../connector';
import type { OAuthAppStore, ResolvedOAuthApp } from './app-credentials';
import { accountHint, oauthPurpose, serializeBundle, type OAuthBundle } from './bundle';
import { openLoopbackListener, type LoopbackListener, type LoopbackOutcome } from './loopback';
import { pkcePair, randomToken } from './pkce';
import { requestToken, type FetchFn, type TokenSet } from './token-endpoint';

/** How long the app waits for the browser to come back. */
export const OAUTH_FLOW_TIMEOUT_MS = 5 * 60_000;

/** The host's way to open the system browser; absent in the headless host (the page opens the URL). */
export type OpenExternal = (url: string) => void | Promise<void>;

export interface StartedFlow {
  flowId: string;
  authorizeUrl: string;
  redirectUri: string;
  openedExternally: boolean;
  expiresAt: number;
}

/** Describes the remote account a fresh token belongs to (provider specific). */
export type IdentifyAccount = (
  tokens: TokenSet,
  app: ResolvedOAuthApp,
) => Promise<{ account: OAuthBundle['account']; scopes?: string[] }>;

interface Flow {
  provider: OAuthProvider;
  clientId: string;
  verifier: string;
  app: ResolvedOAuthApp;
  listener: LoopbackListener;
  completing: Promise<OAuthBundle> | null;
}

function flowError(outcome: Exclude<LoopbackOutcome, { kind: 'code' }>, label: string): AppError {
  switch (outcome.kind) {
    case 'denied': {
      const why = outcome.description ?? outcome.error;
      return new AppError('auth_failed', `${label} did not authorise the connection (${why}).`, {
        reason: 'oauth_denied',
        error: outcome.error,
      });
    }
    case 'timeout':
      return new AppError('unavailable', `The ${label} sign-in was not completed in time. Start again.`, {
        reason: 'oauth_timeout',
      });
    case 'cancelled':
      return new AppError('conflict', `The ${label} sign-in was cancelled.`, { reason: 'oauth_cancelled' });
  }
}

/**
 * Browser sign-ins (RFC 8252): `start` opens a one-shot loopback listener and builds the
 * authorisation URL with `state` and a PKCE S256 challenge; `complete` waits for the redirect,
 * exchanges the code with the verifier, and seals the tokens in the vault under the client. The
 * credential id it answers is what the integration is then saved with.
 */
export function createOAuthFlows(deps: {
  apps: OAuthAppStore;
  vault: Vault;
  clock: Clock;
  timers: Timers;
  log: Log;
  fetch: FetchFn;
  openExternal?: OpenExternal;
  timeoutMs?: number;
}) {
  const { apps, vault, clock, log } = deps;
  const timeoutMs = deps.timeoutMs ?? OAUTH_FLOW_TIMEOUT_MS;
  const flows = new Map<string, Flow>();

  async function start(provider: OAuthProvider, clientId: string): Promise<StartedFlow> {
    const app = apps.resolve(provider);
    const state = randomToken(24);
    const { verifier, challenge } = pkcePair();
    let listener: LoopbackListener;
    try {
      listener = await openLoopbackListener({ state, port: app.redirectPort, timeoutMs, timers: deps.timers });
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? String(err.code) : 'error';
      throw new AppError(
        'conflict',
        `The app could not listen on port ${app.redirectPort ?? 'auto'} of this computer for the sign-in (${code}). ` +
          'Close whatever uses it, or pick another port in Settings → Connected apps.',
        { reason: 'oauth_port_unavailable' },
      );
    }
    const url = new URL(app.authorizeUrl);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', app.clientId);
    url.searchParams.set('redirect_uri', listener.redirectUri);
    if (app.spec.requestScopes && app.spec.scopes.length > 0) url.searchParams.set('scope', app.spec.scopes.join(' '));
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
    const flowId = randomUUID();
    flows.set(flowId, { provider, clientId, verifier, app, listener, completing: null });
    // The listener closes itself on timeout; forget the flow then too.
    void listener.outcome.then((o) => {
      if (o.kind === 'timeout' || o.kind === 'cancelled') flows.delete(flowId);
    });
    const authorizeUrl = url.toString();
    let openedExternally = false;
    if (deps.openExternal) {
      try {
        await deps.openExternal(authorizeUrl);
        openedExternally = true;
      } catch (err) {
        log.warn('oauth: the system browser could not be opened', { provider, error: String(err) });
      }
    }
    log.info('oauth: sign-in started', { provider, flowId, port: listener.port });
    return {
      flowId,
      authorizeUrl,
      redirectUri: listener.redirectUri,
      openedExternally,
      expiresAt: clock.now() + timeoutMs,
    };
  }

  async function finish(flowId: string, flow: Flow, identify: IdentifyAccount): Promise<OAuthBundle> {
    const outcome = await flow.listener.outcome;
    const { label } = flow.app.spec;
    if (outcome.kind !== 'code') throw flowError(outcome, label);
    let tokens: TokenSet;
    let identity: Awaited<ReturnType<IdentifyAccount>>;
    try {
      tokens = await requestToken({
        fetch: deps.fetch,
        tokenUrl: flow.app.tokenUrl,
        clientId: flow.app.clientId,
        clientSecret: flow.app.clientSecret,
        clientAuth: flow.app.spec.clientAuth,
        params: {
          grant_type: 'authorization_code',
          code: outcome.code,
          redirect_uri: flow.listener.redirectUri,
          code_verifier: flow.verifier,
        },
        now: clock.now(),
        label,
      });
      log.redactValue(tokens.accessToken);
      if (tokens.refreshToken !== null) log.redactValue(tokens.refreshToken);
      identity = await identify(tokens, flow.app);
    } catch (err) {
      throw err instanceof ConnectorError ? toAppError(err) : err;
    }
    const id = `cred_${randomUUID()}`;
    const bundle: OAuthBundle = {
      v: 1,
      id,
      provider: flow.provider,
      clientId: flow.app.clientId,
      tokenUrl: flow.app.tokenUrl,
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: tokens.expiresAt,
      // HubSpot's token answer has no `scope`; its token description does.
      scopes: tokens.scopes.length > 0 ? tokens.scopes : (identity.scopes ?? []),
      account: identity.account,
    };
    vault.put({
      clientId: flow.clientId,
      purpose: oauthPurpose(flow.provider),
      secret: serializeBundle(bundle),
      id,
      hint: accountHint(bundle),
    });
    log.info('oauth: account connected', { provider: flow.provider, flowId, credentialId: id });
    return bundle;
  }

  return {
    start,

    /** Waits for the browser round trip of `flowId`; calling it again while it waits joins the same wait. */
    complete(flowId: string, provider: OAuthProvider, identify: IdentifyAccount): Promise<OAuthBundle> {
      const flow = flows.get(flowId);
      if (!flow || flow.provider !== provider) {
        return Promise.reject(
          new AppError('not_found', 'This sign-in is no longer waiting (it finished or expired). Start again.', {
            reason: 'oauth_flow_gone',
          }),
        );
      }
      flow.completing ??= finish(flowId, flow, identify).finally(() => flows.delete(flowId));
      return flow.completing;
    },

    cancel(flowId: string): boolean {
      const flow = flows.get(flowId);
      if (!flow) return false;
      flow.listener.close();
      flows.delete(flowId);
      return true;
    },

    /** Closes every listener (the core is stopping). */
    closeAll(): void {
      for (const flow of flows.values()) flow.listener.close();
      flows.clear();
    },
  };
}

export type OAuthFlows = ReturnType<typeof createOAuthFlows>;
