import type { oauthChannels } from '#contract/oauth';
import type { Db } from '../../db/connection';
import { systemTimers } from '../../http/timers';
import type { Clock, Log, SecretCipher, Timers } from '../../ports';
import type { HandlerSlice } from '../../rpc/handlers';
import type { Vault } from '../../vault/vault';
import { createOAuthAppStore, type OAuthAppStore } from './app-credentials';
import { createOAuthFlows, type OAuthFlows, type OpenExternal } from './flows';
import { sharedOAuthTokens } from './router';
import type { OAuthProviders } from './providers';
import type { FetchFn } from './token-endpoint';
import { createOAuthTokens, type OAuthTokenService } from './tokens';

export interface OAuthDeps {
  db: Db;
  vault: Vault;
  clock: Clock;
  timers?: Timers;
  log: Log;
  dataDir: string;
  cipher: SecretCipher;
  fetch?: FetchFn;
  openExternal?: OpenExternal;
  /** The providers the registered connectors sign in with. */
  providers: OAuthProviders;
}

export interface OAuthModule {
  apps: OAuthAppStore;
  flows: OAuthFlows;
  tokens: OAuthTokenService;
  handlers: HandlerSlice<keyof typeof oauthChannels>;
}

/** The agency's OAuth apps, browser sign-ins and token renewal for one core. */
export function createOAuthModule(deps: OAuthDeps): OAuthModule {
  const fetchFn: FetchFn = deps.fetch ?? ((input, init) => fetch(input, init));
  const apps = createOAuthAppStore(deps);
  const tokens = createOAuthTokens({ ...deps, apps, fetch: fetchFn });
  const flows = createOAuthFlows({ ...deps, apps, fetch: fetchFn, timers: deps.timers ?? systemTimers });
  // The dispatch engine's connectors reach this core's tokens through the process-wide router.
  sharedOAuthTokens.attach(tokens);
  return {
    apps,
    flows,
    tokens,
    handlers: {
      'oauth:apps': () => apps.views(),
      'oauth:saveApp': (input) => apps.save(input),
      'oauth:deleteApp': ({ provider }) => apps.remove(provider),
      'oauth:cancel': ({ flowId }) => ({ cancelled: flows.cancel(flowId) }),
    },
  };
}
