import { dispatchFilterSchema, type DispatchFilter } from '#contract';
import type { Sqlite } from '../db/connection';
import {
  GUIDE_RETRY_SCHEDULE,
  type Connector,
  type IntegrationType,
  type RateLimitPolicy,
  type RetrySchedule,
} from '../integrations/connector';
import type { ConnectorRegistry } from './registry';

interface IntegrationRow {
  id: string;
  client_id: string;
  type: string;
  name: string;
  status: string;
  config: string;
  filters: string | null;
  credential_id: string | null;
  updated_at: number;
  deleted_at: number | null;
}

/** An integration as the engine uses it: its connector, parsed config and remote account. */
export interface ResolvedIntegration {
  id: string;
  clientId: string;
  type: string;
  name: string;
  status: string;
  deleted: boolean;
  credentialId: string | null;
  rawConfig: Record<string, unknown>;
  connector: Connector<unknown> | null;
  config: unknown;
  /** Why this integration cannot send at all (no connector, a config its connector refuses). */
  problem: string | null;
  /** The remote account its requests count against; integrations sharing it share one limiter. */
  rateKey: string;
  policy: RateLimitPolicy;
  schedule: RetrySchedule;
  filter: DispatchFilter | null;
  /** Why the stored filter could not be read; leads are skipped rather than sent past it. */
  filterProblem: string | null;
}

const FALLBACK_POLICY: RateLimitPolicy = { perSecond: 1, burst: 1 };

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function resolve(row: IntegrationRow, registry: ConnectorRegistry): ResolvedIntegration {
  const raw = parseJson(row.config);
  const rawConfig = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const connector = registry.get(row.type as IntegrationType) ?? null;
  let problem: string | null = null;
  let config: unknown = null;
  let rateKey = `integration:${row.id}`;
  if (!connector) {
    problem = `This version of the app cannot send to "${row.type}" integrations.`;
  } else {
    const parsed = connector.configSchema.safeParse(rawConfig);
    if (parsed.success) {
      config = parsed.data;
      rateKey = `${row.type}:${connector.rateLimitKey(config)}`;
    } else {
      problem = `The integration's settings are not valid: ${parsed.error.issues.map((i) => i.message).join('; ')}`;
    }
  }
  const filterJson = parseJson(row.filters);
  const filter = filterJson === null ? null : dispatchFilterSchema.safeParse(filterJson);
  return {
    id: row.id,
    clientId: row.client_id,
    type: row.type,
    name: row.name,
    status: row.status,
    deleted: row.deleted_at !== null,
    credentialId: row.credential_id,
    rawConfig,
    connector,
    config,
    problem,
    rateKey,
    policy: connector?.rateLimit ?? FALLBACK_POLICY,
    schedule: connector?.retrySchedule ?? GUIDE_RETRY_SCHEDULE,
    filter: filter?.success ? filter.data : null,
    filterProblem: filter && !filter.success ? "The integration's filter could not be read." : null,
  };
}

export interface IntegrationResolver {
  get(id: string): ResolvedIntegration | null;
  /** The client's integrations that take new leads: not deleted, not drafts, not deactivated. */
  forClient(clientId: string): ResolvedIntegration[];
}

/** Reads the row every time (a primary-key lookup) but parses config only when the row changed. */
export function createIntegrationResolver(sqlite: Sqlite, registry: ConnectorRegistry): IntegrationResolver {
  const COLUMNS = 'id, client_id, type, name, status, config, filters, credential_id, updated_at, deleted_at';
  const byId = sqlite.prepare<[string], IntegrationRow>(`SELECT ${COLUMNS} FROM integrations WHERE id = ?`);
  const byClient = sqlite.prepare<[string], IntegrationRow>(
    `SELECT ${COLUMNS} FROM integrations WHERE client_id = ? AND deleted_at IS NULL AND status NOT IN ('draft', 'inactive')
     ORDER BY created_at`,
  );
  const cache = new Map<string, { stamp: string; value: ResolvedIntegration }>();

  function cached(row: IntegrationRow): ResolvedIntegration {
    const stamp = `${row.updated_at}|${row.status}|${row.deleted_at}|${row.credential_id}|${row.config}|${row.filters}`;
    const hit = cache.get(row.id);
    if (hit && hit.stamp === stamp) return hit.value;
    const value = resolve(row, registry);
    cache.set(row.id, { stamp, value });
    return value;
  }

  return {
    get(id) {
      const row = byId.get(id);
      return row ? cached(row) : null;
    },
    forClient: (clientId) => byClient.all(clientId).map(cached),
  };
}
