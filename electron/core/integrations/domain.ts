import type { integrationsChannels } from '#contract/integrations';
import type { oauthChannels } from '#contract/oauth';
import type { AuditLog } from '../audit/log';
import type { Db, Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import type { Clock } from '../ports';
import type { Domain } from '../domain';
import { mergeHandlers, type HandlerSlice } from '../rpc/handlers';
import type { ContentLanguage } from '../settings/language';
import type { Vault } from '../vault/vault';
import type { AnyConnectorModule } from './connector-module';
import type { LookupHttpFactory } from './fetch-http-client';
import { integrationsHandlers, type IntegrationDispatchPort, type Verifiers } from './handlers';
import type { OpenExternal } from './oauth/flows';
import { createOAuthModule, type OAuthDeps } from './oauth/module';
import { watchRefusedKeys } from './refused-keys';
import { oauthProvidersOf, type ConnectorChannels } from './registry';
import { createIntegrationsRepository } from './repository';
import { createSampleLeads } from './shared/sample-lead';
import { detailView } from './views';

export interface IntegrationsCoreOptions {
  /**
   * HttpClients for the wizard's lookups (check connection, lists, fields, preview reads).
   * Defaults to the dispatch engine's, which shares its per-account rate limiter; tests may
   * pass their own.
   */
  lookupHttp?: LookupHttpFactory;
  /**
   * Opens the system browser for OAuth sign-ins (Electron's shell). Without it, the page opens
   * the authorisation URL itself in a new tab (the headless host).
   */
  openExternal?: OpenExternal;
}

/** Every integration channel: the generic life cycle, the OAuth apps, and each connector's own. */
export type IntegrationsChannels = keyof typeof integrationsChannels | keyof typeof oauthChannels | ConnectorChannels;

/** Integrations per client: every connector module mounted, and the generic life cycle over them. */
export function integrationsDomain(deps: {
  db: Db;
  /** The same database, for the statements the key watcher runs on each change. */
  sqlite: Sqlite;
  vault: Vault;
  clock: Clock;
  events: EventBus;
  /** The client's history of changes, which every save, activation and deletion writes to. */
  audit: AuditLog;
  lookupHttp: LookupHttpFactory;
  dispatch: IntegrationDispatchPort;
  /** The built-in connector modules and any registered besides (integrations/registry.ts). */
  modules: readonly AnyConnectorModule[];
  /** The user's language, for the test lead's words and a client's first scoring profile. */
  language: () => ContentLanguage;
  oauth: Omit<OAuthDeps, 'db' | 'vault' | 'clock' | 'providers'>;
}): Domain<IntegrationsChannels> {
  const { modules } = deps;
  const repo = createIntegrationsRepository(deps.db, deps.clock, deps.audit);
  // One sample for every preview: the test lead, scored with the client's profile.
  const samples = createSampleLeads(deps.db, deps.clock, deps.language);
  const oauth = createOAuthModule({
    ...deps.oauth,
    db: deps.db,
    vault: deps.vault,
    clock: deps.clock,
    providers: oauthProvidersOf(modules),
  });
  const mountDeps = { ...deps, repo, samples, oauth, fetch: deps.oauth.fetch };
  const mounted = modules.map((m) => ({ type: m.type, ...m.mount(mountDeps) }));
  const verifiers: Verifiers = Object.fromEntries(mounted.map((m) => [m.type, m.verify]));
  const generic = integrationsHandlers({ ...deps, repo, verifiers, detail: detailView(modules, deps.vault) });
  // The registry's types guarantee each built-in connector serves its channels; merging checks none is served twice.
  const handlers = mergeHandlers(generic, oauth.handlers, ...mounted.map((m) => m.handlers));
  let unwatch: (() => void) | null = null;
  return {
    name: 'integrations',
    handlers: handlers as HandlerSlice<IntegrationsChannels>,
    start() {
      unwatch = watchRefusedKeys({
        sqlite: deps.sqlite,
        events: deps.events,
        log: deps.oauth.log,
        resume: (id) => deps.dispatch.resumeIntegration(id),
      });
    },
    stop() {
      unwatch?.();
      unwatch = null;
    },
  };
}
