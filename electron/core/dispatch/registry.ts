import type { Connector, IntegrationType } from '../integrations/connector';
import { connectors as shipped } from '../integrations/registry';

export type ConnectorRegistry = ReadonlyMap<IntegrationType, Connector<unknown>>;

/** The connectors the app ships with (the integrations domain lists them); tests pass their own. */
export const BUILT_IN_CONNECTORS: readonly Connector<unknown>[] = Object.values(shipped).filter(
  (c): c is Connector<unknown> => c !== undefined,
);

export function createConnectorRegistry(connectors: readonly Connector<unknown>[]): ConnectorRegistry {
  const map = new Map<IntegrationType, Connector<unknown>>();
  for (const c of connectors) {
    if (map.has(c.type)) throw new Error(`Two connectors are registered for ${c.type}.`);
    map.set(c.type, c);
  }
  return map;
}
