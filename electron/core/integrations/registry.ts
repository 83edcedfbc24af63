import type { IntegrationType } from '#contract/integration-common';
import { activecampaignModule } from './activecampaign/module';
import type { AnyConnectorModule, ChannelsOf, ConnectorModule } from './connector-module';
import type { Connector } from './connector';
import { hubspotModule } from './hubspot/module';
import type { OAuthProviders } from './oauth/providers';
import { pipedriveModule } from './pipedrive/module';
import { webhookModule } from './webhook/module';

/**
 * The connectors the app ships with, each listed once. Every integration type of the contract must
 * have its module here, or this does not compile; everything else (the dispatch engine's connectors,
 * the views, the OAuth providers, the handler map) is derived from this list.
 */
const BUILT_IN = {
  activecampaign: activecampaignModule,
  hubspot: hubspotModule,
  pipedrive: pipedriveModule,
  webhook: webhookModule,
} satisfies { [T in IntegrationType]: ConnectorModule<T, never> };

export const BUILT_IN_MODULES: readonly AnyConnectorModule[] = Object.values(BUILT_IN);

/** The contract channels the built-in connectors serve; with the generic ones, every integration channel. */
export type ConnectorChannels = { [T in IntegrationType]: ChannelsOf<(typeof BUILT_IN)[T]> }[IntegrationType];

/** The built-in connector of `type`, for what does not depend on a running core (e.g. a retry schedule). */
export function connectorFor(type: string): Connector<unknown> | undefined {
  return BUILT_IN_MODULES.find((m) => m.type === type)?.connector;
}

/** The modules of a core: the built-in ones and any given besides (a test's fake connector). */
export function connectorModules(extra: readonly AnyConnectorModule[] = []): readonly AnyConnectorModule[] {
  const all = [...BUILT_IN_MODULES, ...extra];
  const seen = new Set<string>();
  for (const m of all) {
    if (seen.has(m.type)) throw new Error(`Two connectors are registered for ${m.type}.`);
    seen.add(m.type);
  }
  return all;
}

/** The OAuth providers the modules sign in with. */
export function oauthProvidersOf(modules: readonly AnyConnectorModule[]): OAuthProviders {
  return new Map(modules.flatMap((m) => (m.oauthProvider ? [[m.oauthProvider.id, m.oauthProvider] as const] : [])));
}
