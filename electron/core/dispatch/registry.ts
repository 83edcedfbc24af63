import type { Connector, IntegrationType } from '../integrations/connector';
import { BUILT_IN_MODULES } from '../integrations/registry';

export type ConnectorRegistry = ReadonlyMap<IntegrationType, Connector<unknown>>;

/** The connectors the app ships with (listed once in integrations/registry.ts); tests pass their own. */
export const BUILT_IN_CONNECTORS: readonly Connector<unknown>[] = BUILT_IN_MODULES.map((m) => m.connector);

export function createConnectorRegistry(connectors: readonly Connector<unknown>[]): ConnectorRegistry {
  const map = new Map<IntegrationType, Connector<unknown>>();
  for (const c of connectors) {
    if (map.has(c.type)) throw new Error(`Two connectors are registered for ${c.type}.`);
    map.set(c.type, c);
  }
  return map;
}
