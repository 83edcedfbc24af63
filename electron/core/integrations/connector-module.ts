import type { Channel } from '#contract';
import type { IntegrationType } from '#contract/integration-common';
import type { IntegrationDetail } from '#contract/integrations';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { Clock } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { Vault } from '../vault/vault';
import type { Connector } from './connector';
import type { LookupHttpFactory } from './fetch-http-client';
import type { OAuthModule } from './oauth/module';
import type { OAuthProviderSpec } from './oauth/providers';
import type { FetchFn } from './oauth/token-endpoint';
import type { IntegrationRow, IntegrationsRepository } from './repository';
import type { SampleLeads } from './shared/sample-lead';

/** What the integrations domain hands every connector when the core starts. */
export interface ConnectorMountDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
  clock: Clock;
  /** HttpClients for the wizard's lookups, behind the same per-account limiter as dispatches. */
  lookupHttp: LookupHttpFactory;
  /** The test lead, as previews show it. */
  samples: SampleLeads;
  oauth: OAuthModule;
  fetch?: FetchFn;
}

export interface MountedConnector<C extends Channel> {
  /** The connector's own contract channels (its wizard's lookups, save, preview). */
  handlers: HandlerSlice<C>;
  /** What activation checks before the integration may take leads (valid config, a credential the CRM accepts). */
  verify: (row: IntegrationRow) => Promise<void>;
}

/** The stored configuration as the renderer sees it, for one integration type. */
export type ConfigViewOf<T extends IntegrationType> = Extract<IntegrationDetail, { type: T }>['config'];

/**
 * Everything the app knows about one kind of integration, in one place: the dispatch engine's
 * connector, the renderer's view of its settings, its OAuth provider if it signs in through one, and
 * its handlers. The registry lists each module once; the dispatch registry, the views, the OAuth
 * module and the handler map loop over that list (docs/architecture.md, "Add a connector").
 */
export interface ConnectorModule<T extends IntegrationType = IntegrationType, C extends Channel = never> {
  readonly type: T;
  readonly connector: Connector<unknown>;
  view(row: IntegrationRow, vault: Vault): ConfigViewOf<T>;
  readonly oauthProvider?: OAuthProviderSpec;
  mount(deps: ConnectorMountDeps): MountedConnector<C>;
}

/** Any module, whatever its channels: what the core loops over. */
export type AnyConnectorModule = ConnectorModule<IntegrationType, never>;

/** The channels a module serves. */
export type ChannelsOf<M> = M extends { mount(deps: ConnectorMountDeps): MountedConnector<infer C> } ? C : never;

/** Declares a connector module, keeping its literal type and channels for the registry's checks. */
export function defineConnector<T extends IntegrationType, C extends Channel = never>(
  module: ConnectorModule<T, C>,
): ConnectorModule<T, C> {
  return module;
}
